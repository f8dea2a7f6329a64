package org.constable.search.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constable.contact.CallerIncidents;
import org.constable.crime.CrimeRole;
import org.constable.crime.PersonCrimes;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.search.domain.RecordReference;
import org.springframework.stereotype.Component;

/**
 * The incidents and crimes linked to persons already found (and cleared by AccessPolicy), and those
 * found by their reference. Read through the owning modules' facades, so always current: incidents
 * a person called about (contact) and crimes they are a victim, suspect or witness of (crime).
 * Each kind is gathered only when the user's role may read it; nothing here names anyone else.
 */
@Component
class LinkedRecords {

    static final int PER_PERSON = 3;
    private static final int INCIDENTS_PER_ADDRESS = 5;
    private static final int ADDRESSES_FOR_INCIDENTS = 3;
    static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    /** What is linked to one person: a few of each kind, latest first, and the totals. */
    record PersonLinks(
            List<SearchResults.IncidentResult> incidents,
            int incidentCount,
            List<SearchResults.CrimeResult> crimes,
            int crimeCount) {
        static final PersonLinks NONE = new PersonLinks(List.of(), 0, List.of(), 0);
    }

    private final CallerIncidents callers;
    private final Incidents incidents;
    private final PersonCrimes crimes;
    private final AccessPolicy policy;

    LinkedRecords(CallerIncidents callers, Incidents incidents, PersonCrimes crimes, AccessPolicy policy) {
        this.callers = callers;
        this.incidents = incidents;
        this.crimes = crimes;
        this.policy = policy;
    }

    /** For persons the caller has already cleared for this actor: their linked incidents and crimes, by person id. */
    Map<Long, PersonLinks> of(Actor actor, Collection<Long> personIds, int perPerson) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CallerIncidents.Linked> called =
                policy.allows(actor, Permission.INCIDENT_READ) ? callers.of(personIds, perPerson) : Map.of();
        Set<Long> incidentIds = new HashSet<>();
        called.values().forEach(l -> incidentIds.addAll(l.incidentIds()));
        Map<Long, Incidents.IncidentSummary> byId = new HashMap<>();
        incidents.byIds(actor, incidentIds).forEach(i -> byId.put(i.id(), i));
        Map<Long, PersonCrimes.Linked> party =
                policy.allows(actor, Permission.CRIME_READ) ? crimes.of(personIds, perPerson) : Map.of();
        Map<Long, PersonLinks> links = new LinkedHashMap<>();
        for (long person : personIds) {
            CallerIncidents.Linked c = called.get(person);
            PersonCrimes.Linked k = party.get(person);
            List<SearchResults.IncidentResult> shown = new ArrayList<>();
            if (c != null) {
                c.incidentIds().stream()
                        .map(byId::get)
                        .filter(i -> i != null)
                        .forEach(i -> shown.add(incident(i, "called about it")));
            }
            List<SearchResults.CrimeResult> crimesShown = k == null
                    ? List.of()
                    : k.crimes().stream().map(x -> crime(x, partsIn(x.roles()))).toList();
            links.put(
                    person,
                    new PersonLinks(
                            List.copyOf(shown), c == null ? 0 : c.total(), crimesShown, k == null ? 0 : k.total()));
        }
        return links;
    }

    /** The incident whose reference is the whole of what was typed, when the role may read incidents. */
    List<SearchResults.IncidentResult> incidentsByReference(Actor actor, String typed) {
        if (!policy.allows(actor, Permission.INCIDENT_READ)) {
            return List.of();
        }
        return RecordReference.of(typed, RecordReference.INCIDENT).stream()
                .map(reference -> incidents.byReference(actor, reference))
                .flatMap(java.util.Optional::stream)
                .limit(1)
                .map(i -> incident(i, "reference " + i.reference()))
                .toList();
    }

    /** The crime whose reference is the whole of what was typed, when the role may read crimes. */
    List<SearchResults.CrimeResult> crimesByReference(Actor actor, String typed) {
        if (!policy.allows(actor, Permission.CRIME_READ)) {
            return List.of();
        }
        return RecordReference.of(typed, RecordReference.CRIME).stream()
                .map(crimes::byReference)
                .flatMap(java.util.Optional::stream)
                .limit(1)
                .map(c -> crime(c, "reference " + c.reference()))
                .toList();
    }

    /** The latest incidents at the first few addresses given (already cleared for the user), each once. */
    List<SearchResults.IncidentResult> incidentsAt(Actor actor, List<SearchResults.AddressResult> addresses) {
        Map<Long, SearchResults.IncidentResult> found = new LinkedHashMap<>();
        for (SearchResults.AddressResult a :
                addresses.subList(0, Math.min(ADDRESSES_FOR_INCIDENTS, addresses.size()))) {
            for (Incidents.IncidentSummary i : incidents.atLocation(actor, a.id(), INCIDENTS_PER_ADDRESS)) {
                found.putIfAbsent(i.id(), incident(i, "at " + a.address()));
            }
        }
        return List.copyOf(found.values());
    }

    static SearchResults.IncidentResult incident(Incidents.IncidentSummary i, String why) {
        return new SearchResults.IncidentResult(
                i.id(),
                i.reference(),
                i.openedAt(),
                SHOWN.format(i.openedAt()),
                i.callType(),
                i.status(),
                i.locationText(),
                why);
    }

    private static SearchResults.CrimeResult crime(PersonCrimes.CrimeSummary c, String why) {
        return new SearchResults.CrimeResult(
                c.id(),
                c.reference(),
                c.classification(),
                c.status(),
                c.recordedAt(),
                SHOWN.format(c.recordedAt()),
                why);
    }

    private static String partsIn(List<CrimeRole> roles) {
        return String.join(
                " and ",
                roles.stream().map(r -> r.label().toLowerCase(Locale.ROOT)).toList());
    }
}
