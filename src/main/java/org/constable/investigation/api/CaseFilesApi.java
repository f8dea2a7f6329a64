package org.constable.investigation.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.CaseFileExports;
import org.constable.investigation.application.CaseFilePackageVerifier;
import org.constable.investigation.application.CaseFileQueries;
import org.constable.investigation.application.CaseFiles;
import org.constable.investigation.domain.CaseFilePackageKind;
import org.constable.investigation.persistence.CaseFileStore;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prosecution case files over REST (ADR 0085): start a version from an investigation, fill in the
 * draft, submit it, read it, export a submitted version as a signed package (a disclosure to the
 * named recipient), and verify a received package.
 */
@RestController
class CaseFilesApi {

    record Start(@Nullable Integer basedOn) {}

    record Summary(@Nullable String text) {}

    record ExportRequest(
            @Nullable CaseFilePackageKind kind, @Nullable String recipient) {}

    private final CaseFiles files;
    private final CaseFileQueries queries;
    private final CaseFileExports exports;
    private final CaseFilePackageVerifier verifier;
    private final CurrentActor actors;

    CaseFilesApi(
            CaseFiles files,
            CaseFileQueries queries,
            CaseFileExports exports,
            CaseFilePackageVerifier verifier,
            CurrentActor actors) {
        this.files = files;
        this.queries = queries;
        this.exports = exports;
        this.verifier = verifier;
        this.actors = actors;
    }

    @GetMapping("/api/v1/offences")
    @Guarded(Permission.CASE_FILE)
    List<CaseFileStore.Offence> offences() {
        return queries.offences(actors.require());
    }

    @PostMapping("/api/v1/investigations/{id}/case-files")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.CREATED)
    CaseFiles.Started start(@PathVariable long id, @RequestBody(required = false) @Nullable Start body) {
        return files.start(actors.require(), id, body == null ? null : body.basedOn());
    }

    @GetMapping("/api/v1/case-files/{id}")
    @Guarded(Permission.CASE_FILE)
    CaseFileQueries.CaseFileView caseFile(@PathVariable long id, @Purpose String purpose) {
        return queries.caseFile(actors.require(), id, purpose);
    }

    @PutMapping("/api/v1/case-files/{id}/summary")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void summary(@PathVariable long id, @RequestBody Summary body) {
        files.writeSummary(actors.require(), id, body.text());
    }

    @PostMapping("/api/v1/case-files/{id}/defendants")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void defendant(@PathVariable long id, @RequestBody CaseFiles.NewDefendant body) {
        files.addDefendant(actors.require(), id, body);
    }

    @PostMapping("/api/v1/case-files/{id}/charges")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void charge(@PathVariable long id, @RequestBody CaseFiles.NewCharge body) {
        files.addCharge(actors.require(), id, body);
    }

    @PostMapping("/api/v1/case-files/{id}/witnesses")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void witness(@PathVariable long id, @RequestBody CaseFiles.NewWitness body) {
        files.addWitness(actors.require(), id, body);
    }

    @PostMapping("/api/v1/case-files/{id}/unused-material")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unused(@PathVariable long id, @RequestBody CaseFiles.NewUnusedItem body) {
        files.addUnused(actors.require(), id, body);
    }

    @PostMapping("/api/v1/case-files/{id}/submission")
    @Guarded(Permission.CASE_FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submit(@PathVariable long id) {
        files.submit(actors.require(), id);
    }

    /** The package as a zip: a disclosure to the recipient, for the purpose given. */
    // no produces/consumes on these two: a caller without CASE_FILE gets 403 whatever it accepts or sends
    @PostMapping("/api/v1/case-files/{id}/exports")
    @Guarded(Permission.CASE_FILE)
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestBody ExportRequest body, @Purpose String purpose) {
        CaseFileExports.Package p = exports.export(actors.require(), id, body.kind(), body.recipient(), purpose);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(p.fileName())
                                .build()
                                .toString())
                .header("X-Manifest-SHA256", p.manifestSha256())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(p.bytes());
    }

    /** Verifies a package sent as the request body (the zip's bytes), against the store too. */
    @PostMapping("/api/v1/case-file-verifications")
    @Guarded(Permission.CASE_FILE)
    CaseFilePackageVerifier.Verification verify(InputStream body) {
        try (InputStream in = body) {
            return verifier.verify(in, null, true, actors.require().username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
