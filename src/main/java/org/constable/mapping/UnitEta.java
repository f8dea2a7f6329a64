package org.constable.mapping;

public record UnitEta(long unitId, java.time.Duration eta, double metres, EtaMethod method) {
}
