package org.constable.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.constable.dashboards.facts.IncidentFacts;
import org.constable.dispatch.IncidentClosed;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

/**
 * The event publication registry records each IncidentClosed it still owes the closed-incident read
 * model under the listener's id, and re-sends it on a restart only to a listener with that id. A
 * force upgrading from the release where analytics was one module may hold such a closing, so the
 * listener keeps the id it had before the re-cut (ADR 0055).
 */
class AClosingQueuedBeforeTheRecutStillFindsItsListenerTest {

    private static final String LISTENER_BEFORE_THE_RECUT =
            "org.constable.analytics.facts.IncidentFacts.on(org.constable.dispatch.IncidentClosed)";

    @Test
    void theReadModelListensUnderTheIdItHadBeforeTheRecut() throws NoSuchMethodException {
        Method on = IncidentFacts.class.getDeclaredMethod("on", IncidentClosed.class);

        // built as Spring builds it for an @ApplicationModuleListener method
        var listener = new TransactionalApplicationListenerMethodAdapter("incidentFacts", IncidentFacts.class, on);

        assertThat(listener.getListenerId()).isEqualTo(LISTENER_BEFORE_THE_RECUT);
    }
}
