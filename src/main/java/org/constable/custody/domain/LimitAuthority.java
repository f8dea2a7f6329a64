package org.constable.custody.domain;

/** What authorises detention up to the current limit. */
public enum LimitAuthority {
    PACE_24_HOURS("24 hours from the relevant time (PACE s.41)"),
    SUPERINTENDENT_EXTENSION("Superintendent's extension (PACE s.42)"),
    WARRANT_OF_FURTHER_DETENTION("Warrant of further detention (PACE s.43/44)");

    private final String label;

    LimitAuthority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
