package org.constable.search.application;

import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --constable.command=rebuild-search-index}: empties the search index and indexes every
 * person, address and vehicle again, printing progress on the console, then exits: 0 when every
 * record was indexed, 1 when some could not be (each is named in the log).
 */
@Component
@ConditionalOnProperty(name = "constable.command", havingValue = "rebuild-search-index")
class RebuildSearchIndexCommand implements ApplicationRunner {

    private final SearchProjection projection;
    private final SearchIndex index;
    private final SearchIndexState state;
    private final ApplicationContext context;

    RebuildSearchIndexCommand(
            SearchProjection projection, SearchIndex index, SearchIndexState state, ApplicationContext context) {
        this.projection = projection;
        this.index = index;
        this.state = state;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        System.out.printf("Rebuilding the search index in %s%n", index.folder().toAbsolutePath());
        long started = System.nanoTime();
        projection.rebuild(p -> System.out.print(progressLine(p, System.nanoTime() - started)));
        System.out.printf("%nSearch index rebuilt in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        SearchIndexState.IndexStatus status = state.status();
        if (!status.complete()) {
            System.out.println(status.message() + " The log names each record and why.");
        }
        int exit = status.complete() ? 0 : 1;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
    }

    static String progressLine(SearchProjection.Progress p, long elapsedNanos) {
        int width = 30;
        int filled = p.total() == 0 ? width : (int) (width * p.done() / p.total());
        return String.format(
                Locale.ROOT,
                "\r%-9s [%s%s] %,d / %,d  (%.0f s)",
                p.kind(),
                "#".repeat(filled),
                " ".repeat(width - filled),
                p.done(),
                p.total(),
                elapsedNanos / 1e9);
    }
}
