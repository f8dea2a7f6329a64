package org.constable.custody.domain;

/** What the suite board shows as wrong now, in words (and, on the page, with a shape as well as colour). */
public enum Breach {
    LIMIT_PASSED("Detention limit passed"),
    REVIEW_OVERDUE("Review overdue"),
    VISIT_OVERDUE("Visit overdue"),
    RELEASE_ORDERED("Release ordered at review"),
    APPROPRIATE_ADULT_NEEDED("Appropriate adult needed");

    private final String label;

    Breach(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
