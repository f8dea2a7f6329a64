package org.constable.investigation.domain;

import java.util.Locale;

/** The record a safeguarding referral is made from: an incident, a crime, an investigation or a custody record. */
public enum ReferralSource {
    INCIDENT("incident"),
    CRIME("crime"),
    INVESTIGATION("investigation"),
    DETENTION("custody record");

    private final String words;

    ReferralSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
