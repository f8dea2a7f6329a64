package org.constable.audit;

/** The operations DPA 2018 s.62 requires to be logged, plus the security events around them. */
public enum Operation {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE,
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCESS_DENIED,
    PRIVILEGED_ACTION;

    /** s.62(3): consultation and disclosure logs must hold the justification. */
    public boolean needsPurpose() {
        return this == CONSULTATION || this == DISCLOSURE;
    }
}
