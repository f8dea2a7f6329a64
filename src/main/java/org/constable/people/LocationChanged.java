package org.constable.people;

/** A location's record changed; read models re-read it. */
public record LocationChanged(long locationId) {}
