package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.application.InvestigationActions;
import org.constable.investigation.application.InvestigationFinalising;
import org.constable.investigation.application.InvestigationQueries;
import org.constable.investigation.application.InvestigationViews;
import org.constable.investigation.application.SupervisoryReviews;
import org.constable.investigation.domain.ActionPriority;
import org.constable.investigation.domain.Deadline;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property: over random sequences of opening investigations, raising, reassigning and completing
 * actions (some with bad input), supervisory reviews, finalising and days passing, no open action is
 * ever without an owner who may work it, no action ever disappears, and every open investigation
 * whose review day has come is in its supervisor's review queue (and none that is not due is).
 *
 * <p>Seeded {@link Random} per repetition (the seed is in every failure message), driven through the
 * use-case beans against the real database, as crime's and dispatch's property tests are.
 */
@ConstableHttpTest
class InvestigationInvariantsPropertiesTest {

    private static final long BASE_SEED = 20261210L;
    private static final String PURPOSE = "Property test";

    @Autowired
    InvestigationScene scene;

    @Autowired
    InvestigationActions actions;

    @Autowired
    SupervisoryReviews reviews;

    @Autowired
    InvestigationFinalising finalising;

    @Autowired
    InvestigationQueries queries;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noOpenActionWithoutAnOwnerAndNoReviewDueOutsideTheQueue() {
        for (int rep = 0; rep < 3; rep++) {
            run(BASE_SEED + rep);
        }
    }

    private void run(long seed) {
        Random random = new Random(seed);
        clock.dayClearOfMidnight(Deadline.ENGLAND_AND_WALES);
        List<Actor> workers = List.of(scene.actor(Role.INVESTIGATOR), scene.actor(Role.INVESTIGATOR));
        List<Actor> supervisors = List.of(scene.actor(Role.SUPERVISOR), scene.actor(Role.SUPERVISOR));
        Set<String> mayWork = new HashSet<>();
        workers.forEach(w -> mayWork.add(w.username()));
        supervisors.forEach(s -> mayWork.add(s.username()));
        List<Long> investigations = new ArrayList<>();
        List<Long> raised = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            Actor worker = workers.get(random.nextInt(workers.size()));
            Actor supervisor = supervisors.get(random.nextInt(supervisors.size()));
            int op = investigations.isEmpty() ? 0 : random.nextInt(8);
            long inv = investigations.isEmpty() ? 0 : investigations.get(random.nextInt(investigations.size()));
            long action = raised.isEmpty() ? 0 : raised.get(random.nextInt(raised.size()));
            switch (op) {
                case 0 ->
                    trace.add(attempt(
                            "open",
                            () -> investigations.add(scene.open(
                                            worker,
                                            List.of(scene.crime(worker, false).id()),
                                            worker,
                                            supervisor)
                                    .id())));
                case 1 ->
                    trace.add(attempt(
                            "add action to " + inv,
                            () -> raised.add(actions.add(
                                    worker,
                                    inv,
                                    new InvestigationActions.NewAction(
                                            "Enquiry " + random.nextInt(100),
                                            random.nextInt(6) == 0
                                                    ? "nobody.here"
                                                    : pick(random, workers).username(),
                                            random.nextInt(6) == 0 ? null : ActionPriority.values()[random.nextInt(4)],
                                            scene.today().plusDays(random.nextInt(10)))))));
                case 2 ->
                    trace.add(attempt(
                            "reassign " + action,
                            () -> actions.reassign(
                                    worker,
                                    action,
                                    random.nextInt(6) == 0
                                            ? "nobody.here"
                                            : pick(random, workers).username(),
                                    random.nextInt(6) == 0 ? " " : "workload")));
                case 3 ->
                    trace.add(attempt(
                            "complete " + action,
                            () -> actions.complete(worker, action, random.nextInt(5) == 0 ? "" : "done")));
                case 4 ->
                    trace.add(attempt(
                            "review " + inv,
                            () -> raised.addAll(reviews.record(
                                            supervisor,
                                            inv,
                                            "Reviewed",
                                            List.of(new InvestigationActions.NewAction(
                                                    "From review",
                                                    pick(random, workers).username(),
                                                    ActionPriority.HIGH,
                                                    scene.today().plusDays(1))))
                                    .actionIds())));
                case 5 ->
                    trace.add(attempt(
                            "finalise " + inv,
                            () -> finalising.finalise(
                                    worker,
                                    inv,
                                    jdbc
                                            .sql(
                                                    "SELECT crime_id FROM investigation.investigation_crime WHERE investigation_id = ?")
                                            .param(inv)
                                            .query(Long.class)
                                            .list()
                                            .stream()
                                            .map(c -> new InvestigationFinalising.CrimeOutcome(c, "18"))
                                            .toList(),
                                    null)));
                default -> {
                    int days = 1 + random.nextInt(9);
                    clock.advance(Duration.ofDays(days));
                    trace.add("+" + days + "d");
                }
            }
            check(seed, trace, investigations, raised, supervisors, mayWork);
        }
    }

    private void check(
            long seed,
            List<String> trace,
            List<Long> investigations,
            List<Long> raised,
            List<Actor> supervisors,
            Set<String> mayWork) {
        String why = "seed " + seed + ", steps " + trace;
        Long[] ids = investigations.toArray(Long[]::new);
        List<String> owners = jdbc.sql(
                        "SELECT coalesce(owner, '') FROM investigation.investigation_action WHERE investigation_id = ANY (?) "
                                + "AND completed_at IS NULL")
                .param(ids)
                .query(String.class)
                .list();
        assertThat(owners).as(why).allSatisfy(o -> assertThat(mayWork).contains(o));
        assertThat(db.count(
                        "SELECT count(*) FROM investigation.investigation_action WHERE investigation_id = ANY (?)",
                        (Object) ids))
                .as(why + ": no action disappears")
                .isEqualTo(raised.size());
        LocalDate today = scene.today();
        for (Actor s : supervisors) {
            InvestigationViews.ReviewQueue q = queries.reviewQueue(s, PURPOSE);
            Set<Long> queued = new HashSet<>();
            Stream.concat(q.overdue().stream(), q.due().stream()).forEach(i -> queued.add(i.id()));
            List<Long> owing = jdbc.sql(
                            "SELECT id FROM investigation.investigation WHERE id = ANY (?) AND status = 'OPEN' "
                                    + "AND supervisor = ? AND next_review_on <= ?")
                    .param(ids)
                    .param(s.username())
                    .param(today)
                    .query(Long.class)
                    .list();
            assertThat(queued)
                    .as(why + ": " + s.username() + "'s queue on " + today)
                    .containsAll(owing);
            List<Long> ours = new ArrayList<>(queued);
            ours.retainAll(investigations);
            assertThat(ours).as(why + ": nothing queued before its day").containsExactlyInAnyOrderElementsOf(owing);
        }
    }

    private static Actor pick(Random random, List<Actor> actors) {
        return actors.get(random.nextInt(actors.size()));
    }

    /** Runs a step; a refusal (bad input, a finalised investigation, a completed action) is part of the sequence. */
    private static String attempt(String what, Runnable step) {
        try {
            step.run();
            return what;
        } catch (RuntimeException refused) {
            return what + " refused (" + refused.getClass().getSimpleName() + ")";
        }
    }
}
