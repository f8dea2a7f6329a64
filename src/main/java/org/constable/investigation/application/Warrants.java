package org.constable.investigation.application;

import java.time.Clock;
import java.time.Duration;
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
import org.constable.evidence.ExhibitsOnFile;
import org.constable.evidence.ExhibitsOnFile.ExhibitOnFile;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.WarrantKinds;
import org.constable.investigation.domain.WarrantStatus;
import org.constable.investigation.domain.WarrantTerms;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.investigation.persistence.WarrantStore;
import org.constable.investigation.persistence.WarrantStore.WarrantRow;
import org.constable.people.PoleDirectory;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warrants of an investigation (ADR 0090): applied for, issued or refused by the court, executed
 * (who, when, what was found, the exhibits seized) while in force, and returned to the court. A
 * warrant is opened only through its investigation, so it inherits the investigation's restriction;
 * each change is audited in its transaction and bad input is refused changing nothing.
 */
@Service
public class Warrants {

    static final int MAX_EXHIBITS = 100;
    /** A time recorded a little ahead of the server's clock (a phone's) is taken as now, not refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public record Application(
            @Nullable String kind,
            @Nullable String grounds,
            @Nullable String premises,
            @Nullable Long locationId,
            @Nullable String court) {}

    /** The court's decision: issued (true) or refused, on a day, with an optional note (the refusal's reason). */
    public record Decision(
            @Nullable Boolean issued,
            @Nullable LocalDate on,
            @Nullable String note) {}

    public record Execution(
            @Nullable Instant at,
            @Nullable String executedBy,
            @Nullable String found,
            @Nullable List<Long> exhibitIds) {}

    public record Return(@Nullable LocalDate on, @Nullable String note) {}

    public record Applied(long id, String reference) {}

    private final WarrantStore store;
    private final InvestigationStore investigations;
    private final InvestigationAccess access;
    private final InvestigationStaff staff;
    private final WarrantKinds kinds;
    private final WarrantTerms terms;
    private final ExhibitsOnFile exhibits;
    private final PoleDirectory places;
    private final AuditTrail audit;
    private final Clock clock;

