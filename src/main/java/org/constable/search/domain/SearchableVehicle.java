package org.constable.search.domain;

/** A vehicle as the search index sees it. */
public record SearchableVehicle(long id, String vrm, String make, String model, String colour, boolean restricted) {}
