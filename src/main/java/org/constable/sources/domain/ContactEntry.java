package org.constable.sources.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * One meeting or other contact with a source, as its handler records it: when, what passed, what the
 * source was tasked with, and the number of the intelligence report submitted from it (the report
 * itself carries nothing of the source, ADR 0105).
 */
public record ContactEntry(
        Instant metAt,
        String summary,
        @Nullable String tasking,
        @Nullable Long intelligenceReportId) {

    public static final int MAX_TEXT = 10_000;

    public static ContactEntry of(
            @Nullable Instant metAt,
            @Nullable String summary,
            @Nullable String tasking,
            @Nullable Long intelligenceReportId,
            Instant now) {
        var errors = new InvalidInput.Collector();
        if (metAt == null) {
            errors.add("metAt", "Give when the contact took place.");
        } else if (metAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.add("metAt", "A contact cannot be logged before it takes place.");
        }
        Texts.required(errors, "summary", summary, MAX_TEXT);
        Texts.optional(errors, "tasking", tasking, MAX_TEXT);
        if (intelligenceReportId != null && intelligenceReportId <= 0) {
            errors.add("intelligenceReportId", "An intelligence report number is a positive number.");
        }
        errors.throwIfAny();
        return new ContactEntry(
                Objects.requireNonNull(metAt),
                Objects.requireNonNull(summary).strip(),
                tasking == null || tasking.isBlank() ? null : tasking.strip(),
                intelligenceReportId);
    }
}
