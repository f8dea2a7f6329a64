package org.constable.dispatch;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Time from an incident being raised to the first dispatch and the first arrival, against target, per grade. */
public interface ResponseTimes {

    record GradeFigures(
            String grade,
            String label,
            long incidents,
            long dispatched,
            @Nullable Double medianSecondsToDispatch,
            @Nullable Double p90SecondsToDispatch,
            long attended,
            long attendedInTarget,
            @Nullable Double medianSecondsToArrive,
            @Nullable Double shareInTarget) {}

    List<GradeFigures> between(Instant from, Instant to);
}
