package org.constable.crime.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constable.crime.application.CrimeRecording;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The crime form as typed, kept whole so an error never loses what the officer entered. Times are
 * entered in UTC (datetime-local); victims in up to three rows, each with its Victims' Code flag;
 * suspects, witnesses and linked incidents as lists of record numbers.
 */
public record CrimeForm(
        @Nullable Long fromIncidentId,
        @Nullable String classificationCode,
        @Nullable String occurredFrom,
        @Nullable String occurredTo,
        @Nullable String reportedAt,
        @Nullable Long locationId,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String locationText,
        @Nullable Long victim1,
        boolean vulnerable1,
        @Nullable Long victim2,
        boolean vulnerable2,
        @Nullable Long victim3,
        boolean vulnerable3,
        @Nullable String suspects,
        @Nullable String witnesses,
        @Nullable String linkedIncidents,
        @Nullable String modusOperandi,
        @Nullable String narrative,
        @Nullable String officerInCharge) {

    static CrimeForm blank(@Nullable Long fromIncidentId, String officer) {
        return new CrimeForm(
                fromIncidentId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                officer);
    }

    CrimeRecording.NewCrime toCrime() {
        List<CrimeRecording.Victim> victims = new ArrayList<>();
        addVictim(victims, victim1, vulnerable1);
        addVictim(victims, victim2, vulnerable2);
        addVictim(victims, victim3, vulnerable3);
        return new CrimeRecording.NewCrime(
                fromIncidentId,
                classificationCode,
                time(occurredFrom, "occurredFrom", "offence from"),
                time(occurredTo, "occurredTo", "offence to"),
                fromIncidentId == null ? time(reportedAt, "reportedAt", "reported at") : null,
                new CrimeRecording.Where(locationId, latitude, longitude, locationText),
                victims,
                ids(suspects, "suspects", "suspects"),
                ids(witnesses, "witnesses", "witnesses"),
                ids(linkedIncidents, "linkedIncidents", "linked incidents"),
                modusOperandi,
                narrative,
                officerInCharge);
    }

    private static void addVictim(List<CrimeRecording.Victim> victims, @Nullable Long id, boolean vulnerable) {
        if (id != null) {
            victims.add(new CrimeRecording.Victim(id, vulnerable));
        }
    }

    static @Nullable Instant time(@Nullable String text, String field, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "The time '" + what + "' is not a date and time (YYYY-MM-DDTHH:MM, UTC).");
        }
    }

    static List<Long> ids(@Nullable String text, String field, String what) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .map(Long::valueOf)
                    .distinct()
                    .toList();
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "List the " + what + " by record number, separated by commas.");
        }
    }
}
