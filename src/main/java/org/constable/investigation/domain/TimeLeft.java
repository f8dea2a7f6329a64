package org.constable.investigation.domain;

import java.time.Duration;
import java.time.Instant;

/** The clock on a deadline as an officer reads it: "due in 1 d 4 h" or "overdue by 3 h 10 min". */
public record TimeLeft(boolean overdue, Duration amount) {

    public static TimeLeft of(Instant dueBy, Instant now) {
        Duration d = Duration.between(now, dueBy);
        return d.isNegative() ? new TimeLeft(true, d.negated()) : new TimeLeft(false, d);
    }

    public String text() {
        return (overdue ? "overdue by " : "due in ") + span(amount);
    }

    static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes + " min";
    }
}