    Warrants(
            WarrantStore store,
            InvestigationStore investigations,
            InvestigationAccess access,
            InvestigationStaff staff,
            WarrantKinds kinds,
            WarrantTerms terms,
            ExhibitsOnFile exhibits,
            PoleDirectory places,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.investigations = investigations;
        this.access = access;
        this.staff = staff;
        this.kinds = kinds;
        this.terms = terms;
        this.exhibits = exhibits;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Applied apply(Actor actor, long investigationId, Application a) {
        InvestigationRow inv = access.open(actor, Permission.INVESTIGATION_WORK, investigationId, true);
        if (!inv.open()) {
            throw new Conflict(inv.reference() + " was finalised: no warrant is applied for in it.");
        }
        String kind = a.kind() == null ? "" : a.kind().strip();
        if (kinds.find(kind).isEmpty()) {
            throw new InvalidInput(
                    "kind",
                    "Choose the kind of warrant: one of "
                            + String.join(
                                    ", ",
                                    kinds.all().stream()
                                            .map(WarrantKinds.Kind::key)
                                            .toList())
                            + ".");
        }
        String grounds = Investigations.text(a.grounds(), "grounds", "the grounds for the warrant", 4000);
        String premises = Investigations.text(a.premises(), "premises", "the premises (the address)", 500);
        String court = Investigations.text(a.court(), "court", "the court applied to", 200);
        if (a.locationId() != null && places.place(actor, a.locationId()).isEmpty()) {
            throw new InvalidInput("locationId", "There is no address with id " + a.locationId() + ".");
        }
        Instant now = clock.instant();
        long id = store.apply(
                investigationId, kind, grounds, premises, a.locationId(), court, actor.username(), now, day(now));
        String reference = store.find(id).map(WarrantRow::reference).orElseThrow();
        List<RecordRef> refs = new ArrayList<>(
                List.of(RecordRef.of(RecordType.WARRANT, id), RecordRef.of(RecordType.INVESTIGATION, investigationId)));
        if (a.locationId() != null) {
            refs.add(RecordRef.of(RecordType.LOCATION, a.locationId()));
        }
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, refs.toArray(RecordRef[]::new))
                .withDetail("warrant " + reference + " (" + kinds.label(kind) + ") applied for in " + inv.reference()
                        + " at " + court));
        return new Applied(id, reference);
    }

    /** Records the court's decision on an application. */
    @Transactional
    public WarrantStatus decide(Actor actor, long warrantId, Decision d) {
        WarrantRow w = forChange(actor, warrantId);
        if (w.status() != WarrantStatus.APPLIED) {
            throw new Conflict(w.reference() + " is " + w.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ": the court's decision was recorded already.");
        }
        if (d.issued() == null) {
            throw new InvalidInput("issued", "Say whether the court issued the warrant or refused it.");
        }
        LocalDate on = pastDay(d.on(), "on", "the day of the court's decision");
        if (on.isBefore(day(w.appliedAt()))) {
            throw new InvalidInput(
                    "on", "The court decided on or after the day of the application, " + day(w.appliedAt()) + ".");
        }
        String note = Investigations.optionalText(d.note(), "note", 2000);
        if (!d.issued() && note == null) {
            throw new InvalidInput("note", "Give the court's reason for refusing.");
        }
        if (d.issued()) {
            LocalDate expires = terms.expiresOn(on);
            store.decide(
                    warrantId,
                    WarrantStatus.ISSUED,
                    on,
                    actor.username(),
                    note,
                    expires,
                    terms.returnDueUnexecuted(expires));
        } else {
            store.decide(warrantId, WarrantStatus.REFUSED, on, actor.username(), note, null, null);
        }
        WarrantStatus now = d.issued() ? WarrantStatus.ISSUED : WarrantStatus.REFUSED;
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, refs(w))
                .withDetail("warrant " + w.reference() + " " + now.label().toLowerCase(java.util.Locale.ROOT) + " on "
                        + on + (d.issued() ? ", expires " + terms.expiresOn(on) : "")));
        return now;
    }

    /** Records the execution of an issued warrant while it is in force, with the exhibits seized. */
    @Transactional
    public LocalDate execute(Actor actor, long warrantId, Execution e) {
        WarrantRow w = forChange(actor, warrantId);
        switch (w.status()) {
            case APPLIED -> throw new Conflict(w.reference() + " has not been issued: it cannot be executed.");
            case REFUSED -> throw new Conflict(w.reference() + " was refused by the court: it cannot be executed.");
            case EXECUTED -> throw new Conflict(w.reference() + " was executed already: a warrant is executed once.");
            case RETURNED -> throw new Conflict(w.reference() + " was returned to the court: it cannot be executed.");
            case ISSUED -> {}
        }
        Instant now = clock.instant();
        Instant at = e.at() == null ? now : e.at();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInput("at", "The execution cannot be in the future.");
        }
        if (at.isAfter(now)) {
            at = now;
        }
        LocalDate executedOn = day(at);
        LocalDate expires = java.util.Objects.requireNonNull(w.expiresOn(), "an issued warrant expires");
        LocalDate issuedOn = java.util.Objects.requireNonNull(w.decidedOn(), "an issued warrant has its day");
        if (executedOn.isBefore(issuedOn)) {
            throw new InvalidInput("at", "It was issued on " + issuedOn + ": it cannot be executed before.");
        }
        if (!terms.executable(expires, executedOn)) {
            throw new Conflict(w.reference() + " expired on " + expires
                    + ": it can no longer be executed. Return it to the court and apply for a new warrant.");
        }
        Actor by = staff.worker(
                e.executedBy() == null || e.executedBy().isBlank() ? actor.username() : e.executedBy(), "executedBy");
        String found = Investigations.text(e.found(), "found", "what was found (or that nothing was)", 4000);
        Set<Long> ids = new LinkedHashSet<>(e.exhibitIds() == null ? List.of() : e.exhibitIds());
        ids.remove(null);
        if (ids.size() > MAX_EXHIBITS) {
            throw new InvalidInput("exhibitIds", "At most " + MAX_EXHIBITS + " exhibits are linked at once.");
        }
        Map<Long, ExhibitOnFile> seized = exhibits.found(actor, ids);
        Set<Long> crimes = new LinkedHashSet<>();
        investigations.crimes(w.investigationId()).forEach(c -> crimes.add(c.crimeId()));
        for (Long id : ids) {
            ExhibitOnFile x = seized.get(id);
            if (x == null) {
                throw new InvalidInput("exhibitIds", "There is no exhibit with id " + id + ".");
            }
            if (!crimes.contains(x.crimeId())) {
                throw new InvalidInput(
                        "exhibitIds",
                        x.reference() + " was not seized for a crime of " + w.investigationReference() + ".");
            }
        }
        LocalDate returnDue = terms.returnDueAfterExecution(executedOn);
        store.execute(warrantId, at, by.username(), found, actor.username(), returnDue);
        List<RecordRef> refs = new ArrayList<>(List.of(refs(w)));
        for (ExhibitOnFile x : seized.values()) {
            store.linkExhibit(warrantId, x.id(), x.reference());
            refs.add(RecordRef.of(RecordType.EXHIBIT, x.id()));
        }
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, refs.toArray(RecordRef[]::new))
                .withDetail("warrant " + w.reference() + " executed by " + by.username() + " on " + executedOn + ", "
                        + seized.size() + " exhibit(s) linked; return due " + returnDue));
        return returnDue;
    }

    /** Records the warrant's return to the court, executed or not. */
    @Transactional
    public void returned(Actor actor, long warrantId, Return r) {
        WarrantRow w = forChange(actor, warrantId);
        if (!w.status().outstanding()) {
            throw new Conflict(w.reference() + " is " + w.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ": only an issued or executed warrant is returned to the court.");
        }
        LocalDate on = pastDay(r.on(), "on", "the day it was returned to the court");
        if (w.decidedOn() != null && on.isBefore(w.decidedOn())) {
            throw new InvalidInput("on", "It was issued on " + w.decidedOn() + ": it was returned on or after.");
        }
        if (w.executedAt() != null && on.isBefore(day(w.executedAt()))) {
            throw new InvalidInput(
                    "on", "It was executed on " + day(w.executedAt()) + ": it was returned on or after.");
        }
        String note = Investigations.optionalText(r.note(), "note", 2000);
        store.returned(warrantId, on, actor.username(), note);
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, refs(w))
                .withDetail("warrant " + w.reference() + " returned to the court on " + on
                        + (w.executedAt() == null ? ", unexecuted" : "")));
    }

    private WarrantRow forChange(Actor actor, long warrantId) {
        WarrantRow w = store.find(warrantId).orElseThrow(() -> notFound(warrantId));
        try {
            access.open(actor, Permission.INVESTIGATION_WORK, w.investigationId(), false);
        } catch (RecordNotFound hidden) {
            throw notFound(warrantId);
        }
        return store.lock(warrantId).orElseThrow(() -> notFound(warrantId));
    }

    private LocalDate pastDay(@Nullable LocalDate on, String field, String what) {
        if (on == null) {
            throw new InvalidInput(field, "Give " + what + ".");
        }
        if (on.isAfter(day(clock.instant()))) {
            throw new InvalidInput(field, "The day cannot be in the future.");
        }
        return on;
    }

    private static RecordRef[] refs(WarrantRow w) {
        return new RecordRef[] {
            RecordRef.of(RecordType.WARRANT, w.id()), RecordRef.of(RecordType.INVESTIGATION, w.investigationId())
        };
    }

    static RecordNotFound notFound(long warrantId) {
        return new RecordNotFound(RecordRef.of(RecordType.WARRANT, warrantId));
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Deadline.ENGLAND_AND_WALES);
    }
}
