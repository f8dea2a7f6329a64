package org.constable.investigation.domain;

/** The officer's professional judgement of the risk of serious harm, beside the checklist's answers. */
public enum RiskJudgement {
    STANDARD("Standard: no current evidence of serious harm"),
    MEDIUM("Medium: identifiable signs of serious harm, unlikely unless circumstances change"),
    HIGH("High: serious harm could happen at any time and the impact would be serious");

    private final String label;

    RiskJudgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
