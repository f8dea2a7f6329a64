package org.constable.people.domain;

/** Warning markers officers must see before they meet a person or go to an address. */
public enum WarningMarkerType {
    WEAPONS("Weapons"),
    FIREARMS("Firearms"),
    VIOLENCE("Violence"),
    DOMESTIC_ABUSE("Domestic abuse"),
    MENTAL_HEALTH("Mental health"),
    SELF_HARM("Self-harm"),
    DRUGS("Drugs"),
    OFFICER_SAFETY("Officer safety"),
    ESCAPER("Escaper"),
    CONTAGIOUS("Contagious"),
    DOG("Dangerous dog");

    private final String label;

    WarningMarkerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
