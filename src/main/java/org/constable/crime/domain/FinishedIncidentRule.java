package org.constable.crime.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * HOCR general rule "finished incident": a crime is counted for an incident that has finished. The
 * offence window must have ended, and it ends no later than the report to the police: whatever
 * happens after the police are told is a new incident and, if a crime, a new record.
 */
public final class FinishedIncidentRule {

    public static final String NAME = "Finished incident rule";

    /** Times come from devices and people as well as this server; a minute's difference is not "the future". */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    public void check(CrimeDraft draft, Instant serverNow) {
        Instant now = serverNow.plus(CLOCK_TOLERANCE);
        if (draft.occurredFrom().isAfter(draft.occurredTo())) {
            throw new CountingRuleBreach(NAME, "the offence window starts after it ends.");
        }
        if (draft.occurredTo().isAfter(now)) {
            throw new CountingRuleBreach(
                    NAME, "the offence window ends in the future; a crime is recorded for what has happened.");
        }
        if (draft.reportedAt().isAfter(now)) {
            throw new CountingRuleBreach(NAME, "the report time is in the future.");
        }
        if (draft.occurredTo().isAfter(draft.reportedAt())) {
            throw new CountingRuleBreach(
                    NAME,
                    "the offence window ends after the report to the police; the incident was finished when it was"
                            + " reported, so anything later is a new incident: record it as a separate crime.");
        }
    }
}
