package org.constable.crime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.constable.crime.persistence.CrimeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crimes as other modules may list them next to a person or find them by reference: reference,
 * classification, status, when recorded and the person's part (victim, suspect, witness). No
 * other party is named. Callers check CRIME_READ with AccessPolicy and audit what they show.
 */
@Service
public class PersonCrimes {

    /** One crime; {@code roles} is the person's part(s) in it, empty when found by reference. */
    public record CrimeSummary(
            long id,
            String reference,
            String classification,
            CrimeStatus status,
            Instant recordedAt,
            List<CrimeRole> roles) {
        public CrimeSummary {
            roles = List.copyOf(roles);
        }
    }

    /** A person's crimes, latest recorded first, at most as many as asked for, and how many there are in all. */
    public record Linked(long personId, List<CrimeSummary> crimes, int total) {
        public Linked {
            crimes = List.copyOf(crimes);
        }
    }

    private final CrimeStore crimes;

    PersonCrimes(CrimeStore crimes) {
        this.crimes = crimes;
    }

    /** For each of the persons who is a party to at least one crime, up to {@code perPerson} crimes. */
    @Transactional(readOnly = true)
    public Map<Long, Linked> of(Collection<Long> personIds, int perPerson) {
        Map<Long, List<CrimeSummary>> found = new LinkedHashMap<>();
        Map<Long, Integer> totals = new LinkedHashMap<>();
        for (CrimeStore.CrimeLink c : crimes.linkedTo(personIds, perPerson)) {
            found.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(summary(c));
            totals.put(c.personId(), c.total());
        }
        Map<Long, Linked> linked = new LinkedHashMap<>();
        found.forEach((person, list) -> linked.put(
                person,
                new Linked(person, list, Objects.requireNonNull(totals.get(person), "counted with the crimes found"))));
        return linked;
    }

    /** The crime with exactly this reference (CRM-yyyymmdd-n), if there is one. */
    @Transactional(readOnly = true)
    public Optional<CrimeSummary> byReference(String reference) {
        return crimes.byReference(reference).map(PersonCrimes::summary);
    }

    /** The crime with this id, if there is one (for records that name a crime, such as an exhibit). */
    @Transactional(readOnly = true)
    public Optional<CrimeSummary> byId(long id) {
        return crimes.find(id).flatMap(c -> crimes.byReference(c.reference())).map(PersonCrimes::summary);
    }

    private static CrimeSummary summary(CrimeStore.CrimeLink c) {
        return new CrimeSummary(
                c.crimeId(),
                c.reference(),
                c.classification(),
                c.status(),
                c.recordedAt(),
                c.roles() == null
                        ? List.of()
                        : Stream.of(c.roles().split(","))
                                .map(CrimeRole::valueOf)
                                .toList());
    }
}
