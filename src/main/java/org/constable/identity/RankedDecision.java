package org.constable.identity;

/**
 * A decision the law gives to a rank, not to a job. The rank each needs is in {@code RankPolicy};
 * a permission of the actor's roles is needed as well.
 */
public enum RankedDecision {
    /** PACE s.36-38: booking in with the risk assessment, the decision to detain or not, the observation level, charge and release. */
    CUSTODY_OFFICER_DECISION("A custody officer's decision (PACE s.36-38)"),
    /** PACE s.40: reviewing detention, or postponing the review. */
    DETENTION_REVIEW("A review of detention (PACE s.40)"),
    /** PACE s.56(2): delaying the detainee's right to have someone told of the arrest. */
    DELAY_IN_INFORMING("Delaying the right to have someone informed (PACE s.56)"),
    /** PACE s.42: extending detention to 36 hours from the relevant time. */
    DETENTION_EXTENSION("An extension of detention to 36 hours (PACE s.42)"),
    /** RIPA s.29 and the 2000 Order: granting or renewing a covert human intelligence source's authorisation. */
    CHIS_AUTHORISATION("Authorising the use of a covert human intelligence source (RIPA s.29)"),
    /** RIPA 2000 s.28 and SI 2010/521: granting, renewing and cancelling a directed surveillance authorisation (ADR 0102). */
    DIRECTED_SURVEILLANCE_AUTHORITY("Authorising directed surveillance (RIPA 2000 s.28)");

    private final String words;

    RankedDecision(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
