package org.constable.crime.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CancellationGround;
import org.constable.crime.CrimeRole;
import org.constable.crime.CrimeStatus;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.ChangeRequestStatus;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.CrimeHistoryEntry;
import org.constable.crime.persistence.ChangeRequestStore;
import org.constable.crime.persistence.ClassificationStore;
import org.constable.crime.persistence.CrimeRow;
import org.constable.crime.persistence.CrimeStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.RestrictedParts;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading crimes: a crime names victims, suspects and witnesses, so every opening is audited with its purpose. */
@Service
public class CrimeViews {

    /**
     * A crime as its reader may see it: a restricted place or party is withheld (place text
     * "Restricted location", no point or location id; party "Restricted person", no person id)
     * unless the reader may open the record it comes from.
     */
    public record CrimeView(
            CrimeFacts crime,
            Classification classification,
            List<Party> parties,
            List<Long> incidents,
            List<CrimeHistoryEntry> history,
            List<ChangeRequestLine> requests,
            List<OutcomeLine> outcomes,
            boolean placeRestricted) {}

    /** The current version of a crime as its reader may see it (earlier versions are in its history). */
    public record CrimeFacts(
            long id,
            String reference,
            String classificationCode,
            int classificationVersion,
            Instant occurredFrom,
            Instant occurredTo,
            Instant reportedAt,
            Instant recordedAt,
            String recordedBy,
            String officerInCharge,
            @Nullable Long sourceIncidentId,
            String locationText,
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude,
            String modusOperandi,
            String narrative,
            CrimeStatus status,
            int version) {

        static CrimeFacts of(CrimeRow c) {
            return new CrimeFacts(
                    c.id(),
                    c.reference(),
                    c.classificationCode(),
                    c.classificationVersion(),
                    c.occurredFrom(),
                    c.occurredTo(),
                    c.reportedAt(),
                    c.recordedAt(),
                    c.recordedBy(),
                    c.officerInCharge(),
                    c.sourceIncidentId(),
                    c.locationText(),
                    c.locationId(),
                    c.latitude(),
                    c.longitude(),
                    c.modusOperandi(),
                    c.narrative(),
                    c.status(),
                    c.version());
        }

        public boolean cancelled() {
            return status == CrimeStatus.CANCELLED;
        }
    }

