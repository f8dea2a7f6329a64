package org.constable.crime;

/**
 * Where a recorded crime stands: recorded (it counts) or cancelled by the crime registrar ("no
 * crime", with a ground). Other modules compare crimes by this type, never by its stored name; the
 * words a user reads come from {@link #label()}.
 */
public enum CrimeStatus {
    RECORDED("Recorded"),
    CANCELLED("Cancelled");

    private final String label;

    CrimeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A crime that counts in the force's figures: recorded and not cancelled. */
    public boolean counts() {
        return this == RECORDED;
    }
}
