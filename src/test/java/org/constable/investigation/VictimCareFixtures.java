package org.constable.investigation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeVictim;
import org.constable.identity.Role;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stands in for the crime module, which is not on this branch: publishes CrimeRecorded in a
 * committed transaction exactly as crime recording would, and waits for victim care to open.
 */
@Component
class VictimCareFixtures {

    private static final AtomicLong CRIME_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final AtomicLong PERSON_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final DatabaseAdmin db;
    private final UserAdministration admin;
    private final UserAccounts accounts;

    VictimCareFixtures(
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            DatabaseAdmin db,
            UserAdministration admin,
            UserAccounts accounts) {
        this.events = events;
        this.tx = tx;
        this.db = db;
        this.admin = admin;
        this.accounts = accounts;
    }

    static long personId() {
        return PERSON_IDS.incrementAndGet();
    }

    /** Records a crime with these victims for the officer and returns its id once victim care has opened. */
    CrimeRecorded crime(String officer, Instant reportedAt, CrimeVictim... victims) {
        long id = CRIME_IDS.incrementAndGet();
        CrimeRecorded e = new CrimeRecorded(
                id, "CRM-" + id, "28E", reportedAt, reportedAt.plus(Duration.ofHours(1)), officer, List.of(victims));
        publish(e);
        await("victim care opens for crime " + id)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> db.count("SELECT count(*) FROM investigation.victim_care WHERE crime_id = ?", id)
                        >= victims.length);
        return e;
    }

    void publish(CrimeRecorded e) {
        tx.executeWithoutResult(s -> events.publishEvent(e));
    }

    TestUsers.TestUser userInTeam(String team, Role... roles) {
        String username = "v" + System.nanoTime() % 1_000_000 + "-" + CRIME_IDS.incrementAndGet() % 1000;
        long id = admin.createWithoutCheck(new UserAdministration.NewUser(
                username, "Test " + username, null, TestUsers.PASSWORD, Set.of(roles), team));
        return new TestUsers.TestUser(
                id, username, accounts.findById(id).orElseThrow().totpSecret());
    }
}
