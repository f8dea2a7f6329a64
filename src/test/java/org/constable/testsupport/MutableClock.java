package org.constable.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.constable.shared.HistoryClock;

/** A clock tests can move forward, injected in place of the system clock. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving instant seen in another zone, as the system clock's {@code withZone} gives. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(getZone())) {
            return this;
        }
        MutableClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }

    /**
     * Sets the clock on to {@code target} with fresh sign-ins on the way: {@code signIn} runs ten
     * minutes short of it (each sign-in moves this clock on a TOTP step, and a jump of months ends
     * the old sessions), then the clock is set on to the target itself, so a check "a minute before
     * the expiry" is made a minute before it. A target already passed leaves the clock where it is.
     */
    public void moveTo(Instant target, Runnable signIn) {
        Duration early = Duration.between(now, target).minusMinutes(10);
        if (!early.isNegative()) {
            advance(early);
        }
        signIn.run();
        Duration rest = Duration.between(now, target);
        if (!rest.isNegative()) {
            advance(rest);
        }
    }

    /**
     * The day in {@code zone}, first moving the clock on to 01:00 of the next day there when it is
     * later than 20:00. Tests share this clock and move it on by minutes to months, so a test that
     * reads "today" should call this before it signs anyone in (a jump of hours ends sessions).
     */
    public LocalDate dayClearOfMidnight(ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        if (here.getHour() >= 20) {
            now = here.toLocalDate().plusDays(1).atTime(1, 0).atZone(zone).toInstant();
        }
        return LocalDate.ofInstant(now, zone);
    }

    /** The moment set, or the one a demo history being replayed on this thread is at (see HistoryClock). */
    @Override
    public Instant instant() {
        Instant replayed = HistoryClock.replayedAt();
        return replayed != null ? replayed : now;
    }
}
