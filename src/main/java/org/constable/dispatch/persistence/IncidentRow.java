package org.constable.dispatch.persistence;

import java.time.Instant;
import org.constable.dispatch.IncidentStatus;
import org.constable.dispatch.domain.Incident;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/** An incident as stored; its status is typed here, at the persistence edge, and stored as the name. */
public record IncidentRow(
        long id,
        String reference,
        Instant openedAt,
        String openedBy,
        String callType,
        String summary,
        String grade,
        @Nullable Instant attendBy,
        boolean urban,
        @Nullable String beat,
        String locationText,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable Long locationId,
        boolean locationUnverified,
        String requiredSkills,
        IncidentStatus status,
        @Nullable String closingClassification,
        @Nullable Boolean crimeIndicative,
        @Nullable Instant closedAt,
        @Nullable Instant firstAssignedAt,
        @Nullable Instant firstArrivedAt,
        int version) {

    public boolean open() {
        return status.open();
    }

    /** The incident's aggregate, to ask its rules before a change is written. */
    public Incident toIncident() {
        return new Incident(id, reference, openedAt, urban, grade, status);
    }

    /** Where the incident is, or null when it has no point: latitude and longitude are stored together. */
    public @Nullable GeoPoint point() {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    /** The same incident with its place replaced: what a view shows when the address is withheld. */
    public IncidentRow withPlace(String text, @Nullable Double lat, @Nullable Double lon, @Nullable Long location) {
        return new IncidentRow(
                id,
                reference,
                openedAt,
                openedBy,
                callType,
                summary,
                grade,
                attendBy,
                urban,
                beat,
                text,
                lat,
                lon,
                location,
                locationUnverified,
                requiredSkills,
                status,
                closingClassification,
                crimeIndicative,
                closedAt,
                firstAssignedAt,
                firstArrivedAt,
                version);
    }
}
