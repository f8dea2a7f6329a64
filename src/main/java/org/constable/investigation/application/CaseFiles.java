package org.constable.investigation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.investigation.domain.CaseFileContent;
import org.constable.investigation.domain.DisclosureSchedule;
import org.constable.investigation.domain.RelevanceDecision;
import org.constable.investigation.persistence.CaseFileStore;
import org.constable.investigation.persistence.CaseFileStore.VersionRow;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.people.PoleDirectory;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building a prosecution case file (ADR 0085): a version started from the investigation (or from a
 * submitted version), filled in while it is a draft, and submitted, after which it never changes.
 * Each change asks the case file access, is audited in its transaction, and refuses bad input
 * changing nothing.
 */
@Service
public class CaseFiles {

    static final int TEXT_MAX = 4000;
    static final int STATEMENT_MAX = 100_000;

    public record Started(long id, int version) {}

    public record NewDefendant(
            @Nullable String name,
            @Nullable LocalDate dateOfBirth,
            @Nullable String address,
            @Nullable Long personId) {}

    public record NewCharge(
            @Nullable Integer defendant,
            @Nullable String offenceCode,
            @Nullable String particulars) {}

    public record NewWitness(
            @Nullable String name,
            @Nullable String role,
            @Nullable String statement) {}

    public record NewUnusedItem(
            @Nullable DisclosureSchedule schedule,
            @Nullable String description,
            @Nullable RelevanceDecision decision,
            @Nullable String reason) {}

