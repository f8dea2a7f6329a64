package org.constable.custody.domain;

import java.time.Duration;
import java.time.Instant;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;

/**
 * PACE s.42: an officer of the rank of superintendent or above may authorise detention up to 36
 * hours from the relevant time, only for an indictable offence, only with grounds, only before the
 * 24 hours have run out and only after the second review (s.42(4)).
 */
public final class Pace42SuperintendentExtension {

    public static final Duration MOST = Duration.ofHours(36);

    private Pace42SuperintendentExtension() {}

    public static DetentionLimit authorise(
            Detention d, Instant until, Instant authorisedAt, String by, String grounds) {
        if (!d.indictable()) {
            throw new Conflict("Detention can be extended past 24 hours only for an indictable offence.");
        }
        if (d.limit().authority() != LimitAuthority.PACE_24_HOURS) {
            throw new Conflict(
                    "Detention was already extended: only a warrant of further detention can extend it now.");
        }
        if (authorisedAt.isAfter(d.limit().until())) {
            throw new Conflict(
                    "The 24 hours ran out before the extension was authorised: the detainee must be released.");
        }
        if (d.reviews().size() < 2) {
            throw new Conflict("A superintendent's extension comes after the second review of detention.");
        }
        Words.require("grounds", grounds, "Say why continued detention is necessary and the investigation diligent.");
        Instant most = d.relevantTime().plus(MOST);
        if (!until.isAfter(d.limit().until()) || until.isAfter(most)) {
            throw new InvalidInput(
                    "until", "The extension runs past the 24 hours and at most to 36 hours from the relevant time.");
        }
        return new DetentionLimit(LimitAuthority.SUPERINTENDENT_EXTENSION, until, by, grounds.strip());
    }
}
