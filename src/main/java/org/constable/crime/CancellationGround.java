package org.constable.crime;

/** The HOCR grounds on which a recorded crime may be cancelled (always with a reason and a registrar's approval). */
public enum CancellationGround {
    ADDITIONAL_VERIFIABLE_INFORMATION("Additional verifiable information shows no crime was committed"),
    DUPLICATE_RECORD("Duplicate record, or part of a crime already recorded"),
    OUTSIDE_JURISDICTION("Committed outside this force's jurisdiction (transferred)"),
    RECORDED_IN_ERROR("Recorded in error: the matter was not notifiable");

    private final String label;

    CancellationGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
