package org.constable.identity;

/** Fields that only some roles may see, even on a record they may open. */
public enum Field {
    /** Where a person lives: victims' and witnesses' addresses are the classic leak. */
    PERSON_ADDRESS,
    /** Date of birth of a person. */
    PERSON_DATE_OF_BIRTH
}
