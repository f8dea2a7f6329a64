package org.constable.custody.domain;

import java.time.Duration;
import java.time.Instant;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;

/**
 * PACE s.43 and s.44: a magistrates' court may issue a warrant of further detention, and extend
 * it, for an indictable offence, never past 96 hours from the relevant time. The warrant must be
 * issued while detention is still lawful; the custody officer records the court and the reference.
 */
public final class Pace43WarrantOfFurtherDetention {

    public static final Duration MOST = Duration.ofHours(96);

    private Pace43WarrantOfFurtherDetention() {}

    public static DetentionLimit record(
            Detention d, Instant until, Instant issuedAt, String court, String reference, String recordedBy) {
        if (!d.indictable()) {
            throw new Conflict("A warrant of further detention is only for an indictable offence.");
        }
        if (issuedAt.isAfter(d.limit().until())) {
            throw new Conflict(
                    "The detention limit passed before the warrant was issued: the detainee must be released.");
        }
        Words.require("court", court, "Name the magistrates' court that issued the warrant.");
        Words.require("reference", reference, "Give the warrant's reference.");
        Instant most = d.relevantTime().plus(MOST);
        if (!until.isAfter(d.limit().until()) || until.isAfter(most)) {
            throw new InvalidInput(
                    "until", "The warrant runs past the current limit and at most to 96 hours from the relevant time.");
        }
        return new DetentionLimit(
                LimitAuthority.WARRANT_OF_FURTHER_DETENTION,
                until,
                recordedBy,
                court.strip() + ", warrant " + reference.strip());
    }
}
