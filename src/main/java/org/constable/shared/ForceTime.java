package org.constable.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people in the force read them: clock time in the force's zone (Europe/London, so GMT in
 * winter and BST in summer), with the date when it is not today. Pages show these, never instants.
 */
public final class ForceTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter DAY_AND_CLOCK =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(ZONE);

    private ForceTime() {}

    /** "14:32", or "3 Dec 2026 14:32" when the time is on another day than {@code now}. */
    public static String clock(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        LocalDate day = at.atZone(ZONE).toLocalDate();
        return now != null && day.equals(now.atZone(ZONE).toLocalDate()) ? CLOCK.format(at) : DAY_AND_CLOCK.format(at);
    }

    /** "14:32:05" in the force's zone. */
    public static String seconds(Instant at) {
        return at == null ? "" : SECONDS.format(at);
    }

    /** "3 Dec 2026 14:32" in the force's zone. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DAY_AND_CLOCK.format(at);
    }

    /** "12 min left", "1 h 5 min left", or "5 min over" for a target in the past. */
    public static String untilTarget(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        String amount = minutes < 60
                ? minutes + " min"
                : minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
        return seconds >= 0 ? amount + " left" : amount + " over";
    }
}
