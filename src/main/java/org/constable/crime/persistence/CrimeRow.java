package org.constable.crime.persistence;

import java.time.Instant;
import org.constable.crime.CrimeStatus;
import org.jspecify.annotations.Nullable;

/** A crime as stored now (its earlier versions are in the history). */
public record CrimeRow(
        long id,
        String reference,
        String classificationCode,
        int classificationVersion,
        Instant occurredFrom,
        Instant occurredTo,
        Instant reportedAt,
        Instant recordedAt,
        String recordedBy,
        String officerInCharge,
        @Nullable Long sourceIncidentId,
        String locationText,
        @Nullable Long locationId,
        @Nullable Double latitude,
        @Nullable Double longitude,
        String modusOperandi,
        String narrative,
        CrimeStatus status,
        int version) {

    public boolean cancelled() {
        return status == CrimeStatus.CANCELLED;
    }

    /** The same crime with its place withheld: the text replaced, no point and no location id. */
    public CrimeRow withPlace(String text) {
        return new CrimeRow(
                id,
                reference,
                classificationCode,
                classificationVersion,
                occurredFrom,
                occurredTo,
                reportedAt,
                recordedAt,
                recordedBy,
                officerInCharge,
                sourceIncidentId,
                text,
                null,
                null,
                null,
                modusOperandi,
                narrative,
                status,
                version);
    }
}
