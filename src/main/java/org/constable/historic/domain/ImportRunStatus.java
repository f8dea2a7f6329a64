package org.constable.historic.domain;

/**
 * Where an import run stands. Stored by its name in {@code crime.import_run.status}; the words a
 * user reads come from {@link #label()}.
 */
public enum ImportRunStatus {
    RUNNING("running"),
    COMPLETED("completed"),
    /** Tried every file and refused at least one of them. */
    COMPLETED_WITH_REFUSALS("completed, with refused files"),
    /** Runs before refusals were reported at the end stopped at the first refused file. */
    FAILED("stopped at a refused file"),
    INTERRUPTED("interrupted");

    private final String label;

    ImportRunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
