package org.constable.mapping;

/** A beat of the force; urban beats have the urban attendance target, the others the rural one. */
public record Beat(String code, String name, boolean urban) {}
