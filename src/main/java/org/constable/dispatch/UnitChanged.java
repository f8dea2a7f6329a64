package org.constable.dispatch;

import org.constable.dispatch.domain.UnitStatus;

/** A unit's status or position changed. */
public record UnitChanged(long unitId, String callsign, UnitStatus status) {}
