package org.constable.dispatch;

/** Something on an incident or its units changed: the live board redraws it. */
public record IncidentChanged(long incidentId, String what) {}
