package org.constable.intelligence.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.constable.intelligence.application.IntelligenceReports;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The forms of the intelligence pages as typed, kept whole so that an error never loses what was entered. */
final class IntelligenceForms {

    private IntelligenceForms() {}

    /** The submission form: record numbers as typed ("12, 15"), the time as the force reads it. */
    record ReportForm(
            @Nullable String text,
            @Nullable String observedAt,
            @Nullable String locationId,
            @Nullable String placeWords,
            @Nullable String sourceType,
            @Nullable String personIds,
            @Nullable String locationIds,
            @Nullable String vehicleIds,
            @Nullable String incidentIds,
            @Nullable String crimeIds) {

        static ReportForm empty(@Nullable Long personId, @Nullable Long locationId) {
            return new ReportForm(
                    null,
                    null,
                    null,
                    null,
                    null,
                    personId == null ? null : personId.toString(),
                    locationId == null ? null : locationId.toString(),
                    null,
                    null,
                    null);
        }

        IntelligenceReports.Submit submit() {
            var errors = new InvalidInput.Collector();
            Instant when = instant(observedAt, "observedAt", errors);
            List<Long> place = numbers(locationId, "locationId", errors);
            var s = new IntelligenceReports.Submit(
                    text,
                    when,
                    place.isEmpty() ? null : place.get(0),
                    placeWords,
                    sourceType,
                    numbers(personIds, "personIds", errors),
                    numbers(locationIds, "locationIds", errors),
                    numbers(vehicleIds, "vehicleIds", errors),
                    numbers(incidentIds, "incidentIds", errors),
                    numbers(crimeIds, "crimeIds", errors),
                    null);
            if (place.size() > 1) {
                errors.add("locationId", "Give one location for where it happened; name others as linked locations.");
            }
            errors.throwIfAny();
            return s;
        }
    }

    /** The evaluation form. */
    record EvaluationForm(
            @Nullable Integer sourceEvaluation,
            @Nullable String assessment,
            @Nullable String handlingCode,
            @Nullable String handlingConditions,
            @Nullable String riskAssessment,
            @Nullable String sanitisedText) {

        IntelligenceReports.Evaluate evaluate() {
            return new IntelligenceReports.Evaluate(
                    sourceEvaluation, assessment, handlingCode, handlingConditions, riskAssessment, sanitisedText);
        }
    }

    /** The dissemination form. */
    record DisseminationForm(
            @Nullable String recipient,
            @Nullable String purpose,
            @Nullable String handlingConditions) {}

    static List<Long> numbers(@Nullable String typed, String field, InvalidInput.Collector errors) {
        List<Long> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        for (String part : typed.split("[,;\\s]+")) {
            String p = part.strip().replaceFirst("^#", "");
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                errors.add(field, "Record numbers are whole numbers separated by commas, such as 12, 15.");
                return List.of();
            }
        }
        return out;
    }

    private static @Nullable Instant instant(@Nullable String typed, String field, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, "Give the date and time as the form offers it, such as 2026-12-07T14:30.");
            return null;
        }
    }
}
