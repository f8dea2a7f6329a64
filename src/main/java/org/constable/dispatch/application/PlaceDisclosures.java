package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.dispatch.persistence.DisclosureStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.people.RestrictedParts;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * Sending a unit to a live incident at a restricted address discloses the address to the officers
 * who crew it (they cannot attend a place they are not told), and to no one else: the dispatcher
 * without need-to-know still sees "restricted location". Each disclosure is recorded per officer
 * and written to the audit trail as a DISCLOSURE naming its recipients, in the assigning
 * transaction. It lasts while the incident is open.
 */
@Component
class PlaceDisclosures {

    private final DisclosureStore disclosures;
    private final RestrictedParts parts;
    private final CurrentActor users;
    private final AuditTrail audit;
    private final Clock clock;

    PlaceDisclosures(
            DisclosureStore disclosures, RestrictedParts parts, CurrentActor users, AuditTrail audit, Clock clock) {
        this.disclosures = disclosures;
        this.parts = parts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** After units are assigned to a live incident: discloses a restricted address to their crews. */
    void onAssigned(Actor dispatcher, IncidentRow incident, List<UnitStore.UnitRow> units) {
        if (!restrictedPlace(dispatcher, incident)) {
            return;
        }
        Instant now = clock.instant();
        List<String> recipients = new ArrayList<>();
        for (UnitStore.UnitRow unit : units) {
            List<String> crew = new ArrayList<>();
            for (long userId : disclosures.crewOf(unit.id())) {
                disclosures.add(incident.id(), userId, unit.id(), now, dispatcher.username());
                crew.add(username(userId));
            }
            recipients.add(unit.callsign() + ": " + (crew.isEmpty() ? "no officer crewed" : String.join(", ", crew)));
        }
        record(dispatcher, incident, String.join("; ", recipients), "sent to the incident");
    }

    /** An officer put on the crew of a unit already sent to a live incident at a restricted address is told too. */
    void onCrewed(Actor dispatcher, UnitStore.UnitRow unit, long userId, IncidentRow incident) {
        if (!incident.open() || !restrictedPlace(dispatcher, incident)) {
            return;
        }
        if (disclosures.add(incident.id(), userId, unit.id(), clock.instant(), dispatcher.username())) {
            record(dispatcher, incident, unit.callsign() + ": " + username(userId), "crewed on a unit already sent");
        }
    }

    private boolean restrictedPlace(Actor dispatcher, IncidentRow incident) {
        return incident.locationId() != null
                && parts.place(dispatcher, incident.locationId()).restricted();
    }

    private void record(Actor dispatcher, IncidentRow incident, String recipients, String how) {
        audit.record(new AuditRecord(
                Operation.DISCLOSURE,
                dispatcher.username(),
                dispatcher.rolesText(),
                List.of(
                        RecordRef.of(RecordType.INCIDENT, incident.id()),
                        RecordRef.of(RecordType.LOCATION, IncidentPlaces.restrictedLocation(incident))),
                "Dispatch to a live incident at a restricted address (" + incident.reference() + ")",
                recipients,
                Outcome.SUCCEEDED,
                "restricted address disclosed to the crew " + how));
    }

    private String username(long userId) {
        return users.usernameOf(userId).orElse("user " + userId);
    }
}
