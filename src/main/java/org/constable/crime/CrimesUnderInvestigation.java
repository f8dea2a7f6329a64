package org.constable.crime;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.persistence.ClassificationStore;
import org.constable.crime.persistence.CrimeRow;
import org.constable.crime.persistence.CrimeStore;
import org.constable.identity.Actor;
import org.constable.people.RestrictedParts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an investigation may ask of the crimes it investigates: whether they exist and how they are
 * named (reference, classification, status; no party, place or narrative), whether any restricted
 * party or place of theirs is withheld from an actor (so the investigation inherits the restriction,
 * read live), and the Home Office outcome, set by the same use case and rules as the crime's own
 * outcome form (CRIME_OUTCOME, a cancelled crime has none, the date between report and today).
 */
@Service
public class CrimesUnderInvestigation {

    /** A Home Office outcome type, for a form to offer. */
    public record OutcomeChoice(String code, String title) {}

    /** A crime as an investigation names it. */
    public record CrimeOnFile(long id, String reference, String classificationCode, CrimeStatus status) {}

    private final CrimeStore crimes;
    private final CrimeChanges changes;
    private final RestrictedParts parts;
    private final ClassificationStore classifications;

    CrimesUnderInvestigation(
            CrimeStore crimes, CrimeChanges changes, RestrictedParts parts, ClassificationStore classifications) {
        this.crimes = crimes;
        this.classifications = classifications;
        this.changes = changes;
        this.parts = parts;
    }

    /** The crimes of these ids that exist, in the order asked. */
    @Transactional(readOnly = true)
    public Map<Long, CrimeOnFile> found(Collection<Long> ids) {
        Map<Long, CrimeOnFile> out = new LinkedHashMap<>();
        for (Long id : ids) {
            crimes.find(id).ifPresent(c -> out.put(id, of(c)));
        }
        return out;
    }

    /**
     * The crimes among these that have a restricted victim, suspect, witness or place the actor may
     * not open: from the restriction's live flag and the actor's need-to-know, never a copy.
     */
    @Transactional(readOnly = true)
    public Set<Long> withheldFrom(Actor actor, Collection<Long> crimeIds) {
        if (crimeIds.isEmpty()) {
            return Set.of();
        }
        List<long[]> persons = crimes.partiesOf(crimeIds);
        List<long[]> places = crimes.placesOf(crimeIds);
        Set<Long> withheld = new HashSet<>();
        if (!persons.isEmpty()) {
            RestrictedParts.Verdicts v = parts.persons(
                    actor, persons.stream().map(p -> p[1]).distinct().toList());
            persons.stream().filter(p -> v.of(p[1]).withheld()).forEach(p -> withheld.add(p[0]));
        }
        if (!places.isEmpty()) {
            RestrictedParts.Verdicts v = parts.places(
                    actor, places.stream().map(p -> p[1]).distinct().toList());
            places.stream().filter(p -> v.of(p[1]).withheld()).forEach(p -> withheld.add(p[0]));
        }
        return withheld;
    }

    /** The most recently recorded crimes that were not cancelled, newest first (the demo force's cases). */
    @Transactional(readOnly = true)
    public List<CrimeOnFile> recentlyRecorded(int limit) {
        return crimes.recent(limit * 2).stream()
                .filter(c -> !c.cancelled())
                .limit(limit)
                .map(CrimesUnderInvestigation::of)
                .toList();
    }

    /** The Home Office outcome types in their official order. */
    @Transactional(readOnly = true)
    public List<OutcomeChoice> outcomeTypes() {
        return classifications.outcomeTypes().stream()
                .map(o -> new OutcomeChoice(o.code(), o.title()))
                .toList();
    }

    /** The crime with exactly this reference, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<CrimeOnFile> byReference(String reference) {
        return crimes.byReference(reference.strip())
                .flatMap(l -> crimes.find(l.crimeId()))
                .map(CrimesUnderInvestigation::of);
    }

    /** Records the crime's Home Office outcome exactly as the crime's own outcome form does. */
    public void setOutcome(
            Actor actor, long crimeId, @Nullable String outcomeType, LocalDate decidedOn, @Nullable String note) {
        changes.addOutcome(actor, crimeId, outcomeType, decidedOn, null, note);
    }

    private static CrimeOnFile of(CrimeRow c) {
        return new CrimeOnFile(c.id(), c.reference(), c.classificationCode(), c.status());
    }
}
