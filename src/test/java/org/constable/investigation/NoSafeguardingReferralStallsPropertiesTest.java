package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.constable.identity.Actor;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.investigation.application.ReferralEscalations;
import org.constable.investigation.application.Referrals;
import org.constable.investigation.domain.ReferralSource;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property: over random sequences of making, reassigning, sending, acknowledging and closing
 * referrals (some with bad input), the clock moving on and the escalation check running, no
 * referral is ever without an owner or a due time, and after every escalation check no open
 * referral is past its due time without an escalation recorded for that due time.
 *
 * <p>Seeded {@link Random} per repetition (the seed and the steps are in every failure message),
 * driven through the use-case beans against the real database.
 */
@ConstableHttpTest
class NoSafeguardingReferralStallsPropertiesTest {

    private static final long BASE_SEED = 20261211L;
    private static final String[] AGENCIES = {"childrens-social-care", "adult-social-care", "marac", "health", "nowhere"
    };

    @Autowired
    InvestigationScene scene;

    @Autowired
    TestUsers users;

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralEscalations escalations;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noReferralWithoutAnOwnerAndNoneOverdueWithoutAnEscalation() {
        for (int rep = 0; rep < 3; rep++) {
            run(BASE_SEED + rep);
        }
    }

    private void run(long seed) {
        Random random = new Random(seed);
        String team = "Property team " + seed + "-" + System.nanoTime();
        List<Actor> officers = List.of(
                scene.actorOf(users.createInTeam(team, Rank.CONSTABLE, Role.RESPONSE_OFFICER)
                        .username()),
                scene.actorOf(users.createInTeam(team, Rank.CONSTABLE, Role.INVESTIGATOR)
                        .username()),
                scene.actorOf(users.create(Role.RESPONSE_OFFICER).username()));
        scene.actorOf(users.createInTeam(team, Rank.INSPECTOR, Role.SUPERVISOR).username());
        long crime = scene.crime(officers.get(0), false).id();
        List<Long> made = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            Actor who = officers.get(random.nextInt(officers.size()));
            long id = made.isEmpty() ? 0 : made.get(random.nextInt(made.size()));
            int op = made.isEmpty() ? 0 : random.nextInt(8);
            switch (op) {
                case 0 ->
                    trace.add(attempt(
                            "make",
                            () -> made.add(referrals
                                    .make(
                                            who,
                                            new Referrals.NewReferral(
                                                    AGENCIES[random.nextInt(AGENCIES.length)],
                                                    ReferralSource.CRIME,
                                                    random.nextInt(8) == 0 ? 999_999_999L : crime,
                                                    "Person " + random.nextInt(100),
                                                    "Concern",
                                                    random.nextInt(6) == 0
                                                            ? "nobody.here"
                                                            : officers.get(random.nextInt(officers.size()))
                                                                    .username()))
                                    .id())));
                case 1 ->
                    trace.add(attempt(
                            "reassign " + id,
                            () -> referrals.reassign(
                                    who,
                                    id,
                                    random.nextInt(6) == 0
                                            ? null
                                            : officers.get(random.nextInt(officers.size()))
                                                    .username(),
                                    "Shift change")));
                case 2 -> trace.add(attempt("send " + id, () -> referrals.send(who, id, "Emailed")));
                case 3 ->
                    trace.add(attempt(
                            "acknowledge " + id, () -> referrals.acknowledge(who, id, "R" + random.nextInt(1000))));
                case 4 -> trace.add(attempt("outcome " + id, () -> referrals.recordOutcome(who, id, "Assessed")));
                case 5, 6 -> {
                    Duration by = Duration.ofMinutes(30 + random.nextInt(60 * 30));
                    clock.advance(by);
                    trace.add("clock +" + by);
                }
                default -> {
                    int n = escalations.check();
                    trace.add("escalation check: " + n);
                    assertEveryOverdueReferralEscalated(made, seed, trace);
                }
            }
            assertEveryReferralOwnedAndDue(made, seed, trace);
        }
        escalations.check();
        assertEveryOverdueReferralEscalated(made, seed, trace);
    }

    private void assertEveryReferralOwnedAndDue(List<Long> ids, long seed, List<String> trace) {
        if (ids.isEmpty()) {
            return;
        }
        long bad = jdbc.sql("SELECT count(*) FROM investigation.safeguarding_referral"
                        + " WHERE id IN (:ids) AND (owner IS NULL OR owner = '' OR due_at IS NULL)")
                .param("ids", ids)
                .query(Long.class)
                .single();
        assertThat(bad).as("seed %d, steps %s", seed, trace).isZero();
        long owners = jdbc.sql(
                        "SELECT count(*) FROM investigation.safeguarding_referral r"
                                + " WHERE id IN (:ids) AND NOT EXISTS (SELECT 1 FROM identity.app_user u WHERE u.username = r.owner)")
                .param("ids", ids)
                .query(Long.class)
                .single();
        assertThat(owners)
                .as("every owner is a real account; seed %d, steps %s", seed, trace)
                .isZero();
    }

    private void assertEveryOverdueReferralEscalated(List<Long> ids, long seed, List<String> trace) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> stalled = jdbc.sql("""
                        SELECT r.id FROM investigation.safeguarding_referral r
                         WHERE r.id IN (:ids) AND r.stage <> 'CLOSED' AND r.due_at < :now
                           AND (r.escalation_level < 1 OR NOT EXISTS (
                                SELECT 1 FROM investigation.referral_event e
                                 WHERE e.referral_id = r.id AND e.kind = 'ESCALATED' AND e.due_at = r.due_at))
                        """)
                .param("ids", ids)
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class)
                .list();
        assertThat(stalled)
                .as("overdue referrals without an escalation; seed %d, steps %s", seed, trace)
                .isEmpty();
    }

    private static String attempt(String what, Runnable work) {
        try {
            work.run();
            return what + ": done";
        } catch (RuntimeException e) {
            return what + ": refused (" + e.getClass().getSimpleName() + ")";
        }
    }
}
