package org.constable.custody.domain;

/**
 * The kinds of entry in a custody record's log. Once the detention limit has passed, only the
 * entries that end detention or record the authority for longer detention may be written.
 */
public enum EntryKind {
    ARRIVED("Arrived in custody", false),
    DETENTION_AUTHORISED("Detention authorised", false),
    DETENTION_REFUSED("Detention refused", true),
    OBSERVATION_LEVEL_SET("Observation level set", false),
    VISIT("Cell visit", false),
    REVIEW("Review of detention", false),
    REVIEW_POSTPONED("Review postponed", false),
    APPROPRIATE_ADULT("Appropriate adult", false),
    EXTENSION("Superintendent's extension", true),
    WARRANT("Warrant of further detention", true),
    RELEASED("Left custody", true),
    TRANSFERRED("Transferred", true),
    SUITE_TRANSFER("Moved to another custody suite", false),
    CRIME_LINKED("Crime linked", false),
    // the detainee's care: rights and entitlements, property, meals, medical attention, visitors, interviews
    RIGHTS_GIVEN("Rights given", false),
    LEGAL_ADVICE("Legal advice", false),
    SOLICITOR_CONTACTED("Solicitor contacted", false),
    SOLICITOR_ARRIVED("Solicitor arrived", false),
    APPROPRIATE_ADULT_ARRIVED("Appropriate adult arrived", false),
    INFORM_REQUESTED("Someone to be informed", false),
    PERSON_INFORMED("Someone informed", false),
    INFORMING_DELAYED("Informing delayed", false),
    INTERPRETER("Interpreter", false),
    PROPERTY_TAKEN("Property taken", false),
    PROPERTY_RETURNED("Property returned", true),
    PROPERTY_RETAINED("Property retained as evidence", true),
    MEAL("Meal", false),
    MEDICAL("Medical attention", false),
    VISITOR("Visitor", false),
    INTERVIEW_SCHEDULED("Interview scheduled", false),
    INTERVIEW_STARTED("Interview started", false),
    INTERVIEW_ENDED("Interview ended", false);

    private final String label;
    private final boolean allowedAfterLimit;

    EntryKind(String label, boolean allowedAfterLimit) {
        this.label = label;
        this.allowedAfterLimit = allowedAfterLimit;
    }

    public String label() {
        return label;
    }

    /** Release, transfer and the authority for longer detention are the only entries after the limit. */
    public boolean allowedAfterLimit() {
        return allowedAfterLimit;
    }
}
