package org.constable.investigation.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.investigation.domain.CaseFileContent;
import org.constable.investigation.domain.DisclosureSchedule;
import org.constable.investigation.persistence.CaseFileStore;
import org.constable.investigation.persistence.CaseFileStore.VersionRow;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.ForceTime;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case files as people read them: a version with its parts, the versions of an investigation, the offences. Every read audited. */
@Service
public class CaseFileQueries {

    public record VersionLine(
            long id,
            int version,
            String status,
            String started,
            @Nullable String submitted) {}

    public record Export(String kind, String recipient, String exportedBy, String exportedAt, String manifestSha256) {}

    public record CaseFileView(
            long id,
            long investigationId,
            String investigationReference,
            String investigationTitle,
            int version,
            @Nullable Integer basedOn,
            boolean submitted,
            String status,
            String startedBy,
            String startedAt,
            @Nullable String submittedBy,
            @Nullable String submittedAt,
            CaseFileContent content,
            List<CaseFileContent.UnusedMaterial> nonSensitiveSchedule,
            List<CaseFileContent.UnusedMaterial> sensitiveSchedule,
            boolean evidenceListLive,
            List<Export> exports,
            List<VersionLine> versions) {}

    public record Versions(
            long investigationId, String investigationReference, String title, List<VersionLine> versions) {}

    private final CaseFileStore files;
    private final CaseFileAccess access;
    private final CaseFileEvidenceList evidence;
    private final AuditTrail audit;

    CaseFileQueries(CaseFileStore files, CaseFileAccess access, CaseFileEvidenceList evidence, AuditTrail audit) {
        this.files = files;
        this.access = access;
        this.evidence = evidence;
        this.audit = audit;
    }

    /** A version with its parts; a draft shows the evidence list as it is now, a submitted one as it was submitted. */
    @Transactional
    public CaseFileView caseFile(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        CaseFileAccess.Opened o = access.open(actor, id, false);
        VersionRow f = o.file();
        CaseFileContent content =
                f.submitted() ? f.content() : f.content().withEvidence(evidence.of(actor, f.investigationId()));
        List<RecordRef> refs = new ArrayList<>(List.of(
                RecordRef.of(RecordType.CASE_FILE, id), RecordRef.of(RecordType.INVESTIGATION, f.investigationId())));
        content.defendants().stream()
                .filter(d -> d.personId() != null)
                .forEach(d -> refs.add(RecordRef.of(RecordType.PERSON, d.personId())));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, refs.toArray(RecordRef[]::new))
                .withDetail("case file for " + o.investigation().reference() + " version " + f.version()));
        return new CaseFileView(
                id,
                f.investigationId(),
                o.investigation().reference(),
                o.investigation().title(),
                f.version(),
                f.basedOn(),
                f.submitted(),
                f.submitted() ? "Submitted: never changes" : "Draft",
                f.startedBy(),
                ForceTime.dateTime(f.startedAt()),
                f.submittedBy(),
                f.submittedAt() == null ? null : ForceTime.dateTime(f.submittedAt()),
                content,
                content.schedule(DisclosureSchedule.NON_SENSITIVE),
                content.schedule(DisclosureSchedule.SENSITIVE),
                !f.submitted(),
                files.exports(id).stream()
                        .map(e -> new Export(
                                e.kind().label(),
                                e.recipient(),
                                e.exportedBy(),
                                ForceTime.dateTime(e.exportedAt()),
                                e.manifestSha256()))
                        .toList(),
                lines(f.investigationId()));
    }

    /** The versions of an investigation's case file, newest last. */
    @Transactional(readOnly = true)
    public Versions versions(Actor actor, long investigationId) {
        InvestigationRow inv = access.investigation(actor, investigationId);
        return new Versions(investigationId, inv.reference(), inv.title(), lines(investigationId));
    }

    @Transactional(readOnly = true)
    public List<CaseFileStore.Offence> offences(Actor actor) {
        access.requireCaseFiles(actor);
        return files.offences();
    }

    private List<VersionLine> lines(long investigationId) {
        return files.ofInvestigation(investigationId).stream()
                .map(v -> new VersionLine(
                        v.id(),
                        v.version(),
                        v.submitted() ? "Submitted" : "Draft",
                        ForceTime.dateTime(v.startedAt()),
                        v.submittedAt() == null ? null : ForceTime.dateTime(v.submittedAt())))
                .toList();
    }
}
