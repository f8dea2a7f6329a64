package org.constable.contact;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How fast calls were answered, per channel, against the UK 999 target (90% within 10 seconds), for reports elsewhere. */
public interface CallAnswerTimes {

    /** Histogram counts per bucket of {@link #BUCKETS} seconds; the last bucket is everything slower. */
    record Figures(
            String channel,
            long answered,
            @Nullable Double medianSeconds,
            @Nullable Double p90Seconds,
            @Nullable Double shareWithin10s,
            List<Long> histogram) {}

    /** Histogram bucket upper bounds in seconds. */
    List<Integer> BUCKETS = List.of(5, 10, 15, 20, 30, 60, 120);

    List<Figures> between(Instant from, Instant to);
}
