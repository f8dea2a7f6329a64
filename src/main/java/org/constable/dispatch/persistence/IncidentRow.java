package org.constable.dispatch.persistence;

import java.time.Instant;
import org.constable.dispatch.IncidentStatus;
import org.constable.dispatch.domain.Incident;

/** An incident as stored; its status is typed here, at the persistence edge, and stored as the name. */
public record IncidentRow(
        long id,
        String reference,
        Instant openedAt,
        String openedBy,
        String callType,
        String summary,
        String grade,
        Instant attendBy,
        boolean urban,
        String beat,
        String locationText,
        Double latitude,
        Double longitude,
        Long locationId,
        boolean locationUnverified,
        String requiredSkills,
        IncidentStatus status,
        String closingClassification,
        Boolean crimeIndicative,
        Instant closedAt,
        Instant firstAssignedAt,
        Instant firstArrivedAt,
        int version) {

    public boolean open() {
        return status.open();
    }

    /** The incident's aggregate, to ask its rules before a change is written. */
    public Incident toIncident() {
        return new Incident(id, reference, openedAt, urban, grade, status);
    }

    /** The same incident with its place replaced: what a view shows when the address is withheld. */
    public IncidentRow withPlace(String text, Double lat, Double lon, Long location) {
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
