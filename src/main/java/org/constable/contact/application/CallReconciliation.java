package org.constable.contact.application;

import java.util.List;
import java.util.Set;
import org.constable.contact.persistence.CallStore;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proves every call has its incident: the count of orphan calls must be zero. */
@Service
public class CallReconciliation {

    public record Report(long calls, long withIncident, List<String> orphanCalls) {}

    private final CallStore calls;
    private final Incidents incidents;
    private final AccessPolicy policy;

    public CallReconciliation(CallStore calls, Incidents incidents, AccessPolicy policy) {
        this.calls = calls;
        this.incidents = incidents;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public Report run(Actor actor) {
        policy.require(actor, Permission.RESPONSE_REPORTS);
        List<CallStore.CallIncident> links = calls.allIncidentLinks();
        Set<Long> existing = incidents.existing(links.stream()
                .map(CallStore.CallIncident::incidentId)
                .distinct()
                .toList());
        List<String> orphans = links.stream()
                .filter(l -> !existing.contains(l.incidentId()))
                .map(CallStore.CallIncident::reference)
                .toList();
        return new Report(links.size(), links.size() - orphans.size(), orphans);
    }
}
