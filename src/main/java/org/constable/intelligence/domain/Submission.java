package org.constable.intelligence.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A report as an officer submits it: the text (kept apart as the original, ADR 0077), when and
 * where, the source type. The POLE links are checked by their owners, not here.
 */
public record Submission(
        String text,
        @Nullable Instant observedAt,
        @Nullable Long locationId,
        @Nullable String placeWords,
        SourceType sourceType) {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_PLACE = 300;

    public static Submission of(
            @Nullable String text,
            @Nullable Instant observedAt,
            @Nullable Long locationId,
            @Nullable String placeWords,
            @Nullable String sourceType,
            Instant now) {
        var errors = new InvalidInput.Collector();
        String t = Words.trimmed(text);
        if (t == null) {
            errors.add("text", "Write what you learned: the intelligence itself.");
        } else if (t.length() > MAX_TEXT) {
            errors.add("text", "The report is at most " + MAX_TEXT + " characters.");
        }
        if (observedAt != null && observedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.add("observedAt", "When it was seen or heard cannot be in the future.");
        }
        String place = Words.trimmed(placeWords);
        if (place != null && place.length() > MAX_PLACE) {
            errors.add("placeWords", "The place in words is at most " + MAX_PLACE + " characters.");
        }
        SourceType type = Words.oneOf(SourceType.class, sourceType);
        if (type == null) {
            errors.add(
                    "sourceType",
                    "Choose the source type, one of: "
                            + String.join(
                                    ", ",
                                    List.of(SourceType.values()).stream()
                                            .map(s -> s.name() + " (" + s.label() + ")")
                                            .toList())
                            + ".");
        }
        errors.throwIfAny();
        return new Submission(
                java.util.Objects.requireNonNull(t),
                observedAt,
                locationId,
                place,
                java.util.Objects.requireNonNull(type));
    }
}
