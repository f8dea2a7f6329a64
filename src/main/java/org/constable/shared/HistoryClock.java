package org.constable.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The clock every time rule reads (platform makes it the application's {@code Clock}). It tells the
 * real time, except on a thread that is replaying a synthetic history, the demo force's past days and
 * months, which sees the moment being replayed: so that history goes through the modules' own use
 * cases, with their rules and events, as if it had happened then. No other thread is affected, and
 * the audit trail keeps the real time of every entry ({@link #real(Clock)}).
 */
public final class HistoryClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYING = new ThreadLocal<>();

    private final Clock real;

    public HistoryClock(Clock real) {
        this.real = Objects.requireNonNull(real);
    }

    /** Runs the work on this thread as at the given moment, and returns its result. */
    public static <T> T replayAt(Instant at, Supplier<T> work) {
        Instant before = REPLAYING.get();
        REPLAYING.set(Objects.requireNonNull(at));
        try {
            return work.get();
        } finally {
            if (before == null) {
                REPLAYING.remove();
            } else {
                REPLAYING.set(before);
            }
        }
    }

    public static void replayAt(Instant at, Runnable work) {
        replayAt(at, () -> {
            work.run();
            return null;
        });
    }

    /** The moment this thread is replaying, or null when it is not replaying (a test's movable clock asks). */
    public static Instant replayedAt() {
        return REPLAYING.get();
    }

    /** Whether this thread is replaying a synthetic history. */
    public static boolean replaying() {
        return REPLAYING.get() != null;
    }

    /** The real clock behind a clock, for what must always record the real time (the audit trail). */
    public static Clock real(Clock clock) {
        return clock instanceof HistoryClock h ? h.real : clock;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new HistoryClock(real.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYING.get();
        return replayed != null ? replayed : real.instant();
    }
}
