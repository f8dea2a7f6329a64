package org.constable.investigation.domain;

/**
 * The two schedules of unused material under the CPIA 1996 code of practice: the non-sensitive
 * schedule (MG6C) goes to the prosecutor and on to the defence; the sensitive schedule (MG6D) goes
 * to the prosecutor alone and never in the same package as the non-sensitive one (ADR 0086).
 */
public enum DisclosureSchedule {
    NON_SENSITIVE("Non-sensitive unused material (MG6C)"),
    SENSITIVE("Sensitive unused material (MG6D)");

    private final String label;

    DisclosureSchedule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
