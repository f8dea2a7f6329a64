package org.constable.investigation.domain;

/** An answer to a question of the risk-identification checklist. */
public enum RiskAnswer {
    YES("Yes", 'Y'),
    NO("No", 'N'),
    NOT_KNOWN("Not known", 'U');

    private final String label;
    private final char code;

    RiskAnswer(String label, char code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The letter the answers are stored as, one per question. */
    public char code() {
        return code;
    }

    public static RiskAnswer ofCode(char c) {
        for (RiskAnswer a : values()) {
            if (a.code == c) {
                return a;
            }
        }
        throw new IllegalStateException("not a stored answer: " + c);
    }
}
