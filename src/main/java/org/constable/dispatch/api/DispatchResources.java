package org.constable.dispatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.constable.dispatch.IncidentStatus;
import org.constable.dispatch.application.DispatchViews;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the command and control API answers, made for its clients rather than read off the tables:
 * the tables may change without the API changing. Field names are those the API has always had,
 * so clients keep working; statuses are the enums' names, with a label to show.
 */
final class DispatchResources {

    private DispatchResources() {}

    @Schema(
            name = "DispatchIncident",
            description = "An incident as its reader may see it: a withheld place reads \"Restricted location\".")
    record Incident(
            long id,
            @Schema(description = "INC-yyyymmdd-n") String reference,
            Instant openedAt,
            String openedBy,

            @Schema(description = "Call type code; see the call types")
            String callType,

            String summary,

            @Schema(description = "Grade code, such as EMERGENCY or PRIORITY")
            String grade,

            @Schema(description = "When the grade's attendance target falls; none for a grade without deployment")
            @Nullable Instant attendBy,

            boolean urban,
            @Nullable String beat,
            String locationText,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Long locationId,
            boolean locationUnverified,

            @Schema(description = "Skills a unit should have, comma separated")
            String requiredSkills,

            IncidentStatus status,
            @Schema(description = "The status in words") String statusLabel,
            @Nullable String closingClassification,
            @Nullable Boolean crimeIndicative,
            @Nullable Instant closedAt,
            @Nullable Instant firstAssignedAt,
            @Nullable Instant firstArrivedAt,

            @Schema(description = "Changes with every change to the incident")
            int version) {

        static Incident of(DispatchViews.IncidentFacts r) {
            return new Incident(
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
                    r.status().label(),
                    r.closingClassification(),
                    r.crimeIndicative(),
                    r.closedAt(),
                    r.firstAssignedAt(),
                    r.firstArrivedAt(),
                    r.version());
        }
    }

    @Schema(name = "DispatchLogEntry", description = "One entry of the incident's append-only log.")
    record LogEntry(
            long id,
            long incidentId,
            Instant at,
            String actor,

            @Schema(description = "CALL, GRADE, ASSIGN, STATUS, STAND_DOWN, UPDATE or CLOSE")
            String kind,

            String text) {

        static LogEntry of(DispatchViews.LogLine e) {
            return new LogEntry(e.id(), e.incidentId(), e.at(), e.actor(), e.kind(), e.text());
        }
    }

    @Schema(name = "DispatchAssignment", description = "A unit sent to the incident and how far it has got.")
    record Assignment(
            long id,
            long incidentId,
            long unitId,
            String callsign,
            Instant assignedAt,
            String assignedBy,
            AssignmentStatus status,
            @Schema(description = "The status in words") String statusLabel,
            @Nullable Instant arrivedAt,
            @Nullable Instant clearedAt,
            @Nullable Instant stoodDownAt,
            @Nullable String stoodDownReason) {

        static Assignment of(DispatchViews.AssignmentLine a) {
            return new Assignment(
                    a.id(),
                    a.incidentId(),
                    a.unitId(),
                    a.callsign(),
                    a.assignedAt(),
                    a.assignedBy(),
                    a.status(),
                    a.status().label(),
                    a.arrivedAt(),
                    a.clearedAt(),
                    a.stoodDownAt(),
                    a.stoodDownReason());
        }
    }

    @Schema(
            name = "DispatchIncidentDetails",
            description = "One incident with its log and assignments. placeRestricted: the address is restricted; "
                    + "placeWithheld: this reader sees \"Restricted location\"; placeDisclosed: this officer was "
                    + "told the address when their unit was sent.")
    record IncidentDetails(
            Incident incident,
            String gradeLabel,
            List<LogEntry> log,
            List<Assignment> assignments,

            @Schema(description = "Seconds left to the attendance target, negative once passed") @Nullable Long secondsToTarget,

            boolean breached,
            boolean placeRestricted,
            boolean placeWithheld,
            boolean placeDisclosed) {

        static IncidentDetails of(IncidentQueries.IncidentView v) {
            return new IncidentDetails(
                    Incident.of(v.incident()),
                    v.gradeLabel(),
                    v.log().stream().map(LogEntry::of).toList(),
                    v.assignments().stream().map(Assignment::of).toList(),
                    v.secondsToTarget(),
                    v.breached(),
                    v.placeRestricted(),
                    v.placeWithheld(),
                    v.placeDisclosed());
        }
    }

    @Schema(name = "DispatchUnit", description = "A unit with what it is doing and where it was last seen.")
    record Unit(
            long id,
            String callsign,
            String station,

            @Schema(description = "Unit kind code, such as RESPONSE_CAR")
            String kind,

            @Schema(description = "Skills, comma separated") String skills,
            UnitStatus status,
            @Schema(description = "The status in words") String statusLabel,
            @Nullable Double latitude,
            @Nullable Double longitude,

            @Schema(description = "When the position was reported") @Nullable Instant positionAt) {

        static Unit of(DispatchViews.UnitLine u) {
            return new Unit(
                    u.id(),
                    u.callsign(),
                    u.station(),
                    u.kind(),
                    u.skills(),
                    u.status(),
                    u.status().label(),
                    u.latitude(),
                    u.longitude(),
                    u.positionAt());
        }
    }
}
