package org.constable.intelligence.domain;

/** 3x5x2, the second grade: how the information itself is judged. */
public enum IntelligenceAssessment {
    A("known to be true without reservation"),
    B("known personally to the source but not to the officer"),
    C("not known personally to the source but corroborated"),
    D("cannot be judged"),
    E("suspected to be false or malicious");

    private final String words;

    IntelligenceAssessment(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String label() {
        return name() + " — " + words;
    }
}
