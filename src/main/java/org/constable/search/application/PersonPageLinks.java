package org.constable.search.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Field;
import org.constable.identity.Permission;
import org.constable.people.PoleSearchFeed;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Service;

/**
 * What the person's page loads from search: the recent incidents at the person's addresses, and the
 * incidents and crimes linked to the person. The person and the addresses are read live from
 * people's facade (never from the index), asked of AccessPolicy, and every read is audited.
 */
@Service
public class PersonPageLinks {

    static final int PER_GROUP = PoleSearch.PER_GROUP;

    private final PoleSearchFeed feed;
    private final LinkedRecords linked;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    PersonPageLinks(PoleSearchFeed feed, LinkedRecords linked, AccessPolicy policy, AuditTrail audit) {
        this.feed = feed;
        this.linked = linked;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * The latest incidents at a person's (unrestricted) addresses, for the person's page. Opening a
     * restricted person without need-to-know, or addresses withheld from the role, gives nothing.
     */
    public List<SearchResults.IncidentResult> recentIncidents(Actor actor, long personId, String purpose) {
        policy.require(actor, Permission.INCIDENT_READ);
        PoleSearch.requirePurpose(purpose);
        if (!policy.allows(actor, Permission.PERSON_READ) || !policy.mayView(actor, Field.PERSON_ADDRESS)) {
            return List.of();
        }
        var person = feed.person(personId)
                .filter(p -> policy.mayOpen(
                        actor, Permission.PERSON_READ, RecordRef.of(RecordType.PERSON, p.id()), p.restricted()));
        if (person.isEmpty()) {
            return List.of();
        }
        List<SearchResults.AddressResult> addresses = person.get().addresses().stream()
                .map(a -> new SearchResults.AddressResult(
                        a.locationId(), a.oneLine(), a.postcode(), null, null, false, List.of(), List.of()))
                .toList();
        List<SearchResults.IncidentResult> found = linked.incidentsAt(actor, addresses).stream()
                .sorted(Comparator.comparing(SearchResults.IncidentResult::openedAt)
                        .reversed())
                .limit(PER_GROUP)
                .toList();
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION, actor, purpose.strip(), RecordRef.of(RecordType.PERSON, personId))
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
        PoleSearch.requirePurpose(purpose);
        var person = feed.person(personId)
                .filter(p -> policy.mayOpen(
                        actor, Permission.PERSON_READ, RecordRef.of(RecordType.PERSON, p.id()), p.restricted()))
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.PERSON, personId)));
        LinkedRecords.PersonLinks l = linked.of(actor, List.of(person.id()), PER_GROUP)
                .getOrDefault(person.id(), LinkedRecords.PersonLinks.NONE);
        List<RecordRef> shown = new ArrayList<>();
        shown.add(RecordRef.of(RecordType.PERSON, personId));
        l.incidents().forEach(i -> shown.add(RecordRef.of(RecordType.INCIDENT, i.id())));
        l.crimes().forEach(c -> shown.add(RecordRef.of(RecordType.CRIME, c.id())));
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
}
