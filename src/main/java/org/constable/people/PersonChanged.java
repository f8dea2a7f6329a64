package org.constable.people;

/** A person's record changed (created, edited, warning markers, links, combined or separated); read models re-read it. */
public record PersonChanged(long personId) {}
