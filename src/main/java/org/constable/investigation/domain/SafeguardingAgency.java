package org.constable.investigation.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A partner agency a safeguarding referral goes to (children's social care, adult social care, the
 * domestic-abuse risk conference, health, or another the force configures), with the time each
 * stage of a referral is due in: sent within {@code sendWithin} of being made, acknowledged by the
 * agency within {@code acknowledgeWithin} of being sent, its outcome known within
 * {@code outcomeWithin} of the acknowledgement (ADR 0088).
 */
public record SafeguardingAgency(
        String code, String name, Duration sendWithin, Duration acknowledgeWithin, Duration outcomeWithin) {

    /** The code of the domestic-abuse risk conference, which a high-risk assessment proposes. */
    public static final String MARAC = "marac";

    public SafeguardingAgency {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        for (Duration d : new Duration[] {sendWithin, acknowledgeWithin, outcomeWithin}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalStateException("agency " + code + ": every due time is a positive duration");
            }
        }
    }

    /** How long a referral at this stage has from the moment the stage began. */
    public Duration allowedFor(ReferralStage stage) {
        return switch (stage) {
            case TO_SEND -> sendWithin;
            case SENT -> acknowledgeWithin;
            case ACKNOWLEDGED, CLOSED -> outcomeWithin;
        };
    }
}
