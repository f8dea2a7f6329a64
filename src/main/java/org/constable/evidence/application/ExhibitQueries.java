package org.constable.evidence.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.PersonCrimes;
import org.constable.evidence.domain.ContinuityChain;
import org.constable.evidence.domain.ContinuityFlag;
import org.constable.evidence.domain.Movement;
import org.constable.evidence.persistence.DigitalItemStore;
import org.constable.evidence.persistence.ExhibitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.ForceTime;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exhibits as people read them: the exhibit, its chain in words with what is flagged, its digital items. Every read audited. */
@Service
public class ExhibitQueries {

    public record Entry(
            int seq,
            String kind,
            String from,
            String to,
            String at,
            String sealSeen,
            @Nullable String authority,
            @Nullable String note,
            String recordedBy,
            boolean inError,
            List<String> flags) {}

    public record Digital(
            long id,
            String fileName,
            String mediaType,
            long size,
            long received,
            @Nullable String sha256,
            String status,
            boolean servable) {}

    public record ExhibitView(
            long id,
            String reference,
            long crimeId,
            String crimeReference,
            String description,
            String seizedBy,
            String seizedAt,
            String seizedWhere,
            String seal,
            @Nullable Long personId,
            @Nullable Long locationId,
            String heldBy,
            String heldAt,
            @Nullable Long storeId,
            String lastSeal,
            boolean ended,
            List<Entry> chain,
            List<String> flags,
            List<Digital> digital) {}

    public record ExhibitLine(
            long id,
            String reference,
            String crimeReference,
            String description,
            String where,
            int flags,
            boolean ended) {}

    private final ExhibitStore exhibits;
    private final DigitalItemStore digital;
    private final ExhibitAccess access;
    private final AccessPolicy policy;
    private final PersonCrimes crimes;
    private final AuditTrail audit;

    ExhibitQueries(
            ExhibitStore exhibits,
            DigitalItemStore digital,
            ExhibitAccess access,
            AccessPolicy policy,
            PersonCrimes crimes,
            AuditTrail audit) {
        this.exhibits = exhibits;
        this.digital = digital;
        this.access = access;
        this.policy = policy;
        this.crimes = crimes;
        this.audit = audit;
    }

    @Transactional
    public ExhibitView exhibit(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        ExhibitStore.ExhibitRow e = access.open(actor, Permission.EVIDENCE_READ, id);
        audit.record(
                AuditRecord.of(Operation.CONSULTATION, actor, purpose, ExhibitDesk.refs(id, e.crimeId(), e.personId()))
                        .withDetail("exhibit " + e.reference() + " and its continuity"));
        ContinuityChain chain = new ContinuityChain(e.seizure(), exhibits.movements(id));
        List<ContinuityFlag> flags = chain.flags();
        List<Entry> entries = new ArrayList<>();
        for (Movement m : chain.movements()) {
            entries.add(new Entry(
                    m.seq(),
                    m.kind().label(),
                    m.fromHolder() + " at " + m.fromPlace(),
                    m.toHolder() + " at " + m.toPlace(),
                    ForceTime.dateTime(m.at()),
                    m.sealSeen(),
                    m.authority(),
                    m.note(),
                    m.recordedBy(),
                    m.inError(),
                    flags.stream()
                            .filter(f -> f.seq() == m.seq())
                            .map(f -> f.kind().label() + ": " + f.words())
                            .toList()));
        }
        var where = chain.whereabouts();
        boolean mayDigital = policy.allows(actor, Permission.DIGITAL_EVIDENCE);
        return new ExhibitView(
                id,
                e.reference(),
                e.crimeId(),
                crimeReference(e.crimeId()),
                e.description(),
                e.seizedBy(),
                ForceTime.dateTime(e.seizedAt()),
                e.seizedWhere(),
                e.seal(),
                e.personId(),
                e.locationId(),
                where.holder(),
                where.place(),
                where.storeId(),
                chain.lastSeal(),
                chain.ended(),
                entries,
                flags.stream().map(f -> f.kind().label() + ": " + f.words()).toList(),
                mayDigital
                        ? digital.ofExhibit(id).stream()
                                .map(ExhibitQueries::digital)
                                .toList()
                        : List.of());
    }

    /** The latest exhibits the actor may see, with where each is now and how many flags its chain has. */
    @Transactional
    public List<ExhibitLine> recent(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.EVIDENCE_READ);
        List<ExhibitLine> lines = new ArrayList<>();
        List<RecordRef> read = new ArrayList<>();
        for (ExhibitStore.ExhibitRow e : exhibits.recent(200)) {
            if (!access.visible(actor, e)) {
                continue;
            }
            ContinuityChain chain = new ContinuityChain(e.seizure(), exhibits.movements(e.id()));
            var w = chain.whereabouts();
            lines.add(new ExhibitLine(
                    e.id(),
                    e.reference(),
                    crimeReference(e.crimeId()),
                    e.description(),
                    chain.ended()
                            ? java.util.Objects.requireNonNull(chain.ending())
                                    .kind()
                                    .label()
                            : w.holder() + " at " + w.place(),
                    chain.flags().size(),
                    chain.ended()));
            read.add(RecordRef.of(RecordType.EXHIBIT, e.id()));
        }
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, read.toArray(RecordRef[]::new))
                .withDetail("list of exhibits"));
        return lines;
    }

    String crimeReference(long crimeId) {
        return crimes.byId(crimeId).map(PersonCrimes.CrimeSummary::reference).orElse("crime " + crimeId);
    }

    static Digital digital(DigitalItemStore.ItemRow d) {
        return new Digital(
                d.id(),
                d.fileName(),
                d.mediaType(),
                d.declaredSize(),
                d.received(),
                d.sha256(),
                d.status().label(),
                d.status() == org.constable.evidence.domain.DigitalStatus.INTACT);
    }
}
