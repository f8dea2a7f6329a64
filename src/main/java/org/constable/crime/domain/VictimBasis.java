package org.constable.crime.domain;

/** How the counting rules count victims for a classification. */
public enum VictimBasis {
    /** Crimes against the person: one crime for each victim. */
    PERSON,
    /** Crimes against property: one crime per owner; joint owners (a household) share one crime. */
    PROPERTY,
    /** Crimes against the State or society (possession, public order): no victim is needed. */
    STATE
}
