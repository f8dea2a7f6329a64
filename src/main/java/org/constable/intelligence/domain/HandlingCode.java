package org.constable.intelligence.domain;

/** 3x5x2, the third grade: whether the item may be shared, and whether only with conditions. */
public enum HandlingCode {
    P("lawful sharing permitted"),
    C("lawful sharing permitted with conditions");

    private final String words;

    HandlingCode(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String label() {
        return name() + " — " + words;
    }
}
