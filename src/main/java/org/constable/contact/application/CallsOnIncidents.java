package org.constable.contact.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constable.contact.domain.Channel;
import org.constable.contact.persistence.CallStore;
import org.constable.dispatch.IncidentCalls;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers dispatch's question: what the calls behind an incident say. Dispatch asks AccessPolicy and audits. */
@Service
class CallsOnIncidents implements IncidentCalls {

    private final CallStore calls;

    CallsOnIncidents(CallStore calls) {
        this.calls = calls;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Call> of(long incidentId) {
        return calls.ofIncident(incidentId).stream()
                .map(c -> new Call(
                        c.id(),
                        c.reference(),
                        c.receivedAt(),
                        channel(c.channel()),
                        c.callerAnonymous(),
                        c.callerName(),
                        c.callerPhone(),
                        c.callerPersonId(),
                        thrive(c.thrive()),
                        c.proposedGrade(),
                        c.grade(),
                        c.gradeReason(),
                        c.personIds()))
                .toList();
    }

    private static String channel(String stored) {
        try {
            return Channel.valueOf(stored).label();
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    /** THRIVE as stored (ThriveAssessment.asText: one element=LEVEL:note line each), as words. */
    static List<ThriveElement> thrive(String stored) {
        List<ThriveElement> elements = new ArrayList<>();
        if (stored == null) {
            return elements;
        }
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('='), colon = line.indexOf(':');
            if (eq < 1 || colon < eq) {
                continue;
            }
            String element = line.substring(0, eq);
            String level = line.substring(eq + 1, colon);
            String note = line.substring(colon + 1).trim();
            elements.add(new ThriveElement(
                    Character.toUpperCase(element.charAt(0)) + element.substring(1),
                    level.charAt(0) + level.substring(1).toLowerCase(Locale.ROOT),
                    note.isEmpty() ? null : note));
        }
        return elements;
    }
}
