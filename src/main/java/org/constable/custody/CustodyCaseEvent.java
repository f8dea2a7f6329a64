package org.constable.custody;

import java.time.Instant;

/**
 * A suspect's custody moved on for a crime the detention was linked to: the arrest (when the crime
 * is linked), then how custody ended. Victim care hears it as a Victims' Code case event, as when
 * an officer records an arrest by hand. Carries no personal data beyond the record numbers.
 */
public record CustodyCaseEvent(long detentionId, long crimeId, Kind kind, Instant occurredAt, String by) {

    /** The case events the Victims' Code names, as custody meets them. */
    public enum Kind {
        ARREST,
        CHARGE,
        BAIL,
        RELEASE,
        NO_FURTHER_ACTION
    }
}
