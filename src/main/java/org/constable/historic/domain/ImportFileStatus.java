package org.constable.historic.domain;

/**
 * What became of one file of an import run. Stored by its name in {@code crime.import_file.status};
 * the words a user reads come from {@link #label()}.
 */
public enum ImportFileStatus {
    IMPORTED("imported"),
    /** Its exact content was imported before, under this name or another: it added nothing. */
    ALREADY_IMPORTED("already imported"),
    /** Refused whole: nothing of the file was kept. */
    FAILED("failed");

    private final String label;

    ImportFileStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
