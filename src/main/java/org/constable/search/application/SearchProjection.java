package org.constable.search.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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
 * A change to an address or vehicle re-reads the persons who show it.
 */
@Component
public class SearchProjection {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchProjection.class);

    private static final int BATCH = 1000;

    /** How far a rebuild has got, for the console and the search page. */
    public record Progress(String kind, long done, long total) {}

    private final PoleSearchFeed feed;
    private final SearchIndex index;
    private volatile Progress rebuilding;
    /**
     * Held while a record (or a rebuild batch) is read and written, so that writes land in the order
     * of the reads: a listener that read an older copy can never overwrite a newer one, whether
     * another listener's or the rebuild's.
     */
    private final ReentrantLock writing = new ReentrantLock();

    public SearchProjection(PoleSearchFeed feed, SearchIndex index) {
        this.feed = feed;
        this.index = index;
    }

    /** True when the index is missing records, is of an older shape, or was not closed cleanly. */
    public boolean stale() {
        if (!index.wasClosedCleanly()) {
            return true;
        }
        Map<String, Long> counts = feed.counts();
        return index.count(PersonDocuments.TYPE) != counts.get("person")
                || index.count(LocationSearch.TYPE) != counts.get("location")
                || index.count(VehicleSearch.TYPE) != counts.get("vehicle");
    }

    /** The rebuild under way, or null. */
    public Progress rebuilding() {
        return rebuilding;
    }

    /** Empties the index and indexes every record again, reporting progress as it goes. */
    public synchronized void rebuild(Consumer<Progress> progress) {
        Map<String, Long> counts = feed.counts();
        rebuilding = new Progress("person", 0, counts.get("person"));
        try {
            locked(index::deleteAll);
            long done = 0;
            long after = 0;
            while (true) {
                long from = after;
                List<PoleSearchFeed.PersonEntry> batch = locked(() -> {
                    List<PoleSearchFeed.PersonEntry> read = feed.persons(from, BATCH);
                    read.forEach(p -> index.put(PersonDocuments.key(p.id()), PersonDocuments.document(person(p))));
                    return read;
                });
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
                done += batch.size();
                report(progress, new Progress("person", done, counts.get("person")));
            }
            done = 0;
            after = 0;
            while (true) {
                long from = after;
                List<PoleSearchFeed.LocationEntry> batch = locked(() -> {
                    List<PoleSearchFeed.LocationEntry> read = feed.locations(from, BATCH);
                    read.forEach(l -> index.put(LocationSearch.key(l.id()), LocationSearch.document(location(l))));
                    return read;
                });
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
                done += batch.size();
                report(progress, new Progress("location", done, counts.get("location")));
            }
            done = 0;
            after = 0;
            while (true) {
                long from = after;
                List<PoleSearchFeed.VehicleEntry> batch = locked(() -> {
                    List<PoleSearchFeed.VehicleEntry> read = feed.vehicles(from, BATCH);
                    read.forEach(v -> index.put(VehicleSearch.key(v.id()), VehicleSearch.document(vehicle(v))));
                    return read;
                });
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
                done += batch.size();
                report(progress, new Progress("vehicle", done, counts.get("vehicle")));
            }
            index.commit(false);
            index.refresh();
        } finally {
            rebuilding = null;
        }
    }

    @ApplicationModuleListener
    void on(PersonChanged e) {
        reindex(PersonDocuments.TYPE, e.personId());
    }

    @ApplicationModuleListener
    void on(LocationChanged e) {
        reindex(LocationSearch.TYPE, e.locationId());
        feed.personsAt(e.locationId()).forEach(id -> reindex(PersonDocuments.TYPE, id));
    }

    @ApplicationModuleListener
    void on(VehicleChanged e) {
        reindex(VehicleSearch.TYPE, e.vehicleId());
        feed.personsWithVehicle(e.vehicleId()).forEach(id -> reindex(PersonDocuments.TYPE, id));
    }

    /** Re-reads one record and replaces (or removes) its document; searchable on return. */
    void reindex(String kind, long id) {
        try {
            locked(() -> replace(kind, id));
        } catch (RuntimeException e) {
            // logged here as well: the event publication stays incomplete and is retried at the next start
            log.warn("Could not re-index {} {}: {}", kind, id, e.toString(), e);
            throw e;
        }
        index.refresh();
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

    private <T> T locked(java.util.function.Supplier<T> work) {
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

    private void report(Consumer<Progress> progress, Progress p) {
        rebuilding = p;
        progress.accept(p);
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
                p.addresses().stream().map(PoleSearchFeed.AddressEntry::oneLine).toList(),
                p.addresses().stream()
                        .map(PoleSearchFeed.AddressEntry::postcode)
                        .filter(pc -> pc != null)
                        .toList(),
                p.vrms(),
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
