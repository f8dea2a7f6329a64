package org.constable.search.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Field;
import org.constable.identity.Permission;
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
import org.constable.search.domain.Suggestions;
import org.constable.search.domain.VehicleSearch;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;

/**
 * The one search box: persons, addresses, vehicles and the incidents at the addresses found. Each
 * group is searched only when the user's role may read that kind of record; a restricted record
 * is dropped inside the index search unless the user has need-to-know, before anything is counted.
 * Every search is an audited consultation of the records it showed, with the user's purpose.
 */
@Service
public class PoleSearch {

    static final int PER_GROUP = 10;
    private static final int INCIDENTS_PER_ADDRESS = 5;
    private static final int ADDRESSES_FOR_INCIDENTS = 3;

    private final SearchIndex index;
    private final SearchProjection projection;
    private final PoleSearchFeed feed;
    private final PersonSearch persons;
    private final Incidents incidents;
    private final LinkedRecords linked;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    PoleSearch(
            SearchIndex index,
            SearchProjection projection,
            PoleSearchFeed feed,
            Incidents incidents,
            LinkedRecords linked,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.linked = linked;
        this.index = index;
        this.feed = feed;
        this.projection = projection;
        this.persons = PersonSearch.standard();
        this.incidents = incidents;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public SearchResults search(Actor actor, String query, String purpose, LocationSearch.Near near) {
        policy.require(actor, Permission.PERSON_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        String typed = query == null ? "" : query.strip();
        if (typed.length() < 2 && near == null) {
            throw new IllegalArgumentException(
                    "Type at least 2 characters: a name, date of birth, postcode, street or registration.");
        }
        if (typed.length() > 200) {
            throw new IllegalArgumentException("A search is at most 200 characters.");
        }
        SearchText text = SearchText.parse(typed);
        List<String> notes = new ArrayList<>();
        boolean dobVisible = policy.mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        boolean addressVisible = policy.mayView(actor, Field.PERSON_ADDRESS);
        if (!dobVisible && text.hasBirthCriterion()) {
            // a role that may not see dates of birth may not probe them by searching either
            text = new SearchText(
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
            notes.add("Dates of birth and ages are not searched for your role.");
        }
        SearchText criteria = text;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<SearchResults.PersonResult> people = new ArrayList<>();
        List<SearchResults.AddressResult> addresses = new ArrayList<>();
        List<SearchResults.VehicleResult> vehicles = new ArrayList<>();
        index.withSearcher(searcher -> {
            for (PersonHit h : persons.search(
                    searcher,
                    criteria,
                    today,
                    PER_GROUP,
                    id -> needToKnow(actor, Permission.PERSON_READ, "person", id))) {
                people.add(personResult(h.person(), h.why(), dobVisible, addressVisible));
            }
            if (policy.allows(actor, Permission.LOCATION_READ)) {
                for (Hit<SearchableLocation> h : LocationSearch.search(
                        searcher,
                        criteria,
                        near,
                        PER_GROUP,
                        id -> needToKnow(actor, Permission.LOCATION_READ, "location", id))) {
                    var l = h.record();
                    addresses.add(new SearchResults.AddressResult(
                            l.id(),
                            l.oneLine(),
                            l.postcode(),
                            l.latitude(),
                            l.longitude(),
                            l.restricted(),
                            l.warnings(),
                            h.why()));
                }
            }
            if (policy.allows(actor, Permission.VEHICLE_READ)) {
                for (Hit<SearchableVehicle> h : VehicleSearch.search(
                        searcher,
                        criteria,
                        PER_GROUP,
                        id -> needToKnow(actor, Permission.VEHICLE_READ, "vehicle", id))) {
                    var v = h.record();
                    vehicles.add(new SearchResults.VehicleResult(
                            v.id(),
                            VehicleSearch.shown(v.vrm()),
                            String.join(" ", nonNull(v.colour(), v.make(), v.model())),
                            v.restricted(),
                            h.why()));
                }
                addKeepersAndDrivers(searcher, actor, vehicles, people, dobVisible, addressVisible);
            }
            return null;
        });
        Map<Long, LinkedRecords.PersonLinks> links = linked.of(
                actor, people.stream().map(SearchResults.PersonResult::id).toList(), LinkedRecords.PER_PERSON);
        people.replaceAll(p -> p.withLinks(links.getOrDefault(p.id(), LinkedRecords.PersonLinks.NONE)));
        List<SearchResults.IncidentResult> found = new ArrayList<>(linked.incidentsByReference(actor, typed));
        if (policy.allows(actor, Permission.INCIDENT_READ)) {
            incidentsAt(actor, addresses).stream()
                    .filter(i -> found.stream().noneMatch(f -> f.id() == i.id()))
                    .forEach(found::add);
        }
        List<SearchResults.CrimeResult> crimes = linked.crimesByReference(actor, typed);
        List<RecordRef> shown = new ArrayList<>();
        people.forEach(p -> shown.add(RecordRef.of("person", p.id())));
        addresses.forEach(a -> shown.add(RecordRef.of("location", a.id())));
        vehicles.forEach(v -> shown.add(RecordRef.of("vehicle", v.id())));
        shown.addAll(linkedRefs(people, found, crimes));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                shown,
                purpose.strip(),
                null,
                Outcome.SUCCEEDED,
                "search '" + typed + "'" + (near == null ? "" : " near " + near)));
        return new SearchResults(typed, people, addresses, vehicles, List.copyOf(found), crimes, notes, status());
    }

    /**
     * The persons linked to the vehicles found (keeper, driver, ...), under the persons, each saying
     * which vehicle: read from the index by id, a restricted one kept only with need-to-know.
     */
    private void addKeepersAndDrivers(
            IndexSearcher searcher,
            Actor actor,
            List<SearchResults.VehicleResult> vehicles,
            List<SearchResults.PersonResult> people,
            boolean dobVisible,
            boolean addressVisible) {
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        for (SearchResults.VehicleResult v : vehicles) {
            for (PoleSearchFeed.VehicleLink l : feed.vehicleLinks(v.id())) {
                List<String> why = reasons.computeIfAbsent(l.personId(), k -> new ArrayList<>());
                String reason = "linked vehicle " + v.vrm() + " ("
                        + l.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
                if (!why.contains(reason)) {
                    why.add(reason);
                }
            }
        }
        Map<Long, SearchablePerson> indexed = IndexedPersons.byIds(searcher, reasons.keySet());
        for (Map.Entry<Long, List<String>> e : reasons.entrySet()) {
            SearchablePerson p = indexed.get(e.getKey());
            if (p == null || p.restricted() && !needToKnow(actor, Permission.PERSON_READ, "person", p.id())) {
                continue;
            }
            int at = indexOf(people, p.id());
            if (at >= 0) {
                SearchResults.PersonResult r = people.get(at);
                for (String reason : e.getValue()) {
                    r = r.withWhy(reason);
                }
                people.set(at, r);
            } else if (people.size() < 2 * PER_GROUP) {
                people.add(personResult(p, e.getValue(), dobVisible, addressVisible));
            }
        }
    }

    private static SearchResults.PersonResult personResult(
            SearchablePerson p, List<String> why, boolean dobVisible, boolean addressVisible) {
        return new SearchResults.PersonResult(
                p.id(),
                p.displayName(),
                dobVisible ? p.dateOfBirth() : null,
                p.restricted(),
                p.warnings(),
                addressVisible ? p.addresses() : List.of(),
                p.vrms().stream().map(VehicleSearch::shown).toList(),
                List.copyOf(why),
                List.of(),
                0,
                List.of(),
                0);
    }

    private static int indexOf(List<SearchResults.PersonResult> people, long id) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static List<RecordRef> linkedRefs(
            List<SearchResults.PersonResult> people,
            List<SearchResults.IncidentResult> incidents,
            List<SearchResults.CrimeResult> crimes) {
        java.util.Set<RecordRef> refs = new java.util.LinkedHashSet<>();
        people.forEach(p -> {
            p.linkedIncidents().forEach(i -> refs.add(RecordRef.of("incident", i.id())));
            p.linkedCrimes().forEach(c -> refs.add(RecordRef.of("crime", c.id())));
        });
        incidents.forEach(i -> refs.add(RecordRef.of("incident", i.id())));
        crimes.forEach(c -> refs.add(RecordRef.of("crime", c.id())));
        return List.copyOf(refs);
    }

    /** Completions for the search box: what the user sees of a suggestion (the records it stands for stay here). */
    public record Suggested(String text, String kind) {}

    /** The completions offered for what has been typed so far; the same shape whether or not anything was found. */
    public record SuggestionList(String query, List<Suggested> suggestions) {}

    static final int SUGGESTIONS = 8;

    /**
     * A few completions (names, registrations, postcodes) for what has been typed, under the same
     * rules as a search: the permission, the purpose, need-to-know for a restricted record (dropped
     * before anything is merged or counted) and an audited consultation of the records suggested.
     * Fewer than 2 characters give no suggestions and read nothing.
     */
    public SuggestionList suggest(Actor actor, String query, String purpose) {
        policy.require(actor, Permission.PERSON_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        String typed = query == null ? "" : query.strip();
        if (typed.length() > 200) {
            throw new IllegalArgumentException("A search is at most 200 characters.");
        }
        if (typed.length() < 2) {
            return new SuggestionList(typed, List.of());
        }
        List<Suggestions.Suggestion> found = index.withSearcher(searcher -> {
            List<Suggestions.Suggestion> all = new ArrayList<>(Suggestions.names(
                    searcher, typed, 5, id -> needToKnow(actor, Permission.PERSON_READ, "person", id)));
            if (policy.allows(actor, Permission.VEHICLE_READ)) {
                all.addAll(Suggestions.registrations(
                        searcher, typed, 3, id -> needToKnow(actor, Permission.VEHICLE_READ, "vehicle", id)));
            }
            if (policy.allows(actor, Permission.LOCATION_READ)) {
                all.addAll(Suggestions.postcodes(
                        searcher, typed, 3, id -> needToKnow(actor, Permission.LOCATION_READ, "location", id)));
            }
            return all.size() > SUGGESTIONS ? List.copyOf(all.subList(0, SUGGESTIONS)) : all;
        });
        List<RecordRef> shown = new ArrayList<>();
        found.forEach(f -> f.ids()
                .forEach(id ->
                        shown.add(RecordRef.of(f.kind().equals(Suggestions.POSTCODE) ? "location" : f.kind(), id))));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                shown,
                purpose.strip(),
                null,
                Outcome.SUCCEEDED,
                "search suggestions for '" + typed + "'"));
        return new SuggestionList(
                typed,
                found.stream().map(f -> new Suggested(f.text(), f.kind())).toList());
    }

