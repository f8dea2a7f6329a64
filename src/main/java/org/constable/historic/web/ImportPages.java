package org.constable.historic.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.constable.historic.application.ImportReports;
import org.constable.historic.application.ImportRunner;
import org.constable.historic.application.ImportUploads;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin page for the police.uk legacy import: name a folder (or file) in the import folder, or
 * upload files into it, start the import in the background, watch its progress (htmx polls while
 * it runs), leave and come back, and read the reconciliation report per file and the refused files.
 */
@Controller
class ImportPages {

    private final ImportRunner runner;
    private final ImportUploads uploads;
    private final ImportReports reports;
    private final CurrentActor actors;
    private final String maxFileSize;

    ImportPages(
            ImportRunner runner,
            ImportUploads uploads,
            ImportReports reports,
            CurrentActor actors,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
        this.runner = runner;
        this.uploads = uploads;
        this.reports = reports;
        this.actors = actors;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/admin/crime-import")
    @Guarded(Permission.CRIME_IMPORT)
    String form(Model model) {
        model.addAttribute("runs", reports.recentRuns(20));
        model.addAttribute("busy", runner.busy());
        model.addAttribute("importFolder", runner.importFolder());
        model.addAttribute("maxFileSize", maxFileSize);
        return "crime/import";
    }

    @PostMapping(path = "/admin/crime-import/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Guarded(Permission.CRIME_IMPORT)
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response) {
        List<ImportUploads.Upload> chosen = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty()
                                || f.getOriginalFilename() != null
                                        && !f.getOriginalFilename().isBlank())
                        .map(ImportPages::upload)
                        .toList();
        String saved;
        try {
            saved = uploads.save(actors.require(), chosen);
        } catch (InvalidInput | Conflict e) {
            return refused(model, response, userWords(e), null);
        }
        try {
            return "redirect:/admin/crime-import/runs/" + runner.start(actors.require(), saved);
        } catch (InvalidInput | Conflict e) {
            return refused(
                    model,
                    response,
                    "The files were saved in the import folder as " + saved + ", but not imported: " + e.getMessage(),
                    saved);
        }
    }

    /** A file over the size limit: said on the page, before anything is kept. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        return refused(
                model,
                response,
                "A file is larger than the upload limit of " + maxFileSize
                        + " per file; nothing was saved. Larger files can be copied into the import folder on the"
                        + " server and imported by name.",
                null);
    }

    private String refused(Model model, HttpServletResponse response, String message, @Nullable String path) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("uploadError", message);
        model.addAttribute("path", path);
        return form(model);
    }

    /** InvalidInput and Conflict always carry words for the user. */
    private static String userWords(RuntimeException e) {
        return Objects.requireNonNull(e.getMessage(), "a refusal for the user has words");
    }

    private static ImportUploads.Upload upload(MultipartFile f) {
        return new ImportUploads.Upload() {
            @Override
            public @Nullable String name() {
                return f.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return f.getInputStream();
            }
        };
    }

    @PostMapping("/admin/crime-import")
    @Guarded(Permission.CRIME_IMPORT)
    String start(@RequestParam(defaultValue = "") String path, Model model, HttpServletResponse response) {
        try {
            long runId = runner.start(actors.require(), path);
            return "redirect:/admin/crime-import/runs/" + runId;
        } catch (InvalidInput | Conflict e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("path", path);
            return form(model);
        }
    }

    @GetMapping("/admin/crime-import/runs/{id}")
    @Guarded(Permission.CRIME_IMPORT)
    String run(@PathVariable long id, Model model) {
        report(id, model);
        return "crime/import-run";
    }

    @GetMapping("/admin/crime-import/runs/{id}/report")
    @Guarded(Permission.CRIME_IMPORT)
    String report(@PathVariable long id, Model model) {
        ImportReports.Run run =
                reports.run(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CRIME_IMPORT_RUN, id)));
        List<ImportReports.File> files = reports.files(id);
        model.addAttribute("run", run);
        model.addAttribute("files", files);
        model.addAttribute(
                "refused", files.stream().filter(ImportReports.File::refused).toList());
        model.addAttribute("totals", Totals.of(files));
        model.addAttribute(
                "progress", runner.progress(id).filter(p -> !p.finished()).orElse(null));
        model.addAttribute("running", run.running());
        return "crime/import-run :: report";
    }

    /** The report's bottom line. */
    record Totals(long rowsRead, long imported, long merged, long rejected, long noLocation, long noCrimeId) {

        /** Over the files that were read to the end: a refused file's rows are refused with it. */
        static Totals of(List<ImportReports.File> all) {
            List<ImportReports.File> files =
                    all.stream().filter(f -> !f.refused()).toList();
            return new Totals(
                    files.stream().mapToLong(ImportReports.File::rowsRead).sum(),
                    files.stream().mapToLong(ImportReports.File::imported).sum(),
                    files.stream()
                            .mapToLong(ImportReports.File::mergedDuplicates)
                            .sum(),
                    files.stream().mapToLong(ImportReports.File::rejected).sum(),
                    files.stream()
                            .mapToLong(ImportReports.File::flaggedNoLocation)
                            .sum(),
                    files.stream()
                            .mapToLong(ImportReports.File::flaggedNoCrimeId)
                            .sum());
        }
    }
}
