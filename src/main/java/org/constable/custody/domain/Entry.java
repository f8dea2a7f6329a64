package org.constable.custody.domain;

import java.time.Instant;

/** One line of the custody record: what happened, when, who did it, in words. Every entry names its author. */
public record Entry(EntryKind kind, Instant at, String by, String text) {

    public Entry {
        if (by == null || by.isBlank()) {
            throw new IllegalStateException("a custody record entry without its author");
        }
    }
}