    /** A re-classification or cancellation asked of the crime registrar, and its decision. */
    public record ChangeRequestLine(
            long id,
            long crimeId,
            ChangeKind kind,
            @Nullable String newCode,
            @Nullable CancellationGround ground,
            String reason,
            String requestedBy,
            Instant requestedAt,
            ChangeRequestStatus status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {

        static ChangeRequestLine of(ChangeRequestStore.ChangeRequest r) {
            return new ChangeRequestLine(
                    r.id(),
                    r.crimeId(),
                    r.kind(),
                    r.newCode(),
                    r.ground(),
                    r.reason(),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.status(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.decisionNote());
        }

        public boolean pending() {
            return status == ChangeRequestStatus.PENDING;
        }
    }

    /** A Home Office outcome recorded for the crime; {@code title} is its type's title, the words users read. */
    public record OutcomeLine(
            String outcomeType,
            String title,
            LocalDate decidedOn,
            String decidedBy,
            Instant recordedAt,
            String recordedBy,
            @Nullable String note) {

        static OutcomeLine of(ChangeRequestStore.Outcome o) {
            return new OutcomeLine(
                    o.outcomeType(), o.title(), o.decidedOn(), o.decidedBy(), o.recordedAt(), o.recordedBy(), o.note());
        }
    }

    /** A Home Office outcome type: the code an outcome is recorded with, and its title. */
    public record OutcomeType(String code, String title) {}

    /** A victim, suspect or witness; {@code personId} is null when the person is withheld. */
    public record Party(@Nullable Long personId, CrimeRole role, boolean vulnerableOrIntimidated, boolean withheld) {
        public String label() {
            return withheld ? RestrictedParts.RESTRICTED_PERSON : "person " + personId;
        }
    }

    public record CrimeLine(
            long id,
            String reference,
            String classificationCode,
            CrimeStatus status,
            Instant recordedAt,
            String officerInCharge) {}

    private final CrimeStore crimes;
    private final ChangeRequestStore requests;
    private final ClassificationStore classifications;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final RestrictedParts parts;

    public CrimeViews(
            CrimeStore crimes,
            ChangeRequestStore requests,
            ClassificationStore classifications,
            AccessPolicy policy,
            AuditTrail audit,
            RestrictedParts parts) {
        this.parts = parts;
        this.crimes = crimes;
        this.requests = requests;
        this.classifications = classifications;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public CrimeView open(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.CRIME_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        CrimeRow c = crimes.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CRIME, id)));
        RestrictedParts.Shown place = parts.place(actor, c.locationId());
        List<CrimeStore.Party> stored = crimes.parties(id);
        RestrictedParts.Verdicts people = parts.persons(
                actor, stored.stream().map(CrimeStore.Party::personId).toList());
        List<Party> shownParties = stored.stream()
                .map(p -> {
                    boolean withheld = people.of(p.personId()).withheld();
                    return new Party(withheld ? null : p.personId(), p.role(), p.vulnerableOrIntimidated(), withheld);
                })
                .toList();
        List<RecordRef> read = new ArrayList<>(List.of(RecordRef.of(RecordType.CRIME, id)));
        if (place.restricted() && !place.withheld()) {
            read.add(RecordRef.of(
                    RecordType.LOCATION,
                    Objects.requireNonNull(c.locationId(), "only a known location can be restricted")));
        }
        shownParties.stream()
                .filter(p -> !p.withheld())
                .forEach(p -> read.add(RecordRef.of(
                        RecordType.PERSON,
                        Objects.requireNonNull(p.personId(), "a party not withheld is shown with its id"))));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                read,
                purpose,
                null,
                org.constable.audit.Outcome.SUCCEEDED,
                null));
        return new CrimeView(
                CrimeFacts.of(
                        place.withheld() ? c.withPlace(RestrictedParts.placeText(place, c.locationText(), null)) : c),
                classifications
                        .version(c.classificationCode(), c.classificationVersion())
                        .orElseThrow(),
                shownParties,
                crimes.incidents(id),
                crimes.history(id),
                requests.of(id).stream().map(ChangeRequestLine::of).toList(),
                requests.outcomes(id).stream().map(OutcomeLine::of).toList(),
                place.restricted());
    }

    /** Recent crimes by reference and classification only (no one is named). */
    @Transactional(readOnly = true)
    public List<CrimeLine> recent(Actor actor, int limit) {
        policy.require(actor, Permission.CRIME_READ);
        return crimes.recent(limit).stream()
                .map(c -> new CrimeLine(
                        c.id(), c.reference(), c.classificationCode(), c.status(), c.recordedAt(), c.officerInCharge()))
                .toList();
    }

    /** The change requests waiting for a registrar; their reasons may name people, so reading them is audited. */
    @Transactional
    public List<ChangeRequestLine> pendingRequests(Actor actor, String purpose) {
        policy.require(actor, Permission.CRIME_REGISTRAR_DECIDE);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        List<ChangeRequestLine> pending =
                requests.pending().stream().map(ChangeRequestLine::of).toList();
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                pending.stream()
                        .map(r -> RecordRef.of(RecordType.CRIME, r.crimeId()))
                        .distinct()
                        .toList(),
                purpose,
                null,
                org.constable.audit.Outcome.SUCCEEDED,
                "pending crime change requests"));
        return pending;
    }

    @Transactional(readOnly = true)
    public List<Classification> classifications(Actor actor, @Nullable String query) {
        policy.require(actor, Permission.CRIME_READ);
        return query == null || query.isBlank() ? classifications.current() : classifications.search(query);
    }

    @Transactional(readOnly = true)
    public List<OutcomeType> outcomeTypes(Actor actor) {
        policy.require(actor, Permission.CRIME_READ);
        return classifications.outcomeTypes().stream()
                .map(t -> new OutcomeType(t.code(), t.title()))
                .toList();
    }
}
