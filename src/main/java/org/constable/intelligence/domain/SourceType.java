package org.constable.intelligence.domain;

/**
 * Where a report's information came from, in the submitting officer's words. Covert human
 * intelligence sources are not a type here: their reports belong to the covert compartments.
 */
public enum SourceType {
    OFFICER_OBSERVATION("Officer's own observation"),
    MEMBER_OF_PUBLIC("Member of the public"),
    VICTIM_OR_WITNESS("Victim or witness"),
    PARTNER_AGENCY("Partner agency"),
    CRIMESTOPPERS("Crimestoppers"),
    OPEN_SOURCE("Open source (public internet)");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
