package org.constable.identity;

/**
 * A user's police rank, recorded by an administrator beside the roles (ADR 0071). PACE gives some
 * decisions to a rank, not a job: the custody officer is a sergeant or above, the review officer an
 * inspector or above, the 36-hour extension a superintendent or above. Police staff (civilians,
 * including detention officers) hold no rank and are below every warranted one.
 */
public enum Rank {
    POLICE_STAFF("police staff"),
    CONSTABLE("constable"),
    SERGEANT("sergeant"),
    INSPECTOR("inspector"),
    CHIEF_INSPECTOR("chief inspector"),
    SUPERINTENDENT("superintendent"),
    CHIEF_SUPERINTENDENT("chief superintendent");

    private final String label;

    Rank(String label) {
        this.label = label;
    }

    /** The rank in words, lower case ("chief inspector"). */
    public String label() {
        return label;
    }

    /** Whether this rank is the given one or above it (declaration order is seniority). */
    public boolean atLeast(Rank needed) {
        return ordinal() >= needed.ordinal();
    }
}
