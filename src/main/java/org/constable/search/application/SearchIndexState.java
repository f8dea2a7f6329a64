package org.constable.search.application;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether the search index holds every record, as the search page, the API and the health endpoint
 * show it: complete, being rebuilt, incomplete because some records could not be indexed, or failed
 * because a rebuild stopped. A record that could not be indexed is remembered until it is indexed
 * again (a later change, or a rebuild, which starts the list afresh), so the count is of records
 * missing or out of date in the index now, not of errors ever seen.
 */
@Component
public class SearchIndexState {

    /** What a search can rely on. */
    public enum State {
        /** Every record is indexed as it was last read. */
        COMPLETE,
        /** A rebuild is under way, or due at start: results may miss records. */
        REBUILDING,
        /** Some records could not be indexed: results may miss them or show them out of date. */
        INCOMPLETE,
        /** The last rebuild stopped before the end: results may miss many records. */
        FAILED
    }

    /** The index's state, and the sentence a user reads when it is not complete (null when it is). */
    public record IndexStatus(
            State state, boolean complete, @Nullable String message, long failedDocuments) {}

    /** The most records remembered by reference; past it they are only counted. */
    static final int MOST_REMEMBERED = 10_000;

    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final AtomicLong failedBeyondRemembered = new AtomicLong();
    private volatile SearchProjection.@Nullable Progress rebuilding;
    private volatile boolean rebuildDue;
    private volatile boolean rebuildFailed;

    /** The index must be rebuilt before it is complete (found stale at start, rebuild not begun yet). */
    void rebuildDue() {
        rebuildDue = true;
    }

    void rebuildStarted(SearchProjection.Progress first) {
        failed.clear();
        failedBeyondRemembered.set(0);
        rebuildFailed = false;
        rebuilding = first;
    }

    void rebuildProgressed(SearchProjection.Progress p) {
        rebuilding = p;
    }

    void rebuildEnded(boolean finished) {
        rebuildFailed = !finished;
        rebuildDue = false;
        rebuilding = null;
    }

    /** True while a rebuild is under way or due. */
    boolean rebuildingOrDue() {
        return rebuilding != null || rebuildDue;
    }

    /** The rebuild under way, or null. */
    SearchProjection.@Nullable Progress rebuilding() {
        return rebuilding;
    }

    void indexed(String kind, long id) {
        if (!failed.isEmpty()) {
            failed.remove(kind + ":" + id);
        }
    }

    void failed(String kind, long id) {
        String ref = kind + ":" + id;
        if (failed.contains(ref)) {
            return;
        }
        if (failed.size() < MOST_REMEMBERED) {
            failed.add(ref);
        } else {
            failedBeyondRemembered.incrementAndGet();
        }
    }

    /** How many records could not be indexed and have not been indexed since. */
    long failedDocuments() {
        return failed.size() + failedBeyondRemembered.get();
    }

    /** True when the index can be trusted to hold every record: what a clean close records for the next start. */
    boolean whole() {
        return status().complete();
    }

    public IndexStatus status() {
        long failures = failedDocuments();
        SearchProjection.Progress p = rebuilding;
        if (p != null || rebuildDue) {
            String progress =
                    p == null ? "" : String.format(Locale.UK, " (%ss %,d of %,d)", p.kind(), p.done(), p.total());
            return new IndexStatus(
                    State.REBUILDING,
                    false,
                    "Search results may be incomplete: the search index is being rebuilt" + progress + ".",
                    failures);
        }
        if (rebuildFailed) {
            return new IndexStatus(
                    State.FAILED,
                    false,
                    "Search results may be incomplete: the search index could not be rebuilt. "
                            + "An administrator can find why in the log and rebuild the index.",
                    failures);
        }
        if (failures > 0) {
            return new IndexStatus(
                    State.INCOMPLETE,
                    false,
                    String.format(
                            Locale.UK,
                            "Search results may be incomplete: %,d %s could not be added to the search index. "
                                    + "An administrator can find why in the log and rebuild the index.",
                            failures,
                            failures == 1 ? "record" : "records"),
                    failures);
        }
        return new IndexStatus(State.COMPLETE, true, null, 0);
    }
}
