package org.constable.dispatch;

/** A unit's status or position changed. */
public record UnitChanged(long unitId, String callsign, String status) {}
