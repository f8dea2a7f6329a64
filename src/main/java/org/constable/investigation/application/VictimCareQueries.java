package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.ContactKind;
import org.constable.investigation.domain.Obligation;
import org.constable.investigation.domain.TimeLeft;
import org.constable.investigation.persistence.VictimCareStore;
import org.constable.investigation.persistence.VictimCareStore.DeadlineRow;
import org.constable.investigation.persistence.VictimCareStore.DueRow;
import org.constable.investigation.persistence.VictimCareStore.VictimCareRow;
import org.constable.people.RestrictedParts;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What is due and what is overdue. Open deadlines are listed whatever their age, so nothing stalls
 * out of sight: an overdue item stays on the list until a contact answers it. Each read of the
 * list is a consultation of victims' records and is audited with its purpose.
 */
@Service
public class VictimCareQueries {

    public record DueItem(
            long deadlineId,
            long victimCareId,
            long crimeId,
            String crimeReference,
            @Nullable Long personId,
            boolean vulnerable,
            String officerInCharge,
            String obligation,
            String obligationLabel,
            String reason,
            LocalDate lastDay,
            Instant dueBy,
            boolean overdue,
            String clock) {}

    public record DueList(String scope, Instant at, List<DueItem> overdue, List<DueItem> due) {}

    public record DeadlineItem(
            long id,
            String obligation,
            String obligationLabel,
            String reason,
            LocalDate lastDay,
            Instant dueBy,
            boolean answered,
            @Nullable Instant answeredAt,
            boolean closed,
            @Nullable Instant closedAt,
            @Nullable String closedReason,
            boolean overdue,
            String clock) {}

    /** A victim's care; {@code personId} is null when the victim is restricted and the reader has no need-to-know. */
    public record VictimItem(
            long victimCareId,
            @Nullable Long personId,
            boolean vulnerable,
            String officerInCharge,
            List<DeadlineItem> deadlines) {}

    public record CrimeCare(
            long crimeId,
            String crimeReference,
            List<VictimItem> victims,
            List<CaseEvent> events,
            List<Contact> contacts) {}

    /** Something that happened in the case that the victim must be told of. */
    public record CaseEvent(
            long id,
            long crimeId,
            String kind,
            Instant occurredAt,
            @Nullable String note,
            String recordedBy) {

        static CaseEvent of(VictimCareStore.CaseEventRow row) {
            return new CaseEvent(row.id(), row.crimeId(), row.kind(), row.occurredAt(), row.note(), row.recordedBy());
        }
    }

    /** A contact with the victim, as recorded. */
    public record Contact(
            long id,
            long victimCareId,
            String kind,
            Instant contactedAt,
            @Nullable String note,
            String recordedBy) {

        static Contact of(VictimCareStore.ContactRow row) {
            return new Contact(
                    row.id(), row.victimCareId(), row.kind(), row.contactedAt(), row.note(), row.recordedBy());
        }
    }

    private final VictimCareStore store;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final RestrictedParts parts;

