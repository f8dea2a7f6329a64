package org.constable.search.domain;

import org.jspecify.annotations.Nullable;

/** A vehicle as the search index sees it. */
public record SearchableVehicle(
        long id,
        String vrm,
        @Nullable String make,
        @Nullable String model,
        @Nullable String colour,
        boolean restricted) {}
