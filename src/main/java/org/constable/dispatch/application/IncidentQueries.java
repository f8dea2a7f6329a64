package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.dispatch.CallTypes;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitKind;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.dispatch.domain.Words;
import org.constable.dispatch.persistence.AssignmentStore;
import org.constable.dispatch.persistence.IncidentLogStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RecordAccess;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the board, the incident page and the officer's phone show. */
@Service
public class IncidentQueries {

    public record BoardIncident(
            long id,
            String reference,
            String grade,
            String gradeLabel,
            int urgency,
            String callType,
            String locationText,
            @Nullable Double latitude,
            @Nullable Double longitude,
            Instant openedAt,
            long ageSeconds,
            @Nullable Instant attendBy,
            @Nullable Long secondsToTarget,
            boolean breached,
            boolean attended,
            List<String> units,
            @Nullable String beat,
            boolean placeRestricted,
            String callTypeLabel,
            String stage,
            List<UnitOnIncident> assignedUnits) {

        /**
         * The board's first shape, kept for the clients that read it: the units on the incident as
         * "RV01 EN_ROUTE" (callsign, a space, the assignment's status). {@code assignedUnits} says the
         * same, typed.
         */
        static List<String> unitsAsText(List<UnitOnIncident> assigned) {
            return assigned.stream()
                    .map(u -> u.callsign() + " " + u.status().name())
                    .toList();
        }

        /** The units on it as people read them: "RV01 en route". */
        public List<String> unitsInWords() {
            return assignedUnits.stream().map(UnitOnIncident::inWords).toList();
        }

        /** Where the response stands: waiting for a unit, units on the way, or a unit at the scene. */
        public String stageLabel() {
            return switch (stage) {
                case WAITING -> "Waiting";
                case ASSIGNED -> "Unit assigned";
                default -> "At scene";
            };
        }
    }

    /** A unit on an incident of the board, and how far it has got (the assignment's status, with its words). */
    public record UnitOnIncident(long unitId, String callsign, AssignmentStatus status, String statusLabel) {

        static UnitOnIncident of(AssignmentStore.AssignmentRow a) {
            return new UnitOnIncident(
                    a.unitId(), a.callsign(), a.status(), a.status().label());
        }

