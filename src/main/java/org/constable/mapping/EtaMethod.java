package org.constable.mapping;

/** How an ETA was estimated, so that a dispatcher can tell a routed time from a guess. */
public enum EtaMethod {
    /** Routed over the road network (plus the short legs to and from the nearest road). */
    ROAD,
    /** Great-circle distance times a road factor at an average speed: no road network, or none reachable. */
    STRAIGHT_LINE
}
