package org.constable.search.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.constable.people.LocationChanged;
import org.constable.people.PersonChanged;
import org.constable.people.PoleSearchFeed;
import org.constable.people.VehicleChanged;
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.SearchableLocation;
import org.constable.search.domain.SearchablePerson;
import org.constable.search.domain.SearchableVehicle;
import org.constable.search.domain.VehicleSearch;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index a projection of the POLE records: rebuilt from scratch in batches, and
 * updated after each committed change (re-reading the record, never trusting the event's content).
 * A change to an address or vehicle re-reads the persons who show it. One record that cannot be
 * indexed stops nothing: it is logged, counted in {@link SearchIndexState} and skipped, and the
 * others (in a rebuild, or the persons at a changed address) are indexed all the same (ADR 0038).
 */
@Component
public class SearchProjection {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchProjection.class);

    private static final int BATCH = 1000;
    /** Records named one by one in the log during a rebuild; beyond it only the total is logged. */
    private static final int LOGGED_PER_REBUILD = 20;

    /** How far a rebuild has got, for the console and the search page. */
    public record Progress(String kind, long done, long total) {}

    private final PoleSearchFeed feed;
    private final SearchIndex index;
    private final SearchIndexState state;
    /**
     * Held while a record (or a rebuild batch) is read and written, so that writes land in the order
     * of the reads: a listener that read an older copy can never overwrite a newer one, whether
     * another listener's or the rebuild's.
     */
    private final ReentrantLock writing = new ReentrantLock();

    public SearchProjection(PoleSearchFeed feed, SearchIndex index, SearchIndexState state) {
        this.feed = feed;
        this.index = index;
        this.state = state;
        if (!index.wasClosedCleanly()) {
            state.rebuildDue();
        }
    }

    /** The feed's count of one kind of record: it counts persons, locations and vehicles. */
    private static long count(Map<String, Long> counts, String kind) {
        return Objects.requireNonNull(counts.get(kind), "the search feed counts every kind it feeds");
    }

    /** True when the index is missing records, is of an older shape, or was not closed cleanly. */
    public boolean stale() {
        if (!index.wasClosedCleanly()) {
            return true;
        }
        Map<String, Long> counts = feed.counts();
        boolean stale = index.count(PersonDocuments.TYPE) != count(counts, "person")
                || index.count(LocationSearch.TYPE) != count(counts, "location")
                || index.count(VehicleSearch.TYPE) != count(counts, "vehicle");
        if (stale) {
            state.rebuildDue();
        }
        return stale;
    }

    /**
     * Empties the index and indexes every record again, reporting progress as it goes. A record that
     * cannot be indexed is skipped and counted; anything else that goes wrong (the database, the
     * disk) stops the rebuild, which the index state then reports as failed.
     */
    public synchronized void rebuild(Consumer<Progress> progress) {
        Map<String, Long> counts = feed.counts();
        state.rebuildStarted(new Progress(PersonDocuments.TYPE, 0, count(counts, "person")));
        Failures failures = new Failures(LOGGED_PER_REBUILD);
        boolean finished = false;
        try {
            locked(index::deleteAll);
            rebuild(
                    PersonDocuments.TYPE,
                    count(counts, "person"),
                    after -> feed.persons(after, BATCH),
                    PoleSearchFeed.PersonEntry::id,
                    p -> PersonDocuments.document(person(p)),
                    PersonDocuments::key,
                    failures,
                    progress);
            rebuild(
                    LocationSearch.TYPE,
                    count(counts, "location"),
                    after -> feed.locations(after, BATCH),
                    PoleSearchFeed.LocationEntry::id,
                    l -> LocationSearch.document(location(l)),
                    LocationSearch::key,
                    failures,
                    progress);
            rebuild(
                    VehicleSearch.TYPE,
                    count(counts, "vehicle"),
                    after -> feed.vehicles(after, BATCH),
                    PoleSearchFeed.VehicleEntry::id,
                    v -> VehicleSearch.document(vehicle(v)),
                    VehicleSearch::key,
                    failures,
                    progress);
            index.commit(false);
            finished = true;
        } finally {
            // searches see the rebuilt index before the state says it is complete, never after: a
            // search answered "complete" in between found nobody (issue 12, a first start's race)
            boolean visible = false;
            try {
                refreshAfter(finished);
                visible = true;
            } finally {
                state.rebuildEnded(finished && visible);
            }
            if (failures.count() > 0) {
                log.warn(
                        "Search index rebuilt without {} record(s) that could not be indexed: search may miss them",
                        failures.count());
            }
        }
    }

    /** Makes what a rebuild wrote searchable; after a rebuild that stopped, without hiding why it stopped. */
    private void refreshAfter(boolean finished) {
        try {
            index.refresh();
        } catch (RuntimeException e) {
            if (finished) {
                throw e;
            }
            log.warn("Could not refresh the search index after a failed rebuild: {}", e.toString());
        }
    }

    private <E> void rebuild(
            String kind,
            long total,
            LongFunction<List<E>> batchAfter,
            ToLongFunction<E> idOf,
            Function<E, Document> documentOf,
            LongFunction<Term> keyOf,
            Failures failures,
            Consumer<Progress> progress) {
        long done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<E> batch = locked(() -> {
                List<E> read = batchAfter.apply(from);
                for (E entry : read) {
                    long id = idOf.applyAsLong(entry);
                    attempt(kind, id, () -> index.put(keyOf.apply(id), documentOf.apply(entry)), failures);
                }
                return read;
            });
            if (batch.isEmpty()) {
                return;
            }
            after = idOf.applyAsLong(batch.get(batch.size() - 1));
            done += batch.size();
            Progress p = new Progress(kind, done, total);
            state.rebuildProgressed(p);
            progress.accept(p);
        }
    }

    @ApplicationModuleListener
    void on(PersonChanged e) {
        Failures failures = new Failures(Integer.MAX_VALUE);
        reindex(PersonDocuments.TYPE, e.personId(), failures);
        finish(failures);
    }

    @ApplicationModuleListener
    void on(LocationChanged e) {
        Failures failures = new Failures(Integer.MAX_VALUE);
        reindex(LocationSearch.TYPE, e.locationId(), failures);
        feed.personsAt(e.locationId()).forEach(id -> reindex(PersonDocuments.TYPE, id, failures));
        finish(failures);
    }

    @ApplicationModuleListener
    void on(VehicleChanged e) {
        Failures failures = new Failures(Integer.MAX_VALUE);
        reindex(VehicleSearch.TYPE, e.vehicleId(), failures);
        feed.personsWithVehicle(e.vehicleId()).forEach(id -> reindex(PersonDocuments.TYPE, id, failures));
        finish(failures);
    }

    /** Re-reads one record and replaces (or removes) its document; searchable on return. */
    void reindex(String kind, long id) {
        Failures failures = new Failures(Integer.MAX_VALUE);
        reindex(kind, id, failures);
        finish(failures);
    }

    private void reindex(String kind, long id, Failures failures) {
        locked(() -> attempt(kind, id, () -> replace(kind, id), failures));
    }

    /**
     * Makes what was indexed searchable; then, when a record could not be indexed, throws, so that
     * the event's publication stays incomplete and is tried again at the next start.
     */
    private void finish(Failures failures) {
        index.refresh();
        if (failures.count() > 0) {
            throw new IllegalStateException("Could not index " + String.join(", ", failures.refs()));
        }
    }

    private void replace(String kind, long id) {
        switch (kind) {
            case PersonDocuments.TYPE ->
                feed.person(id)
                        .ifPresentOrElse(
                                p -> index.put(PersonDocuments.key(id), PersonDocuments.document(person(p))),
                                () -> index.delete(PersonDocuments.key(id)));
            case LocationSearch.TYPE ->
                feed.location(id)
                        .ifPresentOrElse(
                                l -> index.put(LocationSearch.key(id), LocationSearch.document(location(l))),
                                () -> index.delete(LocationSearch.key(id)));
            case VehicleSearch.TYPE ->
                feed.vehicle(id)
                        .ifPresentOrElse(
                                v -> index.put(VehicleSearch.key(id), VehicleSearch.document(vehicle(v))),
                                () -> index.delete(VehicleSearch.key(id)));
            default -> throw new IllegalArgumentException("unknown record kind " + kind);
        }
    }

    /** Writes one record's document; a record that cannot be indexed is logged, counted and skipped. */
    private void attempt(String kind, long id, Runnable write, Failures failures) {
        try {
            write.run();
            state.indexed(kind, id);
        } catch (AlreadyClosedException closed) {
            throw closed; // the index itself is gone: no later record could be written either
        } catch (RuntimeException e) {
            state.failed(kind, id);
            if (failures.add(kind + ":" + id)) {
                // the reason only: Lucene quotes the start of an offending value, which may be personal data
                log.warn("Could not index {} {}: {}", kind, id, reason(e));
            }
            log.debug("Could not index {} {}", kind, id, e);
        }
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf(" The prefix");
        message = cut > 0 ? message.substring(0, cut) : message;
        return e.getClass().getSimpleName() + ": " + (message.length() > 200 ? message.substring(0, 200) : message);
    }

    private <T> T locked(Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }

    private void locked(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    /** The records one rebuild or one change could not index; the first few are named in the log. */
    private static final class Failures {
        private final int logged;
        private final List<String> refs = new ArrayList<>();
        private long count;

        Failures(int logged) {
            this.logged = logged;
        }

        /** Counts a failure; true when it should be named in the log. */
        boolean add(String ref) {
            count++;
            if (refs.size() < logged) {
                refs.add(ref);
                return true;
            }
            return false;
        }

        long count() {
            return count;
        }

        List<String> refs() {
            return refs;
        }
    }

    static SearchablePerson person(PoleSearchFeed.PersonEntry p) {
        return new SearchablePerson(
                p.id(),
                p.forename(),
                p.middleNames(),
                p.surname(),
                p.dateOfBirth(),
                p.aliases().stream()
                        .map(a -> new SearchablePerson.Alias(a.forename(), a.surname(), a.dateOfBirth()))
                        .toList(),
                p.addresses().stream()
                        .map(a -> new SearchablePerson.Place(a.locationId(), a.oneLine(), a.postcode()))
                        .toList(),
                p.vehicles().stream()
                        .map(v -> new SearchablePerson.Vehicle(v.vehicleId(), v.vrm()))
                        .toList(),
                p.warnings(),
                p.restricted());
    }

    static SearchableLocation location(PoleSearchFeed.LocationEntry l) {
        return new SearchableLocation(
                l.id(),
                l.premises(),
                l.street(),
                l.locality(),
                l.town(),
                l.postcode(),
                l.latitude(),
                l.longitude(),
                l.warnings(),
                l.restricted());
    }

    static SearchableVehicle vehicle(PoleSearchFeed.VehicleEntry v) {
        return new SearchableVehicle(v.id(), v.vrm(), v.make(), v.model(), v.colour(), v.restricted());
    }
}
