package org.constable.crime.legacy.web;

import java.util.List;
import org.constable.crime.legacy.application.ImportRunner;
import org.constable.crime.legacy.persistence.ImportLedger;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin page for the police.uk legacy import: give a folder on the server, start the import in
 * the background, watch its progress (htmx polls while it runs), leave and come back, and read the
 * reconciliation report per file.
 */
@Controller
class ImportPages {

    private final ImportRunner runner;
    private final ImportLedger ledger;
    private final CurrentActor actors;

    ImportPages(ImportRunner runner, ImportLedger ledger, CurrentActor actors) {
        this.runner = runner;
        this.ledger = ledger;
        this.actors = actors;
    }

    @GetMapping("/admin/crime-import")
    @Guarded(Permission.CRIME_IMPORT)
    String form(Model model) {
        model.addAttribute("runs", ledger.recentRuns(20));
        model.addAttribute("busy", runner.busy());
        return "crime/import";
    }

    @PostMapping("/admin/crime-import")
    @Guarded(Permission.CRIME_IMPORT)
    String start(@RequestParam(defaultValue = "") String path, Model model) {
        try {
            long runId = runner.start(actors.require(), path);
            return "redirect:/admin/crime-import/runs/" + runId;
        } catch (IllegalArgumentException | IllegalStateException e) {
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
        ImportLedger.Run run =
                ledger.run(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CRIME_IMPORT_RUN, id)));
        List<ImportLedger.FileEntry> files = ledger.files(id);
        model.addAttribute("run", run);
        model.addAttribute("files", files);
        model.addAttribute("totals", Totals.of(files));
        model.addAttribute(
                "progress", runner.progress(id).filter(p -> !p.finished()).orElse(null));
        model.addAttribute("running", "RUNNING".equals(run.status()));
        return "crime/import-run :: report";
    }

    /** The report's bottom line. */
    record Totals(long rowsRead, long imported, long merged, long rejected, long noLocation, long noCrimeId) {

        /** Over the files that were read to the end: a refused file's rows are refused with it. */
        static Totals of(List<ImportLedger.FileEntry> all) {
            List<ImportLedger.FileEntry> files =
                    all.stream().filter(f -> !"FAILED".equals(f.status())).toList();
            return new Totals(
                    files.stream().mapToLong(ImportLedger.FileEntry::rowsRead).sum(),
                    files.stream().mapToLong(ImportLedger.FileEntry::imported).sum(),
                    files.stream()
                            .mapToLong(ImportLedger.FileEntry::mergedDuplicates)
                            .sum(),
                    files.stream().mapToLong(ImportLedger.FileEntry::rejected).sum(),
                    files.stream()
                            .mapToLong(ImportLedger.FileEntry::flaggedNoLocation)
                            .sum(),
                    files.stream()
                            .mapToLong(ImportLedger.FileEntry::flaggedNoCrimeId)
                            .sum());
        }
    }
}
