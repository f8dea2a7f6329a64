package org.constable.dispatch.application;

import java.time.Instant;
import org.constable.dispatch.IncidentStatus;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.dispatch.persistence.AssignmentStore;
import org.constable.dispatch.persistence.IncidentLogStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What pages and the API are given to read: records made for readers, never the stores' rows, so a
 * column can change without a page or the API changing. Statuses are the enums, with their words.
 */
public final class DispatchViews {

    private DispatchViews() {}

    /** An incident as its reader may see it: a withheld place reads "Restricted location". */
    public record IncidentFacts(
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

        /** Where the incident is, or null when it has no point: latitude and longitude are stored together. */
        public @Nullable GeoPoint point() {
            return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        }

        static IncidentFacts of(IncidentRow r) {
            return new IncidentFacts(
                    r.id(),
                    r.reference(),
                    r.openedAt(),
                    r.openedBy(),
                    r.callType(),
                    r.summary(),
                    r.grade(),
                    r.attendBy(),
                    r.urban(),
                    r.beat(),
                    r.locationText(),
                    r.latitude(),
                    r.longitude(),
                    r.locationId(),
                    r.locationUnverified(),
                    r.requiredSkills(),
                    r.status(),
                    r.closingClassification(),
                    r.crimeIndicative(),
                    r.closedAt(),
                    r.firstAssignedAt(),
                    r.firstArrivedAt(),
                    r.version());
        }

        public boolean open() {
            return status.open();
        }

        public String statusLabel() {
            return status.label();
        }
    }

    /** One entry of the incident's append-only log. */
    public record LogLine(long id, long incidentId, Instant at, String actor, String kind, String text) {

        static LogLine of(IncidentLogStore.Entry e) {
            return new LogLine(e.id(), e.incidentId(), e.at(), e.actor(), e.kind(), e.text());
        }
    }

    /** A unit sent to an incident and how far it has got. */
    public record AssignmentLine(
            long id,
            long incidentId,
            long unitId,
            String callsign,
            Instant assignedAt,
            String assignedBy,
            AssignmentStatus status,
            @Nullable Instant arrivedAt,
            @Nullable Instant clearedAt,
            @Nullable Instant stoodDownAt,
            @Nullable String stoodDownReason) {

        static AssignmentLine of(AssignmentStore.AssignmentRow a) {
            return new AssignmentLine(
                    a.id(),
                    a.incidentId(),
                    a.unitId(),
                    a.callsign(),
                    a.assignedAt(),
                    a.assignedBy(),
                    a.status(),
                    a.arrivedAt(),
                    a.clearedAt(),
                    a.stoodDownAt(),
                    a.stoodDownReason());
        }

        public boolean active() {
            return status != AssignmentStatus.CLEARED;
        }

        public String statusLabel() {
            return status.label();
        }
    }

    /** A unit with what it is doing and where it was last seen. */
    public record UnitLine(
            long id,
            String callsign,
            String station,
            String kind,
            String skills,
            UnitStatus status,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Instant positionAt) {

        static UnitLine of(UnitStore.UnitRow u) {
            return new UnitLine(
                    u.id(),
                    u.callsign(),
                    u.station(),
                    u.kind(),
                    u.skills(),
                    u.status(),
                    u.latitude(),
                    u.longitude(),
                    u.positionAt());
        }

        public String statusLabel() {
            return status.label();
        }
    }
}
