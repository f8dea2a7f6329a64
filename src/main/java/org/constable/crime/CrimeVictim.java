package org.constable.crime;

/** A victim of a recorded crime: a person in the POLE records, and whether the Victims' Code treats them as vulnerable or intimidated. */
public record CrimeVictim(long personId, boolean vulnerableOrIntimidated) {}