    /** Says when results may be incomplete because the index is being rebuilt. */
    public String status() {
        SearchProjection.Progress p = projection.rebuilding();
        return p == null
                ? null
                : "The search index is being rebuilt (" + p.kind() + "s " + p.done() + " of " + p.total()
                        + "): results may be incomplete.";
    }

    /**
     * The latest incidents at a person's (unrestricted) addresses, for the person's page. Opening a
     * restricted person without need-to-know, or addresses withheld from the role, gives nothing.
     */
    public List<SearchResults.IncidentResult> recentIncidents(Actor actor, long personId, String purpose) {
        policy.require(actor, Permission.INCIDENT_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        if (!policy.allows(actor, Permission.PERSON_READ) || !policy.mayView(actor, Field.PERSON_ADDRESS)) {
            return List.of();
        }
        var person = feed.person(personId)
                .filter(p ->
                        policy.mayOpen(actor, Permission.PERSON_READ, RecordRef.of("person", p.id()), p.restricted()));
        if (person.isEmpty()) {
            return List.of();
        }
        List<SearchResults.AddressResult> addresses = person.get().addresses().stream()
                .map(a -> new SearchResults.AddressResult(
                        a.locationId(), a.oneLine(), a.postcode(), null, null, false, List.of(), List.of()))
                .toList();
        List<SearchResults.IncidentResult> found = incidentsAt(actor, addresses).stream()
                .sorted(java.util.Comparator.comparing(SearchResults.IncidentResult::openedAt)
                        .reversed())
                .limit(PER_GROUP)
                .toList();
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose.strip(), RecordRef.of("person", personId))
                .withDetail("recent incidents at the person's addresses"));
        return found;
    }

    /** The incidents and crimes linked to a person, for the person's page. */
    public record PersonLinked(
            List<SearchResults.IncidentResult> incidents,
            int incidentCount,
            boolean incidentsReadable,
            List<SearchResults.CrimeResult> crimes,
            int crimeCount,
            boolean crimesReadable) {}

    /**
     * The incidents a person called about and the crimes they are a party to, latest first, for the
     * person's page. A restricted person without need-to-know, or one that does not exist, is a
     * {@code RecordNotFound}, exactly as opening the person is.
     */
    public PersonLinked personLinks(Actor actor, long personId, String purpose) {
        policy.require(actor, Permission.PERSON_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        var person = feed.person(personId)
                .filter(p ->
                        policy.mayOpen(actor, Permission.PERSON_READ, RecordRef.of("person", p.id()), p.restricted()))
                .orElseThrow(() -> new org.constable.shared.RecordNotFound(RecordRef.of("person", personId)));
        LinkedRecords.PersonLinks l = linked.of(actor, List.of(person.id()), PER_GROUP)
                .getOrDefault(person.id(), LinkedRecords.PersonLinks.NONE);
        List<RecordRef> shown = new ArrayList<>();
        shown.add(RecordRef.of("person", personId));
        l.incidents().forEach(i -> shown.add(RecordRef.of("incident", i.id())));
        l.crimes().forEach(c -> shown.add(RecordRef.of("crime", c.id())));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                shown,
                purpose.strip(),
                null,
                Outcome.SUCCEEDED,
                "incidents and crimes linked to the person"));
        return new PersonLinked(
                l.incidents(),
                l.incidentCount(),
                policy.allows(actor, Permission.INCIDENT_READ),
                l.crimes(),
                l.crimeCount(),
                policy.allows(actor, Permission.CRIME_READ));
    }

    private List<SearchResults.IncidentResult> incidentsAt(Actor actor, List<SearchResults.AddressResult> addresses) {
        Map<Long, SearchResults.IncidentResult> found = new LinkedHashMap<>();
        for (SearchResults.AddressResult a :
                addresses.subList(0, Math.min(ADDRESSES_FOR_INCIDENTS, addresses.size()))) {
            for (Incidents.IncidentSummary i : incidents.atLocation(actor, a.id(), INCIDENTS_PER_ADDRESS)) {
                found.putIfAbsent(i.id(), LinkedRecords.incident(i, "at " + a.address()));
            }
        }
        return List.copyOf(found.values());
    }

    private boolean needToKnow(Actor actor, Permission permission, String type, long id) {
        return policy.mayOpen(actor, permission, RecordRef.of(type, id), true);
    }

    private static List<String> nonNull(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept;
    }
}
