package org.constable.mapping;

public enum EtaMethod { ROAD, STRAIGHT_LINE }
