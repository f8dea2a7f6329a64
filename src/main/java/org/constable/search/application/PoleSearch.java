package org.constable.search.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Field;
import org.constable.identity.Permission;
import org.constable.intelligence.IntelligenceWhereNeeded;
import org.constable.people.PoleSearchFeed;
import org.constable.search.domain.Hit;
import org.constable.search.domain.IndexedPersons;
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonHit;
import org.constable.search.domain.PersonSearch;
import org.constable.search.domain.SearchText;
import org.constable.search.domain.SearchableLocation;
import org.constable.search.domain.SearchablePerson;
import org.constable.search.domain.SearchableVehicle;
import org.constable.search.domain.VehicleSearch;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one search box: persons, addresses, vehicles and the incidents at the addresses found. Each
 * group is searched only when the user's role may read that kind of record. Whether a record is
 * restricted is read live from its owner for every candidate, before anything is ranked or counted,
 * and a restricted one is dropped unless the user has need-to-know; addresses and vehicles restricted
 * now are never printed on a person (ADR 0038). Every search is an audited consultation of the
 * records it showed, with the user's purpose. The answer says whether the index is complete.
 */
@Service
public class PoleSearch {

    static final int PER_GROUP = 10;

    /** How many of the latest intelligence items each record found shows. */
    static final int INTELLIGENCE_PER_RECORD = 2;

    private final SearchIndex index;
    private final SearchIndexState state;
    private final PoleSearchFeed feed;
    private final PersonSearch persons;
    private final LinkedRecords linked;
    private final LiveRestrictions restrictions;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final IntelligenceWhereNeeded intelligence;

    PoleSearch(
            SearchIndex index,
            SearchIndexState state,
            PoleSearchFeed feed,
            LinkedRecords linked,
            LiveRestrictions restrictions,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock,
            IntelligenceWhereNeeded intelligence) {
        this.index = index;
        this.state = state;
        this.feed = feed;
        this.persons = PersonSearch.standard();
        this.linked = linked;
        this.restrictions = restrictions;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.intelligence = intelligence;
    }