    VictimCareQueries(
            VictimCareStore store, AccessPolicy policy, AuditTrail audit, Clock clock, RestrictedParts parts) {
        this.parts = parts;
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's own victims' open deadlines, read for {@code purpose}. */
    public DueList mine(Actor actor, String purpose) {
        policy.require(actor, Permission.VICTIM_CARE);
        requirePurpose(purpose);
        return list(actor, "mine", store.openFor(actor.username()), purpose);
    }

    /** The team's open deadlines; a supervisor with no team oversees the whole force. */
    public DueList team(Actor actor, String purpose) {
        policy.require(actor, Permission.VICTIM_CARE_OVERSIGHT);
        requirePurpose(purpose);
        return list(
                actor,
                actor.teamId() == null ? "force" : "team",
                actor.teamId() == null ? store.openForAll() : store.openForTeam(actor.teamId()),
                purpose);
    }

    public CrimeCare crime(Actor actor, long crimeId, String purpose) {
        policy.require(actor, Permission.VICTIM_CARE);
        requirePurpose(purpose);
        List<VictimCareRow> victims = store.ofCrime(crimeId);
        if (victims.isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.CRIME, crimeId));
        }
        RestrictedParts.Verdicts shown = verdicts(actor, victims);
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                refs(victims, shown),
                purpose,
                null,
                Outcome.SUCCEEDED,
                "Victims' Code care for " + victims.get(0).crimeReference()));
        Instant now = clock.instant();
        Map<Long, List<DeadlineRow>> deadlines =
                store.deadlinesOfCrime(crimeId).stream().collect(Collectors.groupingBy(DeadlineRow::victimCareId));
        List<VictimItem> items = victims.stream()
                .map(v -> new VictimItem(
                        v.id(),
                        shown.of(v.personId()).withheld() ? null : v.personId(),
                        v.vulnerable(),
                        v.officerInCharge(),
                        deadlines.getOrDefault(v.id(), List.of()).stream()
                                .map(d -> deadline(d, now))
                                .toList()))
                .toList();
        return new CrimeCare(
                crimeId,
                victims.get(0).crimeReference(),
                items,
                store.eventsOfCrime(crimeId).stream().map(CaseEvent::of).toList(),
                store.contactsOfCrime(crimeId).stream().map(Contact::of).toList());
    }

    private DueList list(Actor actor, String scope, List<DueRow> rows, String purpose) {
        Instant now = clock.instant();
        List<VictimCareRow> cares = rows.stream()
                .map(DueRow::care)
                .collect(Collectors.toMap(VictimCareRow::id, Function.identity(), (a, b) -> a))
                .values()
                .stream()
                .toList();
        RestrictedParts.Verdicts shown = verdicts(actor, cares);
        if (!rows.isEmpty()) {
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    refs(cares, shown),
                    purpose,
                    null,
                    Outcome.SUCCEEDED,
                    "Victims' Code due list, scope=" + scope));
        }
        List<DueItem> items = rows.stream().map(r -> due(r, now, shown)).toList();
        return new DueList(
                scope,
                now,
                items.stream().filter(DueItem::overdue).toList(),
                items.stream().filter(i -> !i.overdue()).toList());
    }

    private RestrictedParts.Verdicts verdicts(Actor actor, List<VictimCareRow> cares) {
        return parts.persons(actor, cares.stream().map(VictimCareRow::personId).toList());
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
    }

    /** The victims shown, and for a victim withheld the crime only: what was read, no more. */
    private static List<RecordRef> refs(List<VictimCareRow> cares, RestrictedParts.Verdicts shown) {
        return cares.stream()
                .map(c -> shown.of(c.personId()).withheld()
                        ? RecordRef.of(RecordType.CRIME, c.crimeId())
                        : RecordRef.of(RecordType.PERSON, c.personId()))
                .distinct()
                .toList();
    }

    private static DueItem due(DueRow r, Instant now, RestrictedParts.Verdicts shown) {
        DeadlineRow d = r.deadline();
        VictimCareRow c = r.care();
        TimeLeft left = TimeLeft.of(d.dueBy(), now);
        return new DueItem(
                d.id(),
                c.id(),
                c.crimeId(),
                c.crimeReference(),
                shown.of(c.personId()).withheld() ? null : c.personId(),
                c.vulnerable(),
                c.officerInCharge(),
                d.obligation(),
                Obligation.valueOf(d.obligation()).label(),
                reason(d),
                d.lastDay(),
                d.dueBy(),
                left.overdue(),
                left.text());
    }

    private static DeadlineItem deadline(DeadlineRow d, Instant now) {
        boolean answered = d.answeredAt() != null;
        boolean closed = d.closedAt() != null;
        TimeLeft left = TimeLeft.of(
                d.dueBy(), d.answeredAt() != null ? d.answeredAt() : d.closedAt() != null ? d.closedAt() : now);
        String clock = answered
                ? (left.overdue() ? "answered late" : "answered in time")
                : closed ? "closed: crime cancelled" : left.text();
        return new DeadlineItem(
                d.id(),
                d.obligation(),
                Obligation.valueOf(d.obligation()).label(),
                reason(d),
                d.lastDay(),
                d.dueBy(),
                answered,
                d.answeredAt(),
                closed,
                d.closedAt(),
                closed ? "crime cancelled" : null,
                !closed && left.overdue(),
                clock);
    }

    private static String reason(DeadlineRow d) {
        return d.reason() == null
                ? "Crime recorded"
                : CaseEventKind.valueOf(d.reason()).label();
    }

    /** For forms: the choices, with their labels. */
    public static List<CaseEventKind> eventKinds() {
        return List.of(CaseEventKind.values());
    }

    public static List<ContactKind> contactKinds() {
        return List.of(ContactKind.values());
    }
}
