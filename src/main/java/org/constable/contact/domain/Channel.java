package org.constable.contact.domain;

public enum Channel {
    EMERGENCY_999("999"),
    NON_EMERGENCY_101("101"),
    ONLINE("Online");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
