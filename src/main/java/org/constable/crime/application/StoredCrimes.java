package org.constable.crime.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.constable.crime.CrimeRole;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.Crime;
import org.constable.crime.domain.CrimeDraft;
import org.constable.crime.domain.CrimeHistoryEntry;
import org.constable.crime.persistence.ClassificationStore;
import org.constable.crime.persistence.CrimeRow;
import org.constable.crime.persistence.CrimeStore;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/** Loads the Crime aggregate from the store and saves what it decided: a new crime, or a new version with its history line. */
@Component
class StoredCrimes {

    private final CrimeStore crimes;
    private final ClassificationStore classifications;

    StoredCrimes(CrimeStore crimes, ClassificationStore classifications) {
        this.crimes = crimes;
        this.classifications = classifications;
    }

    Crime existing(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CRIME, id)));
    }

    Optional<Crime> find(long id) {
        return crimes.find(id).map(this::crime);
    }

    /** The crimes with any of these victims or incidents, as the counting rules compare with them. */
    List<CrimeDraft> related(Collection<Long> victimIds, Collection<Long> incidentIds) {
        return crimes.related(victimIds, incidentIds).stream()
                .map(r -> crime(r).draft())
                .toList();
    }

    long nextId() {
        return crimes.nextId();
    }

    /** A newly recorded crime and the first line of its history; its parties and incidents are added by the caller. */
    void add(Crime c) {
        Crime.Recording r = c.recording();
        crimes.insert(new CrimeRow(
                c.id(),
                c.reference(),
                r.classification().code(),
                r.classification().version(),
                r.occurredFrom(),
                r.occurredTo(),
                r.reportedAt(),
                c.recordedAt(),
                r.recordedBy(),
                r.officerInCharge(),
                r.sourceIncidentId(),
                r.place().text(),
                r.place().locationId(),
                r.place().latitude(),
                r.place().longitude(),
                r.modusOperandi(),
                r.narrative(),
                c.status(),
                c.version()));
    }

    void appendHistory(Crime c, CrimeHistoryEntry entry) {
        crimes.appendHistory(c.id(), entry);
    }

    /** A changed crime: the row moves from the version it was loaded at to the next, and the history gains the change. */
    void save(Crime c, CrimeHistoryEntry change) {
        crimes.change(
                c.id(),
                change.version() - 1,
                c.classification().code(),
                c.classification().version(),
                c.status());
        crimes.appendHistory(c.id(), change);
    }

    private Crime crime(CrimeRow r) {
        Classification k = classifications
                .version(r.classificationCode(), r.classificationVersion())
                .orElseThrow();
        List<Long> victims = crimes.parties(r.id()).stream()
                .filter(p -> p.role() == CrimeRole.VICTIM)
                .map(CrimeStore.Party::personId)
                .toList();
        return Crime.restore(
                r.id(),
                r.reference(),
                r.recordedAt(),
                new Crime.Recording(
                        k,
                        r.occurredFrom(),
                        r.occurredTo(),
                        r.reportedAt(),
                        r.recordedBy(),
                        r.officerInCharge(),
                        r.sourceIncidentId(),
                        new Crime.Place(r.locationText(), r.locationId(), r.latitude(), r.longitude()),
                        r.modusOperandi(),
                        r.narrative(),
                        victims,
                        Set.copyOf(crimes.incidents(r.id()))),
                r.status(),
                r.version());
    }
}
