package org.constable.search.application;

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
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonHit;
import org.constable.search.domain.PersonSearch;
import org.constable.search.domain.SearchText;
import org.constable.search.domain.SearchableLocation;
import org.constable.search.domain.SearchableVehicle;
import org.constable.search.domain.VehicleSearch;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one search box: persons, addresses, vehicles and the incidents at the addresses found. Each
 * group is searched only when the user's role may read that kind of record; a restricted record
 * is dropped inside the index search unless the user has need-to-know, before anything is counted.
 * Every search is an audited consultation of the records it showed, with the user's purpose.
 */
@Service
public class PoleSearch {

    static final int PER_GROUP = 10;
    private static final java.time.format.DateTimeFormatter OPENED = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Europe/London"));
    private static final int INCIDENTS_PER_ADDRESS = 5;
    private static final int ADDRESSES_FOR_INCIDENTS = 3;

    private final SearchIndex index;
    private final SearchProjection projection;
    private final PoleSearchFeed feed;
    private final PersonSearch persons;
    private final Incidents incidents;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public PoleSearch(SearchIndex index, SearchProjection projection, PoleSearchFeed feed, Incidents incidents, AccessPolicy policy,
                      AuditTrail audit, Clock clock) {
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
            throw new IllegalArgumentException("Type at least 2 characters: a name, date of birth, postcode, street or registration.");
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
            text = new SearchText(text.raw(), text.nameWords(), text.surnameFirst(), null, null, null, text.postcode(),
                    text.partialPostcode(), text.houseNumber(), text.streetWords(), text.vrm());
            notes.add("Dates of birth and ages are not searched for your role.");
        }
        SearchText criteria = text;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<SearchResults.PersonResult> people = new ArrayList<>();
        List<SearchResults.AddressResult> addresses = new ArrayList<>();
        List<SearchResults.VehicleResult> vehicles = new ArrayList<>();
        index.withSearcher(searcher -> {
            for (PersonHit h : persons.search(searcher, criteria, today, PER_GROUP, id -> needToKnow(actor, Permission.PERSON_READ, "person", id))) {
                var p = h.person();
                people.add(new SearchResults.PersonResult(p.id(), p.displayName(), dobVisible ? p.dateOfBirth() : null, p.restricted(),
                        p.warnings(), addressVisible ? p.addresses() : List.of(), p.vrms(), h.why()));
            }
            if (policy.allows(actor, Permission.LOCATION_READ)) {
                for (Hit<SearchableLocation> h : LocationSearch.search(searcher, criteria, near, PER_GROUP,
                        id -> needToKnow(actor, Permission.LOCATION_READ, "location", id))) {
                    var l = h.record();
                    addresses.add(new SearchResults.AddressResult(l.id(), l.oneLine(), l.postcode(), l.latitude(), l.longitude(),
                            l.restricted(), l.warnings(), h.why()));
                }
            }
            if (policy.allows(actor, Permission.VEHICLE_READ)) {
                for (Hit<SearchableVehicle> h : VehicleSearch.search(searcher, criteria, PER_GROUP,
                        id -> needToKnow(actor, Permission.VEHICLE_READ, "vehicle", id))) {
                    var v = h.record();
                    vehicles.add(new SearchResults.VehicleResult(v.id(), v.vrm(),
                            String.join(" ", nonNull(v.colour(), v.make(), v.model())), v.restricted(), h.why()));
                }
            }
            return null;
        });
        List<SearchResults.IncidentResult> found = policy.allows(actor, Permission.INCIDENT_READ) ? incidentsAt(addresses) : List.of();
        List<RecordRef> shown = new ArrayList<>();
        people.forEach(p -> shown.add(RecordRef.of("person", p.id())));
        addresses.forEach(a -> shown.add(RecordRef.of("location", a.id())));
        vehicles.forEach(v -> shown.add(RecordRef.of("vehicle", v.id())));
        audit.record(new AuditRecord(Operation.CONSULTATION, actor.username(), actor.rolesText(), shown, purpose.strip(), null,
                Outcome.SUCCEEDED, "search '" + typed + "'" + (near == null ? "" : " near " + near)));
        return new SearchResults(typed, people, addresses, vehicles, found, notes, status());
    }

    /** Says when results may be incomplete because the index is being rebuilt. */
    public String status() {
        SearchProjection.Progress p = projection.rebuilding();
        return p == null ? null : "The search index is being rebuilt (" + p.kind() + "s " + p.done() + " of " + p.total()
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
                .filter(p -> policy.mayOpen(actor, Permission.PERSON_READ, RecordRef.of("person", p.id()), p.restricted()));
        if (person.isEmpty()) {
            return List.of();
        }
        List<SearchResults.AddressResult> addresses = person.get().addresses().stream()
                .map(a -> new SearchResults.AddressResult(a.locationId(), a.oneLine(), a.postcode(), null, null, false, List.of(), List.of()))
                .toList();
        List<SearchResults.IncidentResult> found = incidentsAt(addresses).stream()
                .sorted(java.util.Comparator.comparing(SearchResults.IncidentResult::openedAt).reversed()).limit(PER_GROUP).toList();
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose.strip(), RecordRef.of("person", personId))
                .withDetail("recent incidents at the person's addresses"));
        return found;
    }

    private List<SearchResults.IncidentResult> incidentsAt(List<SearchResults.AddressResult> addresses) {
        Map<Long, SearchResults.IncidentResult> found = new LinkedHashMap<>();
        for (SearchResults.AddressResult a : addresses.subList(0, Math.min(ADDRESSES_FOR_INCIDENTS, addresses.size()))) {
            for (Incidents.IncidentSummary i : incidents.atLocation(a.id(), INCIDENTS_PER_ADDRESS)) {
                found.putIfAbsent(i.id(), new SearchResults.IncidentResult(i.id(), i.reference(), i.openedAt(), OPENED.format(i.openedAt()), i.callType(), i.status(),
                        i.locationText(), "at " + a.address()));
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