    private final CaseFileStore files;
    private final CaseFileAccess access;
    private final CaseFileEvidenceList evidence;
    private final PoleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    CaseFiles(
            CaseFileStore files,
            CaseFileAccess access,
            CaseFileEvidenceList evidence,
            PoleDirectory people,
            AuditTrail audit,
            Clock clock) {
        this.files = files;
        this.access = access;
        this.evidence = evidence;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts the next version for an investigation: empty for the first, otherwise a copy of the
     * submitted version named by {@code basedOn} (the latest submitted when not named). Only one
     * draft at a time.
     */
    @Transactional
    public Started start(Actor actor, long investigationId, @Nullable Integer basedOn) {
        InvestigationRow inv = access.investigation(actor, investigationId);
        List<VersionRow> versions = files.ofInvestigation(investigationId);
        for (VersionRow v : versions) {
            if (!v.submitted()) {
                throw new Conflict("Version " + v.version() + " of the case file for " + inv.reference()
                        + " is still a draft: finish or submit it before starting another.");
            }
        }
        CaseFileContent content = CaseFileContent.empty();
        Integer base = null;
        if (basedOn != null) {
            VersionRow from = versions.stream()
                    .filter(v -> v.version() == basedOn)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            "basedOn",
                            "There is no version " + basedOn + " of the case file for " + inv.reference() + "."));
            content = from.content();
            base = from.version();
        } else if (!versions.isEmpty()) {
            VersionRow last = versions.get(versions.size() - 1);
            content = last.content();
            base = last.version();
        }
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        long id;
        try {
            id = files.insert(investigationId, version, base, content, actor.username(), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new Conflict("Another version of the case file for " + inv.reference() + " was started meanwhile.");
        }
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.CASE_FILE, id),
                        RecordRef.of(RecordType.INVESTIGATION, investigationId))
                .withDetail("case file for " + inv.reference() + " version " + version + " started"
                        + (base == null ? "" : " from version " + base)));
        return new Started(id, version);
    }

    @Transactional
    public void writeSummary(Actor actor, long id, @Nullable String text) {
        String summary = Investigations.text(text, "summary", "the case summary", STATEMENT_MAX);
        change(actor, id, "case summary written", c -> c.withSummary(summary));
    }

    @Transactional
    public void addDefendant(Actor actor, long id, NewDefendant d) {
        String name = Investigations.text(d.name(), "name", "the defendant's name", 200);
        String address = Investigations.optionalText(d.address(), "address", 500);
        if (d.dateOfBirth() != null && d.dateOfBirth().isAfter(LocalDate.now(clock.withZone(ForceTime.ZONE)))) {
            throw new InvalidInput("dateOfBirth", "A date of birth cannot be in the future.");
        }
        if (d.personId() != null && !people.personVisible(actor, d.personId())) {
            throw new InvalidInput("personId", "There is no person with id " + d.personId() + " you may name.");
        }
        change(
                actor,
                id,
                "defendant added",
                c -> c.with(new CaseFileContent.Defendant(name, d.dateOfBirth(), address, d.personId())));
    }

    @Transactional
    public void addCharge(Actor actor, long id, NewCharge ch) {
        String code =
                Investigations.text(ch.offenceCode(), "offenceCode", "the offence (from the list of offences)", 50);
        var offence = files.offence(code)
                .orElseThrow(() ->
                        new InvalidInput("offenceCode", "There is no offence " + code + " in the list of offences."));
        String particulars =
                Investigations.text(ch.particulars(), "particulars", "the particulars of the offence", TEXT_MAX);
        if (ch.defendant() == null) {
            throw new InvalidInput("defendant", "Name the defendant charged, by their number in the list.");
        }
        int defendant = ch.defendant();
        change(actor, id, "charge laid", c -> {
            if (defendant < 1 || defendant > c.defendants().size()) {
                throw new InvalidInput(
                        "defendant",
                        c.defendants().isEmpty()
                                ? "Add the defendant before charging them."
                                : "Name a defendant from 1 to " + c.defendants().size() + ".");
            }
            return c.with(new CaseFileContent.Charge(
                    defendant, offence.code(), offence.wording(), offence.legislation(), particulars));
        });
    }

    @Transactional
    public void addWitness(Actor actor, long id, NewWitness w) {
        String name = Investigations.text(w.name(), "name", "the witness's name", 200);
        String role = Investigations.text(w.role(), "role", "who the witness is (victim, eyewitness, officer...)", 200);
        String statement = Investigations.text(w.statement(), "statement", "the witness's statement", STATEMENT_MAX);
        change(
                actor,
                id,
                "witness and statement added",
                c -> c.with(new CaseFileContent.Witness(name, role, statement)));
    }

    @Transactional
    public void addUnused(Actor actor, long id, NewUnusedItem u) {
        if (u.schedule() == null) {
            throw new InvalidInput("schedule", "Choose the schedule: NON_SENSITIVE or SENSITIVE.");
        }
        String description =
                Investigations.text(u.description(), "description", "a description of the material", TEXT_MAX);
        if (u.decision() == null) {
            throw new InvalidInput(
                    "decision",
                    "Record the relevance decision: MEETS_TEST, DOES_NOT_MEET_TEST or FOR_PROSECUTOR_TO_DECIDE.");
        }
        String reason = Investigations.optionalText(u.reason(), "reason", TEXT_MAX);
        DisclosureSchedule schedule = u.schedule();
        RelevanceDecision decision = u.decision();
        change(
                actor,
                id,
                "unused material listed on the " + schedule.label(),
                c -> c.with(new CaseFileContent.UnusedMaterial(
                        schedule, description, decision, reason == null ? "" : reason)));
    }

    /**
     * Submits the draft: the evidence list is taken from the evidence module now (each exhibit's
     * media with its SHA-256), and from then on the version never changes.
     */
    @Transactional
    public void submit(Actor actor, long id) {
        CaseFileAccess.Opened o = access.open(actor, id, true);
        VersionRow f = draft(o);
        List<InvalidInput.FieldError> missing = new ArrayList<>();
        if (f.content().defendants().isEmpty()) {
            missing.add(new InvalidInput.FieldError("defendants", "A case file needs at least one defendant."));
        }
        if (f.content().charges().isEmpty()) {
            missing.add(new InvalidInput.FieldError("charges", "A case file needs at least one charge."));
        }
        if (f.content().summary().isBlank()) {
            missing.add(new InvalidInput.FieldError("summary", "Write the case summary."));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        CaseFileContent content =
                f.content().withEvidence(evidence.of(actor, o.investigation().id()));
        files.submit(id, content, actor.username(), clock.instant());
        List<RecordRef> refs = new ArrayList<>(List.of(
                RecordRef.of(RecordType.CASE_FILE, id), RecordRef.of(RecordType.INVESTIGATION, f.investigationId())));
        content.evidence().forEach(e -> refs.add(RecordRef.of(RecordType.EXHIBIT, e.exhibitId())));
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, refs.toArray(RecordRef[]::new))
                .withDetail("case file for " + o.investigation().reference() + " version " + f.version()
                        + " submitted with " + content.evidence().size() + " exhibits and "
                        + content.media().size()
                        + " media items on its evidence list"));
    }

    private void change(Actor actor, long id, String what, UnaryOperator<CaseFileContent> change) {
        CaseFileAccess.Opened o = access.open(actor, id, true);
        VersionRow f = draft(o);
        files.write(id, f.revision(), change.apply(f.content()));
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.CASE_FILE, id),
                        RecordRef.of(RecordType.INVESTIGATION, f.investigationId()))
                .withDetail(
                        "case file for " + o.investigation().reference() + " version " + f.version() + ": " + what));
    }

    /** The version, if it is still a draft; a submitted version is refused with the reason in words. */
    static VersionRow draft(CaseFileAccess.Opened o) {
        VersionRow f = o.file();
        if (f.submitted()) {
            throw new Conflict("Version " + f.version() + " of the case file for "
                    + o.investigation().reference()
                    + " was submitted" + (f.submittedAt() == null ? "" : " on " + ForceTime.dateTime(f.submittedAt()))
                    + " by " + f.submittedBy() + ": a submitted version never changes. Start a new version from it.");
        }
        return f;
    }
}
