package org.constable.contact.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.intelligence.IntelligenceWhereNeeded;
import org.constable.people.PoleDirectory;
import org.constable.shared.GeoPoint;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the call handler must see as soon as a location is set: earlier incidents at and near it,
 * warning markers on the address and on named people, and open incidents close by that this call
 * may duplicate; for a handler allowed intelligence, the graded intelligence on the place and the named
 * people (ADR 0106), for anyone else nothing of it.
 */
@Service
public class LocationContext {

    public record Context(
            PoleDirectory.@Nullable Place place,
            List<Incidents.IncidentSummary> history,
            List<PoleDirectory.Warning> warnings,
            List<Incidents.IncidentSummary> possibleDuplicates,
            double metresOutsideForceArea,
            List<IntelligenceWhereNeeded.OnRecord> intelligence) {

        /** How many graded intelligence items name the place and the people, for a handler allowed intelligence. */
        public int intelligenceCount() {
            return intelligence.stream()
                    .mapToInt(IntelligenceWhereNeeded.OnRecord::count)
                    .sum();
        }

        /** "360 km" when the place is outside the force area, else null. */
        public @Nullable String outsideForceArea() {
            if (metresOutsideForceArea <= 0) {
                return null;
            }
            return metresOutsideForceArea < 1000
                    ? Math.round(metresOutsideForceArea) + " m"
                    : Math.round(metresOutsideForceArea / 1000) + " km";
        }
    }

    /** How many of the latest intelligence items are shown for the place and for each person. */
    static final int INTELLIGENCE_PER_RECORD = 2;

    private final Incidents incidents;
    private final PoleDirectory directory;
    private final org.constable.mapping.ForceAreas areas;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final IntelligenceWhereNeeded intelligence;
    private final double historyRadius;
    private final double duplicateRadius;
    private final Duration duplicateWindow;

    public LocationContext(
            Incidents incidents,
            PoleDirectory directory,
            org.constable.mapping.ForceAreas areas,
            AccessPolicy policy,
            AuditTrail audit,
            IntelligenceWhereNeeded intelligence,
            @Value("${constable.contact.history-radius-metres:150}") double historyRadius,
            @Value("${constable.contact.duplicate-radius-metres:300}") double duplicateRadius,
            @Value("${constable.contact.duplicate-window:2h}") Duration duplicateWindow) {
        this.incidents = incidents;
        this.directory = directory;
        this.areas = areas;
        this.policy = policy;
        this.audit = audit;
        this.intelligence = intelligence;
        this.historyRadius = historyRadius;
        this.duplicateRadius = duplicateRadius;
        this.duplicateWindow = duplicateWindow;
    }

    /**
     * The context of a place, read for {@code purpose} (required): what is shown (the address, the
     * incidents around it) is a consultation in the audit trail, by coordinates as much as by
     * address. Incidents at restricted addresses show as "Restricted location" without need-to-know.
     */
    public Context around(
            Actor actor,
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable List<Long> personIds,
            String purpose) {
        policy.require(actor, Permission.CALL_HANDLE);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        // the place asked about must exist (and be visible), as opening it would; an empty context would hide the
        // mistake
        PoleDirectory.Place place = locationId == null
                ? null
                : directory
                        .place(actor, locationId)
                        .orElseThrow(() -> new RecordNotFound("location", locationId).inField("locationId"));
        // persons named in the call are different: one the handler may not see contributes nothing, as
        // warnings() says, so that naming a restricted person neither fails the call nor reveals them
        GeoPoint point = place != null && place.point() != null
                ? place.point()
                : latitude != null && longitude != null ? new GeoPoint(latitude, longitude) : null;
        List<Incidents.IncidentSummary> history = point != null
                ? incidents.near(actor, point, historyRadius, 10)
                : place != null ? incidents.atLocation(actor, place.id(), 10) : List.of();
        List<Incidents.IncidentSummary> duplicates =
                point == null ? List.of() : incidents.openNear(actor, point, duplicateRadius, duplicateWindow, 5);
        List<PoleDirectory.Warning> warnings = directory.warnings(
                actor, place == null ? null : place.id(), personIds == null ? List.of() : personIds, purpose);
        List<RecordRef> read = new ArrayList<>();
        if (place != null) {
            read.add(RecordRef.of(RecordType.LOCATION, place.id()));
        }
        java.util.stream.Stream.concat(history.stream(), duplicates.stream())
                .map(i -> RecordRef.of(RecordType.INCIDENT, i.id()))
                .distinct()
                .forEach(read::add);
        if (!read.isEmpty()) {
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    read,
                    purpose,
                    null,
                    Outcome.SUCCEEDED,
                    point == null
                            ? "location context"
                            : String.format(
                                    java.util.Locale.ROOT,
                                    "location context around %.5f, %.5f",
                                    point.latitude(),
                                    point.longitude())));
        }
        List<RecordRef> subjects = new ArrayList<>();
        if (place != null) {
            subjects.add(RecordRef.of(RecordType.LOCATION, place.id()));
        }
        (personIds == null ? List.<Long>of() : personIds)
                .stream().distinct().forEach(id -> subjects.add(RecordRef.of(RecordType.PERSON, id)));
        return new Context(
                place,
                history,
                warnings,
                duplicates,
                point == null ? 0 : areas.metresOutside(point),
                intelligence.about(actor, subjects, INTELLIGENCE_PER_RECORD, purpose));
    }
}