    public SearchResults search(Actor actor, String query, String purpose, LocationSearch.@Nullable Near near) {
        policy.require(actor, Permission.PERSON_READ);
        requirePurpose(purpose);
        String typed = query == null ? "" : query.strip();
        if (typed.length() < 2 && near == null) {
            throw new InvalidInput(
                    "q", "Type at least 2 characters: a name, date of birth, postcode, street or registration.");
        }
        if (typed.length() > 200) {
            throw new InvalidInput("q", "A search is at most 200 characters.");
        }
        SearchText text = SearchText.parse(typed);
        List<String> notes = new ArrayList<>();
        boolean dobVisible = policy.mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        boolean addressVisible = policy.mayView(actor, Field.PERSON_ADDRESS);
        if (!dobVisible && text.hasBirthCriterion()) {
            text = withoutBirthCriteria(text);
            notes.add("Dates of birth and ages are not searched for your role.");
        }
        SearchText criteria = text;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LiveRestrictions.Searcher live = restrictions.of(actor);
        List<SearchablePerson> people = new ArrayList<>();
        Map<Long, List<String>> whyPerson = new LinkedHashMap<>();
        List<SearchResults.AddressResult> addresses = new ArrayList<>();
        List<SearchResults.VehicleResult> vehicles = new ArrayList<>();
        index.withSearcher(searcher -> {
            for (PersonHit h : persons.search(searcher, criteria, today, PER_GROUP, live.persons())) {
                people.add(h.person());
                whyPerson.put(h.person().id(), new ArrayList<>(h.why()));
            }
            if (policy.allows(actor, Permission.LOCATION_READ)) {
                for (Hit<SearchableLocation> h :
                        LocationSearch.search(searcher, criteria, near, PER_GROUP, live.locations())) {
                    var l = h.record();
                    addresses.add(new SearchResults.AddressResult(
                            l.id(),
                            l.oneLine(),
                            l.postcode(),
                            l.latitude(),
                            l.longitude(),
                            live.restrictedNow(RecordType.LOCATION, l.id()),
                            l.warnings(),
                            h.why()));
                }
            }
            if (policy.allows(actor, Permission.VEHICLE_READ)) {
                for (Hit<SearchableVehicle> h : VehicleSearch.search(searcher, criteria, PER_GROUP, live.vehicles())) {
                    var v = h.record();
                    vehicles.add(new SearchResults.VehicleResult(
                            v.id(),
                            VehicleSearch.shown(v.vrm()),
                            String.join(" ", nonNull(v.colour(), v.make(), v.model())),
                            live.restrictedNow(RecordType.VEHICLE, v.id()),
                            h.why()));
                }
                addKeepersAndDrivers(searcher, live, vehicles, people, whyPerson);
            }
            return null;
        });
        live.learnLinksOf(people);
        List<SearchResults.PersonResult> found = new ArrayList<>();
        for (SearchablePerson p : people) {
            found.add(personResult(
                    p,
                    Objects.requireNonNull(whyPerson.get(p.id()), "every person found has its reasons"),
                    live,
                    dobVisible,
                    addressVisible));
        }
        Map<Long, LinkedRecords.PersonLinks> links = linked.of(
                actor, found.stream().map(SearchResults.PersonResult::id).toList(), LinkedRecords.PER_PERSON);
        found.replaceAll(p -> p.withLinks(links.getOrDefault(p.id(), LinkedRecords.PersonLinks.NONE)));
        List<SearchResults.IncidentResult> incidents = new ArrayList<>(linked.incidentsByReference(actor, typed));
        if (policy.allows(actor, Permission.INCIDENT_READ)) {
            linked.incidentsAt(actor, addresses).stream()
                    .filter(i -> incidents.stream().noneMatch(f -> f.id() == i.id()))
                    .forEach(incidents::add);
        }
        List<SearchResults.CrimeResult> crimes = linked.crimesByReference(actor, typed);
        List<RecordRef> shown = new ArrayList<>();
        found.forEach(p -> shown.add(RecordRef.of(RecordType.PERSON, p.id())));
        addresses.forEach(a -> shown.add(RecordRef.of(RecordType.LOCATION, a.id())));
        vehicles.forEach(v -> shown.add(RecordRef.of(RecordType.VEHICLE, v.id())));
        List<RecordRef> poleShown = List.copyOf(shown);
        shown.addAll(linkedRefs(found, incidents, crimes));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                shown,
                purpose.strip(),
                null,
                Outcome.SUCCEEDED,
                "search '" + typed + "'" + (near == null ? "" : " near " + near)));
        // after the search's own consultation, and only for a searcher allowed intelligence: for anyone
        // else nothing is read, so the answer is the same whatever intelligence exists (ADR 0106)
        List<IntelligenceWhereNeeded.OnRecord> intelligence =
                this.intelligence.about(actor, poleShown, INTELLIGENCE_PER_RECORD, purpose.strip());
        return new SearchResults(
                typed, found, addresses, vehicles, List.copyOf(incidents), crimes, notes, state.status(), intelligence);
    }

    /**
     * The persons linked to the vehicles found (keeper, driver, ...), under the persons, each saying
     * which vehicle: read from the index by id, and kept only when the searcher may see them now.
     */
    private void addKeepersAndDrivers(
            IndexSearcher searcher,
            LiveRestrictions.Searcher live,
            List<SearchResults.VehicleResult> vehicles,
            List<SearchablePerson> people,
            Map<Long, List<String>> whyPerson) {
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        for (SearchResults.VehicleResult v : vehicles) {
            for (PoleSearchFeed.VehicleLink l : feed.vehicleLinks(v.id())) {
                List<String> why = reasons.computeIfAbsent(l.personId(), k -> new ArrayList<>());
                String reason = "linked vehicle " + v.vrm() + " ("
                        + l.kind().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
                if (!why.contains(reason)) {
                    why.add(reason);
                }
            }
        }
        Map<Long, SearchablePerson> indexed = IndexedPersons.byIds(searcher, reasons.keySet());
        Set<Long> hidden = live.persons()
                .hidden(
                        indexed.keySet(),
                        indexed.values().stream()
                                .filter(SearchablePerson::restricted)
                                .map(SearchablePerson::id)
                                .toList());
        for (Map.Entry<Long, List<String>> e : reasons.entrySet()) {
            SearchablePerson p = indexed.get(e.getKey());
            if (p == null || hidden.contains(p.id())) {
                continue;
            }
            List<String> why = whyPerson.get(p.id());
            if (why != null) {
                e.getValue().stream().filter(r -> !why.contains(r)).forEach(why::add);
            } else if (people.size() < 2 * PER_GROUP) {
                people.add(p);
                whyPerson.put(p.id(), new ArrayList<>(e.getValue()));
            }
        }
    }

    private static SearchResults.PersonResult personResult(
            SearchablePerson p,
            List<String> why,
            LiveRestrictions.Searcher live,
            boolean dobVisible,
            boolean addressVisible) {
        return new SearchResults.PersonResult(
                p.id(),
                p.displayName(),
                dobVisible ? p.dateOfBirth() : null,
                live.restrictedNow(RecordType.PERSON, p.id()),
                p.warnings(),
                addressVisible
                        ? p.places().stream()
                                .filter(live::placeShown)
                                .map(SearchablePerson.Place::oneLine)
                                .toList()
                        : List.of(),
                p.vehicles().stream()
                        .filter(live::vehicleShown)
                        .map(v -> VehicleSearch.shown(v.vrm()))
                        .toList(),
                List.copyOf(why),
                List.of(),
                0,
                List.of(),
                0);
    }

    private static List<RecordRef> linkedRefs(
            List<SearchResults.PersonResult> people,
            List<SearchResults.IncidentResult> incidents,
            List<SearchResults.CrimeResult> crimes) {
        Set<RecordRef> refs = new LinkedHashSet<>();
        people.forEach(p -> {
            p.linkedIncidents().forEach(i -> refs.add(RecordRef.of(RecordType.INCIDENT, i.id())));
            p.linkedCrimes().forEach(c -> refs.add(RecordRef.of(RecordType.CRIME, c.id())));
        });
        incidents.forEach(i -> refs.add(RecordRef.of(RecordType.INCIDENT, i.id())));
        crimes.forEach(c -> refs.add(RecordRef.of(RecordType.CRIME, c.id())));
        return List.copyOf(refs);
    }

    /**
     * Persons only, found as the search box finds them (misspelt, full name, date of birth), for a
     * form that names people (the call handler naming a caller): the same permission, purpose, live
     * restriction, need-to-know and audited consultation as a search.
     */
    public List<SearchResults.PersonResult> people(Actor actor, String query, String purpose, int limit) {
        policy.require(actor, Permission.PERSON_READ);
        requirePurpose(purpose);
        String typed = query == null ? "" : query.strip();
        if (typed.length() < 2) {
            return List.of();
        }
        if (typed.length() > 200) {
            throw new InvalidInput("q", "A search is at most 200 characters.");
        }
        boolean dobVisible = policy.mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        boolean addressVisible = policy.mayView(actor, Field.PERSON_ADDRESS);
        SearchText parsed = SearchText.parse(typed);
        SearchText criteria = !dobVisible && parsed.hasBirthCriterion() ? withoutBirthCriteria(parsed) : parsed;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LiveRestrictions.Searcher live = restrictions.of(actor);
        List<PersonHit> hits = index.withSearcher(searcher ->
                persons.search(searcher, criteria, today, Math.max(1, Math.min(limit, PER_GROUP)), live.persons()));
        live.learnLinksOf(hits.stream().map(PersonHit::person).toList());
        List<SearchResults.PersonResult> found = hits.stream()
                .map(h -> personResult(h.person(), h.why(), live, dobVisible, addressVisible))
                .toList();
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                found.stream().map(f -> RecordRef.of(RecordType.PERSON, f.id())).toList(),
                purpose.strip(),
                null,
                Outcome.SUCCEEDED,
                "person search '" + typed + "'"));
        return found;
    }

    /** A role that may not see dates of birth may not probe them by searching either. */
    private static SearchText withoutBirthCriteria(SearchText text) {
        return new SearchText(
                text.raw(),
                text.nameWords(),
                text.surnameFirst(),
                null,
                null,
                null,
                text.postcode(),
                text.partialPostcode(),
                text.houseNumber(),
                text.streetWords(),
                text.vrm());
    }

    /** Whether search results are complete, and the sentence shown when they may not be. */
    public SearchIndexState.IndexStatus status() {
        return state.status();
    }

    static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
    }

    private static List<String> nonNull(@Nullable String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept;
    }
}
