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
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
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
            Double latitude,
            Double longitude,
            Instant openedAt,
            long ageSeconds,
            Instant attendBy,
            Long secondsToTarget,
            boolean breached,
            boolean attended,
            List<String> units,
            String beat,
            String callTypeLabel,
            String stage) {

        /** The units on it as people read them: "RV01 en route". */
        public List<String> unitsInWords() {
            return units.stream()
                    .map(u -> {
                        int space = u.lastIndexOf(' ');
                        return space < 0
                                ? u
                                : u.substring(0, space) + " "
                                        + AssignmentStatus.labelOf(u.substring(space + 1))
                                                .toLowerCase(java.util.Locale.ROOT);
                    })
                    .toList();
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

    public static final String WAITING = "waiting";
    public static final String ASSIGNED = "assigned";
    public static final String AT_SCENE = "at-scene";
    public static final String BREACHED = "breached";

    /** What the dispatcher narrowed the board to; a blank value does not narrow it. */
    public record BoardFilter(String grade, String stage, String beat) {
        public static final BoardFilter ALL = new BoardFilter(null, null, null);

        boolean keeps(BoardIncident i) {
            return (blank(grade) || grade.equals(i.grade()))
                    && (blank(beat) || beat.equals(i.beat()))
                    && (blank(stage) || (BREACHED.equals(stage) ? i.breached() : stage.equals(i.stage())));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public record BoardUnit(
            long id,
            String callsign,
            String kind,
            String skills,
            String status,
            Double latitude,
            Double longitude,
            String incidentReference) {

        public String kindLabel() {
            return UnitKind.labelOf(kind);
        }

        public String statusLabel() {
            return UnitStatus.labelOf(status);
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

    public record IncidentView(
            IncidentRow incident,
            String gradeLabel,
            List<IncidentLogStore.Entry> log,
            List<AssignmentStore.AssignmentRow> assignments,
            Long secondsToTarget,
            boolean breached) {}

    private final IncidentStore incidents;
    private final IncidentLogStore log;
    private final AssignmentStore assignments;
    private final UnitStore units;
    private final GradeCatalogue grades;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public IncidentQueries(
            IncidentStore incidents,
            IncidentLogStore log,
            AssignmentStore assignments,
            UnitStore units,
            GradeCatalogue grades,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.incidents = incidents;
        this.log = log;
        this.assignments = assignments;
        this.units = units;
        this.grades = grades;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open incidents, most urgent grade first, then oldest; every unit with what it is doing. */
    @Transactional(readOnly = true)
    public Board board(Actor actor) {
        return board(actor, BoardFilter.ALL);
    }

    /** The board narrowed to a grade, a stage of the response (or breached targets) and a beat. */
    @Transactional(readOnly = true)
    public Board board(Actor actor, BoardFilter filter) {
        policy.require(actor, Permission.INCIDENT_READ);
        Instant now = clock.instant();
        List<AssignmentStore.AssignmentRow> active = assignments.active();
        Map<Long, List<String>> unitsByIncident = active.stream()
                .collect(Collectors.groupingBy(
                        AssignmentStore.AssignmentRow::incidentId,
                        Collectors.mapping(a -> a.callsign() + " " + a.status(), Collectors.toList())));
        Map<Long, List<String>> statusesByIncident = active.stream()
                .collect(Collectors.groupingBy(
                        AssignmentStore.AssignmentRow::incidentId,
                        Collectors.mapping(AssignmentStore.AssignmentRow::status, Collectors.toList())));
        List<IncidentRow> openRows = incidents.open();
        List<BoardIncident> open = openRows.stream()
                .map(r -> {
                    Long toTarget = r.attendBy() == null
                            ? null
                            : Duration.between(now, r.attendBy()).toSeconds();
                    boolean attended = r.firstArrivedAt() != null;
                    boolean breached = r.attendBy() != null
                            && (attended ? r.firstArrivedAt().isAfter(r.attendBy()) : now.isAfter(r.attendBy()));
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
                            unitsByIncident.getOrDefault(r.id(), List.of()),
                            r.beat(),
                            CallTypes.label(r.callType()),
                            stage(statusesByIncident.getOrDefault(r.id(), List.of())));
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
        return new Board(now, shown, unitList, open.size(), beats, applied);
    }

    private static String stage(List<String> statuses) {
        if (statuses.isEmpty()) {
            return WAITING;
        }
        return statuses.contains(AssignmentStatus.AT_SCENE.name()) ? AT_SCENE : ASSIGNED;
    }

    /** The open incidents other than this one, most urgent first: where a unit may be re-assigned to. */
    @Transactional(readOnly = true)
    public List<BoardIncident> otherOpenIncidents(Actor actor, long incidentId) {
        return board(actor).incidents().stream()
                .filter(i -> i.id() != incidentId)
                .toList();
    }

    /** One incident with its log; opening it is an audited consultation. */
    @Transactional
    public IncidentView incident(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.INCIDENT_READ);
        IncidentRow r = incidents.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of("incident", id)));
        Instant now = clock.instant();
        Long toTarget = r.attendBy() == null
                ? null
                : Duration.between(now, r.attendBy()).toSeconds();
        boolean breached = r.attendBy() != null
                && (r.firstArrivedAt() != null ? r.firstArrivedAt().isAfter(r.attendBy()) : now.isAfter(r.attendBy()));
        IncidentView view = new IncidentView(
                r,
                grades.find(r.grade()).map(g -> g.label()).orElse(r.grade()),
                log.of(id),
                assignments.ofIncident(id),
                toTarget,
                breached);
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of("incident", id)));
        return view;
    }

    /** The unit an officer crews and its active assignment, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UnitStore.UnitRow> crewedUnit(Actor actor) {
        return units.unitCrewedBy(actor.userId()).flatMap(units::find);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AssignmentStore.AssignmentRow> activeAssignment(long unitId) {
        return assignments.activeForUnit(unitId);
    }
}