        /** "RV01 en route". */
        public String inWords() {
            return callsign + " " + statusLabel.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String WAITING = "waiting";
    public static final String ASSIGNED = "assigned";
    public static final String AT_SCENE = "at-scene";
    public static final String BREACHED = "breached";

    /** What the dispatcher narrowed the board to; a blank value does not narrow it. */
    public record BoardFilter(
            @Nullable String grade,
            @Nullable String stage,
            @Nullable String beat) {
        public static final BoardFilter ALL = new BoardFilter(null, null, null);

        boolean keeps(BoardIncident i) {
            return (grade == null || grade.isBlank() || grade.equals(i.grade()))
                    && (beat == null || beat.isBlank() || beat.equals(i.beat()))
                    && (stage == null
                            || stage.isBlank()
                            || (BREACHED.equals(stage) ? i.breached() : stage.equals(i.stage())));
        }
    }

    public record BoardUnit(
            long id,
            String callsign,
            String kind,
            String skills,
            UnitStatus status,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String incidentReference) {

        public String kindLabel() {
            return UnitKind.labelOf(kind);
        }

        public String statusLabel() {
            return status.label();
        }

        public String skillsLabel() {
            return Words.skill(skills == null ? "" : skills.replace(",", ", "));
        }
    }

    /** The board: open incidents as filtered, all open ones counted, the beats they are in, every unit. */
    public record Board(
            Instant at,
            List<BoardIncident> incidents,
            List<BoardUnit> units,
            int openCount,
            List<String> beats,
            BoardFilter filter) {

        public Board(Instant at, List<BoardIncident> incidents, List<BoardUnit> units) {
            this(at, incidents, units, incidents.size(), List.of(), BoardFilter.ALL);
        }
    }

    /**
     * One incident as its reader may see it. {@code placeRestricted}: the address is restricted (the
     * dispatcher is told so); {@code placeWithheld}: this reader sees "Restricted location" instead;
     * {@code placeDisclosed}: this officer was told the address when their unit was sent.
     */
    public record IncidentView(
            DispatchViews.IncidentFacts incident,
            String gradeLabel,
            List<DispatchViews.LogLine> log,
            List<DispatchViews.AssignmentLine> assignments,
            @Nullable Long secondsToTarget,
            boolean breached,
            boolean placeRestricted,
            boolean placeWithheld,
            boolean placeDisclosed) {}

    private final IncidentStore incidents;
    private final IncidentLogStore log;
    private final AssignmentStore assignments;
    private final UnitStore units;
    private final GradeCatalogue grades;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final IncidentPlaces places;

    public IncidentQueries(
            IncidentStore incidents,
            IncidentLogStore log,
            AssignmentStore assignments,
            UnitStore units,
            GradeCatalogue grades,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock,
            IncidentPlaces places) {
        this.places = places;
        this.incidents = incidents;
        this.log = log;
        this.assignments = assignments;
        this.units = units;
        this.grades = grades;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole board (no filter), read for {@code purpose}. */
    @Transactional
    public Board board(Actor actor, String purpose) {
        return board(actor, purpose, BoardFilter.ALL);
    }

    /**
     * Open incidents, most urgent grade first, then oldest; every unit with what it is doing. The
     * board shows where incidents are, so reading it is a consultation with its purpose; a
     * restricted address shows as "Restricted location" to those without need-to-know. The filter
     * narrows it to a grade, a stage of the response (or breached targets) and a beat.
     */
    @Transactional
    public Board board(Actor actor, String purpose, BoardFilter filter) {
        policy.require(actor, Permission.INCIDENT_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        Instant now = clock.instant();
        List<AssignmentStore.AssignmentRow> active = assignments.active();
        Map<Long, List<UnitOnIncident>> unitsByIncident = active.stream()
                .collect(Collectors.groupingBy(
                        AssignmentStore.AssignmentRow::incidentId,
                        Collectors.mapping(UnitOnIncident::of, Collectors.toList())));
        List<IncidentRow> openRows = incidents.open();
        Map<Long, IncidentPlaces.Place> verdicts = places.of(actor, openRows);
        List<BoardIncident> open = openRows.stream()
                .map(raw -> {
                    IncidentPlaces.Place place = IncidentPlaces.verdict(verdicts, raw);
                    IncidentRow r = IncidentPlaces.shown(raw, place);
                    Long toTarget = r.attendBy() == null
                            ? null
                            : Duration.between(now, r.attendBy()).toSeconds();
                    Instant arrived = r.firstArrivedAt();
                    boolean attended = arrived != null;
                    boolean breached = r.attendBy() != null
                            && (arrived != null ? arrived.isAfter(r.attendBy()) : now.isAfter(r.attendBy()));
                    List<UnitOnIncident> on = unitsByIncident.getOrDefault(r.id(), List.of());
                    return new BoardIncident(
                            r.id(),
                            r.reference(),
                            r.grade(),
                            grades.find(r.grade()).map(g -> g.label()).orElse(r.grade()),
                            grades.urgency(r.grade()),
                            r.callType(),
                            r.locationText(),
                            r.latitude(),
                            r.longitude(),
                            r.openedAt(),
                            Duration.between(r.openedAt(), now).toSeconds(),
                            r.attendBy(),
                            toTarget,
                            breached,
                            attended,
                            BoardIncident.unitsAsText(on),
                            r.beat(),
                            place.restricted(),
                            CallTypes.label(r.callType()),
                            stage(on.stream().map(UnitOnIncident::status).toList()),
                            on);
                })
                .sorted(Comparator.comparingInt(BoardIncident::urgency).thenComparing(BoardIncident::openedAt))
                .toList();
        List<String> beats = open.stream()
                .map(BoardIncident::beat)
                .filter(b -> b != null)
                .distinct()
                .sorted()
                .toList();
        BoardFilter applied = filter == null ? BoardFilter.ALL : filter;
        List<BoardIncident> shown = open.stream().filter(applied::keeps).toList();
        // an incident cannot close while a unit is still assigned, so every active assignment is on an open incident
        Map<Long, String> referenceOf =
                openRows.stream().collect(Collectors.toMap(IncidentRow::id, IncidentRow::reference));
        Map<Long, String> incidentOfUnit = active.stream()
                .collect(Collectors.toMap(
                        AssignmentStore.AssignmentRow::unitId,
                        a -> referenceOf.getOrDefault(a.incidentId(), "?"),
                        (a, b) -> a));
        List<BoardUnit> unitList = units.all().stream()
                .map(u -> new BoardUnit(
                        u.id(),
                        u.callsign(),
                        u.kind(),
                        u.skills(),
                        u.status(),
                        u.latitude(),
                        u.longitude(),
                        incidentOfUnit.get(u.id())))
                .toList();
        List<RecordRef> read = new java.util.ArrayList<>();
        openRows.forEach(r -> read.add(RecordRef.of(RecordType.INCIDENT, r.id())));
        openRows.stream()
                .filter(r -> IncidentPlaces.verdict(verdicts, r).restricted()
                        && !IncidentPlaces.verdict(verdicts, r).withheld())
                .forEach(r -> read.add(RecordRef.of(RecordType.LOCATION, IncidentPlaces.restrictedLocation(r))));
        audit.record(new AuditRecord(
                        Operation.CONSULTATION,
                        actor.username(),
                        actor.rolesText(),
                        read,
                        purpose,
                        null,
                        org.constable.audit.Outcome.SUCCEEDED,
                        null)
                .withDetail("board: " + open.size() + " open incidents"));
        return new Board(now, shown, unitList, open.size(), beats, applied);
    }

    private static String stage(List<AssignmentStatus> statuses) {
        if (statuses.isEmpty()) {
            return WAITING;
        }
        return statuses.contains(AssignmentStatus.AT_SCENE) ? AT_SCENE : ASSIGNED;
    }

    /** The open incidents other than this one, most urgent first: where a unit may be re-assigned to. */
    @Transactional
    public List<BoardIncident> otherOpenIncidents(Actor actor, long incidentId) {
        return board(actor, "Command and control: re-assigning a unit").incidents().stream()
                .filter(i -> i.id() != incidentId)
                .toList();
    }

    /**
     * One incident with its log; opening it is an audited consultation. Besides those whose role reads
     * incidents, a named access rule may open this one incident (the officer in charge of a crime
     * raised from it); the audit entry then names the rule.
     */
    @Transactional
    public IncidentView incident(Actor actor, long id, String purpose) {
        RecordAccess access =
                policy.requireRecordAccess(actor, Permission.INCIDENT_READ, RecordRef.of(RecordType.INCIDENT, id));
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        IncidentRow raw =
                incidents.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, id)));
        IncidentPlaces.Place place = places.of(actor, raw);
        IncidentRow r = IncidentPlaces.shown(raw, place);
        Instant now = clock.instant();
        Long toTarget = r.attendBy() == null
                ? null
                : Duration.between(now, r.attendBy()).toSeconds();
        boolean breached = r.attendBy() != null
                && (r.firstArrivedAt() != null ? r.firstArrivedAt().isAfter(r.attendBy()) : now.isAfter(r.attendBy()));
        IncidentView view = new IncidentView(
                DispatchViews.IncidentFacts.of(r),
                grades.find(r.grade()).map(g -> g.label()).orElse(r.grade()),
                log.of(id).stream().map(DispatchViews.LogLine::of).toList(),
                assignments.ofIncident(id).stream()
                        .map(DispatchViews.AssignmentLine::of)
                        .toList(),
                toTarget,
                breached,
                place.restricted(),
                place.withheld(),
                place.disclosed());
        AuditRecord read = place.restricted() && !place.withheld()
                ? AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.INCIDENT, id),
                        RecordRef.of(RecordType.LOCATION, IncidentPlaces.restrictedLocation(raw)))
                : AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of(RecordType.INCIDENT, id));
        audit.record(access.byRole() ? read : read.withDetail("read " + access.describe()));
        return view;
    }

    /** Every unit with what it is doing and where it was last seen. */
    @Transactional(readOnly = true)
    public List<DispatchViews.UnitLine> units() {
        return units.all().stream().map(DispatchViews.UnitLine::of).toList();
    }

    /** The unit an officer crews and its active assignment, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<DispatchViews.UnitLine> crewedUnit(Actor actor) {
        return units.unitCrewedBy(actor.userId()).flatMap(units::find).map(DispatchViews.UnitLine::of);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<DispatchViews.AssignmentLine> activeAssignment(long unitId) {
        return assignments.activeForUnit(unitId).map(DispatchViews.AssignmentLine::of);
    }
}
