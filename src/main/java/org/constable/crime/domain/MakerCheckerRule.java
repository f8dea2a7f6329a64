package org.constable.crime.domain;

/** Re-classification and cancellation are decided by a crime registrar who did not ask for them (four eyes). */
public final class MakerCheckerRule {

    public static final String NAME = "Maker-checker rule";

    public void check(String requestedBy, String decidedBy) {
        if (requestedBy.equals(decidedBy)) {
            throw new CountingRuleBreach(NAME, "you asked for this change, so another crime registrar must decide it.");
        }
    }
}
