package org.constable.crime;

/** A person's part in a recorded crime; the words a user reads come from {@link #label()}. */
public enum CrimeRole {
    VICTIM("Victim"),
    SUSPECT("Suspect"),
    WITNESS("Witness");

    private final String label;

    CrimeRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
