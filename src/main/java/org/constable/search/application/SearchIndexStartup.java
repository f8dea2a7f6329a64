package org.constable.search.application;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start (after the demo force is loaded), rebuilds the index if it is missing, of an older shape,
 * not closed cleanly or short of records. The rebuild runs in the background, so the application
 * is usable at once; the search page, the search API and the health endpoint say how far it has got,
 * and whether it failed.
 */
@Component
@Order(90)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchProjection projection;
    private final SearchIndex index;
    private final Environment environment;

    SearchIndexStartup(SearchProjection projection, SearchIndex index, Environment environment) {
        this.projection = projection;
        this.index = index;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the Beider-Morse rules load on first use (seconds on a busy machine): load them now, not on the first change
        org.constable.search.domain.NamePhonetics.beiderMorse("warm");
        if (environment.getProperty("constable.command") != null) {
            return;
        }
        readPersonNameParts();
        if (!projection.stale()) {
            return;
        }
        Thread rebuild = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        projection.rebuild(p -> {});
                        log.info("Search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException e) {
                        // the index state says so (health DOWN, the search page's banner); the log says why
                        log.error("Search index rebuild failed: search results will be incomplete", e);
                    }
                },
                "search-index-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    /**
     * Reads the index's name parts into memory in the background (ADR 0063): searches meanwhile find
     * fuzzy parts in the index itself, the same parts, more slowly; the health endpoint says which.
     */
    private void readPersonNameParts() {
        Thread read = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        index.readPersonParts();
                        log.info(
                                "Person name parts held in memory for search in {} ms: {}",
                                (System.nanoTime() - started) / 1_000_000,
                                index.personParts().size());
                    } catch (IOException | RuntimeException e) {
                        // search goes on finding fuzzy parts in the index: slower, the same results
                        log.warn(
                                "Person name parts not read into memory; search reads them from the index instead: {}",
                                e.getClass().getSimpleName());
                    }
                },
                "search-name-parts");
        read.setDaemon(true);
        read.setPriority(Thread.MIN_PRIORITY);
        read.start();
    }
}
