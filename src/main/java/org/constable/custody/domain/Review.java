package org.constable.custody.domain;

import java.time.Instant;

/** A PACE s.40 review: when it was due, when it was carried out, by whom, the decision, grounds and representations. */
public record Review(
        Instant dueAt, Instant at, String by, ReviewDecision decision, String grounds, String representations) {

    public boolean late() {
        return at.isAfter(dueAt);
    }
}
