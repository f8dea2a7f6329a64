package org.constable.people;

/** A vehicle's record changed; read models re-read it. */
public record VehicleChanged(long vehicleId) {}
