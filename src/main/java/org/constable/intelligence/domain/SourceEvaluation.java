package org.constable.intelligence.domain;

/** 3x5x2, the first grade: how far the source can be relied on. */
public enum SourceEvaluation {
    RELIABLE(1, "reliable source"),
    UNTESTED(2, "untested source"),
    NOT_RELIABLE(3, "not reliable source");

    private final int code;
    private final String words;

    SourceEvaluation(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public int code() {
        return code;
    }

    public String words() {
        return words;
    }

    public String label() {
        return code + " — " + words;
    }

    public static SourceEvaluation ofCode(int code) {
        for (SourceEvaluation s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalStateException("not a source evaluation: " + code);
    }
}
