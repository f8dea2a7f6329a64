package org.constable.investigation.domain;

import java.util.Set;

/** A contact with (or on behalf of) a victim, and the obligations it discharges. */
public enum ContactKind {
    REFERRAL_MADE("Referred to victim support", Set.of(Obligation.REFERRAL)),
    /** Telling the victim what happened also tells them when the crime will not be investigated. */
    UPDATE_GIVEN("Victim updated", Set.of(Obligation.UPDATE, Obligation.NOT_INVESTIGATED));

    private final String label;
    private final Set<Obligation> answers;

    ContactKind(String label, Set<Obligation> answers) {
        this.label = label;
        this.answers = answers;
    }

    public String label() {
        return label;
    }

    public Set<Obligation> answers() {
        return answers;
    }
}
