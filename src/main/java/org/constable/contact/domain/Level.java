package org.constable.contact.domain;

/** How serious one THRIVE element is judged to be. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
