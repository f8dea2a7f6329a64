package org.constable.historic.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.constable.historic.persistence.ImportLedger;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs imports started from the admin page in the background, one at a time, so that the person
 * who started one can leave the page and come back to its progress and report.
 */
@Service
public class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final PoliceUkImport imports;
    private final ImportLedger ledger;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policeuk-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
    private final AtomicReference<Long> running = new AtomicReference<>();

    public ImportRunner(PoliceUkImport imports, ImportLedger ledger, AccessPolicy policy, Clock clock) {
        this.imports = imports;
        this.ledger = ledger;
        this.policy = policy;
        this.clock = clock;
    }

    /** A run still marked RUNNING when the application starts was cut off by the last stop. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRuns() {
        int n = ledger.markAbandonedRunsInterrupted(clock.instant());
        if (n > 0) {
            log.warn(
                    "{} police.uk import run(s) were interrupted by the last stop; import the same path again to resume",
                    n);
        }
    }

    /**
     * Starts the import of the path (a file or folder in the import folder) in the background and
     * returns its run id at once.
     */
    public long start(Actor actor, String path) {
        policy.require(actor, Permission.CRIME_IMPORT);
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Give the folder (or file) in the import folder to import.");
        }
        synchronized (running) {
            if (running.get() != null) {
                throw new IllegalStateException(
                        "An import is already running (run " + running.get() + "); wait for it to finish.");
            }
            PoliceUkImport.PreparedRun run = imports.prepare(path.trim(), PoliceUkImport.Requester.of(actor));
            ImportProgress p = new ImportProgress();
            progress.put(run.runId(), p);
            running.set(run.runId());
            worker.submit(() -> {
                try {
                    imports.execute(run, p);
                } catch (RuntimeException e) {
                    log.error("police.uk import run {} stopped", run.runId(), e);
                } finally {
                    p.finish();
                    running.set(null);
                }
            });
            return run.runId();
        }
    }

    /** Live progress of a run started by this application since it last started. */
    public Optional<ImportProgress> progress(long runId) {
        return Optional.ofNullable(progress.get(runId));
    }

    /** Where files are imported from, as the page tells the person importing. */
    public String importFolder() {
        return imports.folder().root().toString();
    }

    public boolean busy() {
        return running.get() != null;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
