package org.constable.investigation.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.DocumentSeal;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.investigation.domain.CaseFileContent;
import org.constable.investigation.domain.CaseFileManifest;
import org.constable.investigation.domain.CaseFilePackageKind;
import org.constable.investigation.persistence.CaseFileStore;
import org.constable.investigation.persistence.CaseFileStore.VersionRow;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exporting a submitted case file version as a package (ADR 0085, 0086): a zip holding the PDF, the
 * structured JSON, the manifest of SHA-256 hashes of both files and of every media item listed, and
 * the manifest's signature with the audit key. A package carries what its kind allows: the
 * prosecution file with the non-sensitive schedule, or the sensitive schedule alone. Every export
 * is a DISCLOSURE audit entry naming the recipient, in the same transaction as the export's record.
 */
@Service
public class CaseFileExports {

    /** The use the manifest signature is made for: a signature for anything else never passes here. */
    public static final String SIGNATURE_USE = "case-file-manifest";

    public static final String PDF = "case-file.pdf";
    public static final String JSON = "case-file.json";

    public record Package(String fileName, byte[] bytes, String manifestSha256) {}

    /** The structured file, as the JSON in the package says it. */
    public record Document(
            String format,
            String investigation,
            String title,
            int version,
            String submittedAt,
            String submittedBy,
            String packageKind,
            String exportedAt,
            String recipient,
            CaseFileContent content) {}

    private final CaseFileStore files;
    private final CaseFileAccess access;
    private final DocumentSeal seal;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    CaseFileExports(
            CaseFileStore files,
            CaseFileAccess access,
            DocumentSeal seal,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.files = files;
        this.access = access;
        this.seal = seal;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Package export(
            Actor actor, long id, @Nullable CaseFilePackageKind kind, @Nullable String recipient, String purpose) {
        AuditRecord.requirePurpose(purpose, Operation.DISCLOSURE);
        if (kind == null) {
            throw new InvalidInput("kind", "Choose the package: PROSECUTION_FILE or SENSITIVE_SCHEDULE.");
        }
        String to = Investigations.text(recipient, "recipient", "the recipient (such as the CPS area and lawyer)", 200);
        CaseFileAccess.Opened o = access.open(actor, id, false);
        VersionRow f = o.file();
        if (!f.submitted()) {
            throw new Conflict("Version " + f.version() + " of the case file for "
                    + o.investigation().reference()
                    + " is a draft: only a submitted version, which never changes, is exported.");
        }
        Instant now = clock.instant();
        CaseFileContent carried = kind.carried(f.content());
        CaseFilePdf.Cover cover = new CaseFilePdf.Cover(
                o.investigation().reference(),
                o.investigation().title(),
                f.version(),
                ForceTime.dateTime(Objects.requireNonNull(f.submittedAt())),
                ForceTime.dateTime(now),
                to);
        Document document = new Document(
                "constable-case-file/1",
                o.investigation().reference(),
                o.investigation().title(),
                f.version(),
                Objects.requireNonNull(f.submittedAt()).toString(),
                Objects.requireNonNull(f.submittedBy()),
                kind.name(),
                now.toString(),
                to,
                carried);
        Package p = build(cover, document, kind, carried);
        files.exported(id, kind, to, actor.username(), now, p.manifestSha256());
        List<RecordRef> refs = new ArrayList<>(List.of(
                RecordRef.of(RecordType.CASE_FILE, id), RecordRef.of(RecordType.INVESTIGATION, f.investigationId())));
        carried.defendants().stream()
                .filter(d -> d.personId() != null)
                .forEach(d -> refs.add(RecordRef.of(RecordType.PERSON, d.personId())));
        carried.media().forEach(m -> refs.add(RecordRef.of(RecordType.DIGITAL_EVIDENCE, m.id())));
        audit.record(new AuditRecord(
                Operation.DISCLOSURE,
                actor.username(),
                actor.rolesText(),
                refs,
                purpose,
                to,
                org.constable.audit.Outcome.SUCCEEDED,
                "case file for " + o.investigation().reference() + " version " + f.version() + " exported: "
                        + kind.label() + "; manifest SHA-256 " + p.manifestSha256()));
        return p;
    }

    /** Builds the package bytes; the manifest lists both files and every media item the package names. */
    Package build(CaseFilePdf.Cover cover, Document document, CaseFilePackageKind kind, CaseFileContent carried) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
        CaseFilePdf.write(cover, kind, carried, pdf);
        byte[] jsonBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        Map<String, String> header = new LinkedHashMap<>();
        header.put("case-file", cover.reference() + " version " + cover.version());
        header.put("package", kind.name());
        header.put("recipient", cover.recipient());
        header.put("exported", document.exportedAt());
        CaseFileManifest manifest = new CaseFileManifest(
                header,
                List.of(
                        new CaseFileManifest.Line(CaseFileManifest.sha256(pdf.toByteArray()), PDF),
                        new CaseFileManifest.Line(CaseFileManifest.sha256(jsonBytes), JSON)),
                carried.media().stream()
                        .map(m ->
                                new CaseFileManifest.Line(m.sha256(), CaseFileManifest.mediaName(m.id(), m.fileName())))
                        .toList());
        byte[] manifestBytes = manifest.bytes();
        String signature = DocumentSeal.ALGORITHM + " " + seal.sign(SIGNATURE_USE, manifestBytes) + "\n";
        ByteArrayOutputStream zip = new ByteArrayOutputStream(pdf.size() + jsonBytes.length + 4096);
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            entry(z, PDF, pdf.toByteArray());
            entry(z, JSON, jsonBytes);
            entry(z, CaseFileManifest.FILE_NAME, manifestBytes);
            entry(z, CaseFileManifest.SIGNATURE_NAME, signature.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = cover.reference().replaceAll("[^A-Za-z0-9-]", "_") + "-v" + cover.version() + "-"
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".zip";
        return new Package(name, zip.toByteArray(), CaseFileManifest.sha256(manifestBytes));
    }

    private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }
}
