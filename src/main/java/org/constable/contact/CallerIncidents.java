package org.constable.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.constable.contact.persistence.CallStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents a POLE person is linked to through contact: the calls they made (as the identified
 * caller). Ids only, no caller details; callers ask AccessPolicy and audit what they show.
 */
@Service
public class CallerIncidents {

    /** A person's incidents, latest call first, at most as many as asked for, and how many there are in all. */
    public record Linked(long personId, List<Long> incidentIds, int total) {
        public Linked {
            incidentIds = List.copyOf(incidentIds);
        }
    }

    private final CallStore calls;

    CallerIncidents(CallStore calls) {
        this.calls = calls;
    }

    /** For each of the persons who called at least once, up to {@code perPerson} incidents. */
    @Transactional(readOnly = true)
    public Map<Long, Linked> of(Collection<Long> personIds, int perPerson) {
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        Map<Long, Integer> totals = new LinkedHashMap<>();
        for (CallStore.CallerIncidentRow r : calls.callerIncidents(personIds, perPerson)) {
            ids.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r.incidentId());
            totals.put(r.personId(), r.total());
        }
        Map<Long, Linked> linked = new LinkedHashMap<>();
        ids.forEach((person, incidents) -> linked.put(
                person,
                new Linked(
                        person,
                        incidents,
                        Objects.requireNonNull(totals.get(person), "counted with the incidents found"))));
        return linked;
    }
}
