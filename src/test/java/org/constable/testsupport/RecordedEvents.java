package org.constable.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.constable.dispatch.IncidentClosed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records the events dispatch publishes once their transaction has committed, for tests to inspect. */
@Component
public class RecordedEvents {

    private final List<IncidentClosed> closed = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentClosed e) {
        closed.add(e);
    }

    public List<IncidentClosed> closedIncident(long incidentId) {
        return closed.stream().filter(e -> e.incidentId() == incidentId).toList();
    }
}
