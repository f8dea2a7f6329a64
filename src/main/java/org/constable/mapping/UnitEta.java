package org.constable.mapping;

import java.time.Duration;
import java.util.Objects;

/** The estimated time and distance for one unit to reach a destination. */
public record UnitEta(long unitId, Duration eta, double metres, EtaMethod method) {

    public UnitEta {
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(method, "method");
    }
}
