package org.constable.evidence.domain;

/** Where the derivation of an interview recording's working copy and waveform stands, in words for the page. */
public enum DerivationState {
    WAITING("Waiting to derive the working copy and waveform"),
    DERIVING("Deriving the working copy and waveform"),
    READY("Working copy and waveform ready"),
    FAILED("The working copy could not be derived"),
    NO_TOOL("The working copy cannot be derived: ffmpeg is not installed on the server");

    private final String label;

    DerivationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the background derivation has still to run (again after a restart). */
    public boolean pending() {
        return this == WAITING || this == DERIVING;
    }
}
