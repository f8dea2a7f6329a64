package org.constable.evidence.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in a recording, as written on an interview record: {@code h:mm:ss}, {@code m:ss} or
 * seconds, with optional tenths ({@code 1:02:03.5}). Held in milliseconds.
 */
public record Timecode(long millis) {

    private static final Pattern TEXT = Pattern.compile("(?:(?:(\\d{1,2}):)?(\\d{1,2}):)?(\\d{1,5})(?:\\.(\\d{1,3}))?");

    public Timecode {
        if (millis < 0) {
            throw new IllegalStateException("a timecode is never negative");
        }
    }

    /** The timecode written, or empty when the text is not one. */
    public static Optional<Timecode> parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long s = Long.parseLong(m.group(3));
        if ((m.group(2) != null && s > 59) || (m.group(1) != null && min > 59)) {
            return Optional.empty();
        }
        String f = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        return Optional.of(new Timecode(((h * 60 + min) * 60 + s) * 1000 + Long.parseLong(f)));
    }

    /** As {@code h:mm:ss} (with tenths when not whole seconds). */
    public String text() {
        long s = millis / 1000;
        String whole = String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        long tenths = millis % 1000 / 100;
        return tenths == 0 ? whole : whole + "." + tenths;
    }

    public double seconds() {
        return millis / 1000.0;
    }
}
