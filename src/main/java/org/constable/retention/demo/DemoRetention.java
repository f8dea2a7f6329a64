package org.constable.retention.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.constable.identity.DemoMode;
import org.constable.retention.persistence.RetentionStore;
import org.constable.shared.ForceTime;
import org.constable.shared.HistoryClock;
import org.constable.shared.RecordType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's history is six months long, so no record would be due for a MoPI review for
 * years. On a first start (no decision yet, nothing due) a few of its records have their review
 * brought forward, so the reviewer's queue shows work. Never in a real force.
 */
@Component
@Order(81)
class DemoRetention implements ApplicationRunner {

    private final DemoMode demo;
    private final RetentionStore store;
    private final Clock clock;

    DemoRetention(DemoMode demo, RetentionStore store, Clock clock) {
        this.demo = demo;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(HistoryClock.real(clock).withZone(ForceTime.ZONE));
        if (!demo.enabled() || store.countDecisions() > 0 || store.countDue(today) > 0) {
            return;
        }
        store.bringForward(RecordType.PERSON, 4, today.minusDays(12));
        store.bringForward(RecordType.CRIME, 4, today.minusDays(5));
        store.bringForward(RecordType.INCIDENT, 2, today.minusDays(2));
        store.bringForward(RecordType.INTELLIGENCE_REPORT, 1, today);
    }
}
