package org.constable.covert.application;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import org.constable.audit.Operation;
import org.constable.covert.persistence.OperationStore;
import org.constable.identity.Actor;
import org.constable.intelligence.ReportCompartments;
import org.constable.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * Intelligence reports filed in an operation (ADR 0103): the intelligence module asks here, at every
 * read, which reports the reader may not see; membership is read live, never from a copy.
 */
@Component
class CompartmentedReports implements ReportCompartments {

    private final OperationStore store;
    private final Compartment compartment;
    private final CovertAudit audit;
    private final Clock clock;

    CompartmentedReports(OperationStore store, Compartment compartment, CovertAudit audit, Clock clock) {
        this.store = store;
        this.compartment = compartment;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void file(Actor actor, long compartmentId, long reportId) {
        try {
            compartment.enter(actor, compartmentId);
        } catch (RecordNotFound e) {
            throw e.inField("operationId");
        }
        store.fileReport(compartmentId, reportId, actor.username(), clock.instant());
        audit.record(
                Operation.COLLECTION, actor, null, compartmentId, "intelligence report filed in a covert operation");
    }

    @Override
    public Set<Long> hiddenFrom(Actor actor, Collection<Long> reportIds) {
        return reportIds.isEmpty() ? Set.of() : store.hiddenFrom(actor.userId(), reportIds);
    }

    @Override
    public Set<Long> compartmented(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? Set.of() : store.compartmented(reportIds);
    }
}
