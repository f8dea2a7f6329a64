package org.constable.investigation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.CaseFileExports;
import org.constable.investigation.application.CaseFilePackageVerifier;
import org.constable.investigation.application.CaseFileQueries;
import org.constable.investigation.application.CaseFiles;
import org.constable.investigation.domain.CaseFilePackageKind;
import org.constable.investigation.domain.DisclosureSchedule;
import org.constable.investigation.domain.RelevanceDecision;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case file pages (ADR 0085): an investigation's versions, one version with its forms while it
 * is a draft, the export of a submitted version (a download, recorded as a disclosure) and the check
 * of a received package. A refused form comes back with the words of the refusal.
 */
@Controller
class CaseFilePages {

    static final String PURPOSE = "Case file preparation";

    private final CaseFiles files;
    private final CaseFileQueries queries;
    private final CaseFileExports exports;
    private final CaseFilePackageVerifier verifier;
    private final CurrentActor actors;

    CaseFilePages(
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

    @GetMapping("/investigations/{id}/case-files")
    @Guarded(Permission.CASE_FILE)
    String versions(@PathVariable long id, Model model) {
        model.addAttribute("versions", queries.versions(actors.require(), id));
        return "investigation/case-files";
    }

    @PostMapping("/investigations/{id}/case-files")
    @Guarded(Permission.CASE_FILE)
    String start(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            return "redirect:/case-files/"
                    + files.start(actors.require(), id, null).id();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return versions(id, model);
        }
    }

    @GetMapping("/case-files/{id}")
    @Guarded(Permission.CASE_FILE)
    String caseFile(@PathVariable long id, Model model) {
        model.addAttribute("file", queries.caseFile(actors.require(), id, PURPOSE));
        model.addAttribute("offences", queries.offences(actors.require()));
        model.addAttribute("schedules", DisclosureSchedule.values());
        model.addAttribute("decisions", RelevanceDecision.values());
        model.addAttribute("kinds", CaseFilePackageKind.values());
        return "investigation/case-file";
    }

    @PostMapping("/case-files/{id}/summary")
    @Guarded(Permission.CASE_FILE)
    String summary(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            Model model,
            HttpServletResponse response) {
        return on(id, model, response, () -> files.writeSummary(actors.require(), id, text));
    }

    @PostMapping("/case-files/{id}/defendants")
    @Guarded(Permission.CASE_FILE)
    String defendant(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String dateOfBirth,
            @RequestParam(required = false) String address,
            Model model,
            HttpServletResponse response) {
        return on(
                id,
                model,
                response,
                () -> files.addDefendant(
                        actors.require(), id, new CaseFiles.NewDefendant(name, day(dateOfBirth), address, null)));
    }

    @PostMapping("/case-files/{id}/charges")
    @Guarded(Permission.CASE_FILE)
    String charge(
            @PathVariable long id,
            @RequestParam(required = false) Integer defendant,
            @RequestParam(required = false) String offenceCode,
            @RequestParam(required = false) String particulars,
            Model model,
            HttpServletResponse response) {
        return on(
                id,
                model,
                response,
                () -> files.addCharge(
                        actors.require(), id, new CaseFiles.NewCharge(defendant, offenceCode, particulars)));
    }

    @PostMapping("/case-files/{id}/witnesses")
    @Guarded(Permission.CASE_FILE)
    String witness(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String statement,
            Model model,
            HttpServletResponse response) {
        return on(
                id,
                model,
                response,
                () -> files.addWitness(actors.require(), id, new CaseFiles.NewWitness(name, role, statement)));
    }

    @PostMapping("/case-files/{id}/unused-material")
    @Guarded(Permission.CASE_FILE)
    String unused(
            @PathVariable long id,
            @RequestParam(required = false) DisclosureSchedule schedule,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) RelevanceDecision decision,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        return on(
                id,
                model,
                response,
                () -> files.addUnused(
                        actors.require(), id, new CaseFiles.NewUnusedItem(schedule, description, decision, reason)));
    }

    @PostMapping("/case-files/{id}/submission")
    @Guarded(Permission.CASE_FILE)
    String submit(@PathVariable long id, Model model, HttpServletResponse response) {
        return on(id, model, response, () -> files.submit(actors.require(), id));
    }

    /** The package as a download; a refusal comes back on the case file's page. */
    @PostMapping("/case-files/{id}/exports")
    @Guarded(Permission.CASE_FILE)
    Object export(
            @PathVariable long id,
            @RequestParam(required = false) CaseFilePackageKind kind,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String purpose,
            Model model,
            HttpServletResponse response) {
        try {
            var p = exports.export(
                    actors.require(), id, kind, recipient, purpose == null || purpose.isBlank() ? PURPOSE : purpose);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/zip"))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(p.fileName())
                                    .build()
                                    .toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(p.bytes());
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return caseFile(id, model);
        }
    }

    @GetMapping("/case-files/verification")
    @Guarded(Permission.CASE_FILE)
    String verification() {
        return "investigation/case-file-verification";
    }

    @PostMapping("/case-files/verification")
    @Guarded(Permission.CASE_FILE)
    String verify(
            @RequestParam(name = "package", required = false) @Nullable MultipartFile pkg,
            Model model,
            HttpServletResponse response) {
        if (pkg == null || pkg.isEmpty()) {
            refused(new InvalidInput("package", "Choose the package (the .zip file) to verify."), model, response);
            return "investigation/case-file-verification";
        }
        try (InputStream in = pkg.getInputStream()) {
            model.addAttribute(
                    "result", verifier.verify(in, null, true, actors.require().username()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "investigation/case-file-verification";
    }

    private String on(long id, Model model, HttpServletResponse response, Runnable change) {
        try {
            change.run();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return caseFile(id, model);
        }
        return "redirect:/case-files/" + id;
    }

    private static void refused(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(
                e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", e.getMessage());
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("dateOfBirth", "Give the date of birth as a date, e.g. 1990-04-01.");
        }
    }
}
