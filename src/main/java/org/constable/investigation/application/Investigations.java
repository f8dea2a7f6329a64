package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CrimeStatus;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.crime.CrimesUnderInvestigation.CrimeOnFile;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.SupervisoryReviewSchedule;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an investigation, its plan (every version kept), its lines of enquiry, and finalising it.
 * Each change asks AccessPolicy, is audited in its transaction, and refuses bad input changing nothing.
 */
@Service
public class Investigations {

    static final int TEXT_MAX = 4000;
    static final int MAX_CRIMES = 20;

    /** What an investigator asks for when opening an investigation. */
    public record OpenInvestigation(
            @Nullable String title,
            @Nullable List<Long> crimeIds,
            @Nullable Long incidentId,
            @Nullable String officerInCharge,
            @Nullable String supervisor,
            @Nullable List<String> team,
            @Nullable String plan) {}

    public record Opened(long id, String reference, LocalDate firstReviewOn) {}

    private final InvestigationStore store;
    private final InvestigationAccess access;
    private final InvestigationStaff staff;
    private final CrimesUnderInvestigation crimes;
    private final Incidents incidents;
    private final SupervisoryReviewSchedule schedule;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Investigations(
            InvestigationStore store,
            InvestigationAccess access,
            InvestigationStaff staff,
            CrimesUnderInvestigation crimes,
            Incidents incidents,
            SupervisoryReviewSchedule schedule,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.staff = staff;
        this.crimes = crimes;
        this.incidents = incidents;
        this.schedule = schedule;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Opened open(Actor actor, OpenInvestigation cmd) {
        policy.require(actor, Permission.INVESTIGATION_WORK);
        String title = text(cmd.title(), "title", "a title", 200);
        Set<Long> crimeIds = new LinkedHashSet<>(cmd.crimeIds() == null ? List.of() : cmd.crimeIds());
        crimeIds.remove(null);
        if (crimeIds.isEmpty() && cmd.incidentId() == null) {
            throw new InvalidInput("crimeIds", "Name the crime(s) investigated, or the incident.");
        }
        if (crimeIds.size() > MAX_CRIMES) {
            throw new InvalidInput("crimeIds", "An investigation covers at most " + MAX_CRIMES + " crimes.");
        }
        Map<Long, CrimeOnFile> found = crimes.found(crimeIds);
        for (Long id : crimeIds) {
            CrimeOnFile c = found.get(id);
            if (c == null) {
                throw new InvalidInput("crimeIds", "There is no crime with id " + id + ".");
            }
            if (c.status() == CrimeStatus.CANCELLED) {
                throw new InvalidInput("crimeIds", c.reference() + " was cancelled: it is not investigated.");
            }
        }
        if (cmd.incidentId() != null
                && incidents.existing(List.of(cmd.incidentId())).isEmpty()) {
            throw new InvalidInput("incidentId", "There is no incident with id " + cmd.incidentId() + ".");
        }
        Actor oic = staff.worker(cmd.officerInCharge(), "officerInCharge");
        Actor supervisor = staff.supervisor(cmd.supervisor(), "supervisor");
        List<String> team = staff.team(cmd.team(), "team");
        String plan = optionalText(cmd.plan(), "plan", TEXT_MAX);
        for (CrimeOnFile c : found.values()) {
            store.openInvestigationOf(c.id()).ifPresent(inv -> {
                throw new Conflict(c.reference() + " is already investigated in " + inv
                        + ": a crime belongs to one open investigation at a time.");
            });
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadline.ENGLAND_AND_WALES);
        LocalDate firstReview = schedule.firstDue(today);
        long id = store.insert(
                title,
                oic.username(),
                supervisor.username(),
                cmd.incidentId(),
                now,
                actor.username(),
                firstReview,
                today);
        try {
            for (CrimeOnFile c : found.values()) {
                store.addCrime(id, c.id(), c.reference());
            }
        } catch (DuplicateKeyException raced) {
            throw new Conflict("One of these crimes was put in another open investigation meanwhile: "
                    + "a crime belongs to one open investigation at a time.");
        }
        for (String member : team) {
            store.addMember(id, member);
        }
        if (plan != null) {
            store.writePlan(id, 1, plan, actor.username(), now);
        }
        String reference = store.find(id).map(InvestigationRow::reference).orElseThrow();
        List<RecordRef> refs = new ArrayList<>();
        refs.add(RecordRef.of(RecordType.INVESTIGATION, id));
        found.keySet().forEach(c -> refs.add(RecordRef.of(RecordType.CRIME, c)));
        if (cmd.incidentId() != null) {
            refs.add(RecordRef.of(RecordType.INCIDENT, cmd.incidentId()));
        }
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, refs.toArray(RecordRef[]::new))
                .withDetail("investigation " + reference + " opened; officer in charge " + oic.username()
                        + ", supervisor " + supervisor.username() + ", first review due " + firstReview));
        return new Opened(id, reference, firstReview);
    }

    public record PlanWritten(int version) {}

    /**
     * A new version of the plan; earlier versions stay. When {@code basedOn} is given and another
     * version was written since, the change is refused, so nobody's plan is overwritten unseen.
     */
    @Transactional
    public PlanWritten writePlan(Actor actor, long id, @Nullable String text, @Nullable Integer basedOn) {
        InvestigationRow inv = openForChange(actor, id);
        String plan = text(text, "plan", "the plan", TEXT_MAX);
        if (basedOn != null && basedOn != inv.planVersion()) {
            throw new Conflict("The plan of " + inv.reference() + " was changed meanwhile (now version "
                    + inv.planVersion() + "): read it again before writing.");
        }
        int version = inv.planVersion() + 1;
        store.writePlan(id, version, plan, actor.username(), clock.instant());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.INVESTIGATION, id))
                .withDetail("plan of " + inv.reference() + " written, version " + version));
        return new PlanWritten(version);
    }

    @Transactional
    public long addLine(Actor actor, long id, @Nullable String description) {
        InvestigationRow inv = openForChange(actor, id);
        String text = text(description, "description", "the line of enquiry", 1000);
        long line = store.addLine(id, text, actor.username(), clock.instant());
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.INVESTIGATION, id),
                        RecordRef.of(RecordType.LINE_OF_ENQUIRY, line))
                .withDetail("line of enquiry added to " + inv.reference()));
        return line;
    }

    @Transactional
    public void closeLine(Actor actor, long id, long lineId, @Nullable String result) {
        InvestigationRow inv = openForChange(actor, id);
        String text = text(result, "result", "what the line of enquiry found", TEXT_MAX);
        if (!store.closeLine(id, lineId, text, actor.username(), clock.instant())) {
            throw new Conflict("That line of enquiry is not an open line of " + inv.reference() + ".");
        }
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.INVESTIGATION, id),
                        RecordRef.of(RecordType.LINE_OF_ENQUIRY, lineId))
                .withDetail("line of enquiry of " + inv.reference() + " closed with its result"));
    }

    InvestigationRow openForChange(Actor actor, long id) {
        InvestigationRow inv = access.open(actor, Permission.INVESTIGATION_WORK, id, true);
        if (!inv.open()) {
            throw new Conflict(inv.reference() + " was finalised: it cannot change.");
        }
        return inv;
    }

    static String text(@Nullable String value, String field, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "Give " + what + ".");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput(field, "At most " + max + " characters.");
        }
        return v;
    }

    static @Nullable String optionalText(@Nullable String value, String field, int max) {
        return value == null || value.isBlank() ? null : text(value, field, "", max);
    }
}
