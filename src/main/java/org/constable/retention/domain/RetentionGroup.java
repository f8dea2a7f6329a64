package org.constable.retention.domain;

/**
 * The three groups of the Management of Police Information (MoPI) retention guidance. Group 1 is
 * kept until the subject would be 100 and reviewed every 10 years; group 2 is reviewed every 10
 * years; group 3 after a clear period (6 years by default) without new activity.
 */
public enum RetentionGroup {
    PUBLIC_PROTECTION(1, "Group 1: certain public-protection matters"),
    SERIOUS(2, "Group 2: other sexual, violent or serious matters"),
    OTHER(3, "Group 3: all other matters");

    private final int number;
    private final String label;

    RetentionGroup(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static RetentionGroup of(int number) {
        for (RetentionGroup g : values()) {
            if (g.number == number) {
                return g;
            }
        }
        throw new IllegalStateException("no retention group " + number);
    }
}
