package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.application.InvestigationActions;
import org.constable.investigation.application.InvestigationQueries;
import org.constable.investigation.application.InvestigationViews.InvestigationSummary;
import org.constable.investigation.application.InvestigationViews.ReviewQueue;
import org.constable.investigation.application.SupervisoryReviews;
import org.constable.investigation.domain.ActionPriority;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.DueState;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the injected clock: the first supervisory review comes due seven days after opening and is
 * overdue the day after; a review puts the next one 28 days on from the day it was done; a
 * reassigned action keeps its due day and moves from due to overdue on the new owner's list.
 */
@ConstableHttpTest
class SupervisoryReviewsComeDueOnTheirDayTest {

    static final String PURPOSE = "Supervisory review";

    @Autowired
    InvestigationScene scene;

    @Autowired
    InvestigationQueries queries;

    @Autowired
    SupervisoryReviews reviews;

    @Autowired
    InvestigationActions actions;

    @Autowired
    MutableClock clock;

    @Test
    void theFirstReviewIsDueOnDaySevenOverdueOnDayEightAndTheNextFollowsTwentyEightDaysAfterTheReview() {
        LocalDate opened = clock.dayClearOfMidnight(Deadline.ENGLAND_AND_WALES);
        Actor oic = scene.actor(Role.INVESTIGATOR);
        Actor supervisor = scene.actor(Role.SUPERVISOR);
        long id = scene.open(oic, List.of(scene.crime(oic, false).id()), oic, supervisor)
                .id();

        clock.advance(Duration.ofDays(6));
        assertThat(stateOf(supervisor, id)).as("day 6").isNull();
        clock.advance(Duration.ofDays(1));
        assertThat(scene.today()).isEqualTo(opened.plusDays(7));
        assertThat(stateOf(supervisor, id)).as("day 7").isEqualTo(DueState.DUE);
        clock.advance(Duration.ofDays(1));
        assertThat(stateOf(supervisor, id)).as("day 8").isEqualTo(DueState.OVERDUE);

        var reviewed = reviews.record(
                supervisor,
                id,
                "Plan agreed; trace the second witness",
                List.of(new InvestigationActions.NewAction(
                        "Trace the second witness",
                        oic.username(),
                        ActionPriority.HIGH,
                        scene.today().plusDays(3))));
        assertThat(reviewed.nextReviewOn()).isEqualTo(opened.plusDays(8 + 28));
        assertThat(reviewed.actionIds()).hasSize(1);
        assertThat(stateOf(supervisor, id)).as("just reviewed").isNull();

        clock.advance(Duration.ofDays(27));
        assertThat(stateOf(supervisor, id)).as("27 days after the review").isNull();
        clock.advance(Duration.ofDays(1));
        assertThat(stateOf(supervisor, id)).as("28 days after the review").isEqualTo(DueState.DUE);
    }

    @Test
    void aReassignedActionKeepsItsDueDayAndFallsOverdueOnTheNewOwnersList() {
        clock.dayClearOfMidnight(Deadline.ENGLAND_AND_WALES);
        Actor oic = scene.actor(Role.INVESTIGATOR);
        Actor colleague = scene.actor(Role.INVESTIGATOR);
        Actor supervisor = scene.actor(Role.SUPERVISOR);
        long id = scene.open(oic, List.of(scene.crime(oic, false).id()), oic, supervisor)
                .id();
        LocalDate due = scene.today().plusDays(2);
        long action = actions.add(
                oic,
                id,
                new InvestigationActions.NewAction("Take a statement", oic.username(), ActionPriority.NORMAL, due));

        actions.reassign(oic, action, colleague.username(), "Shift change");
        var before = queries.myDay(colleague, PURPOSE);
        assertThat(before.comingUp()).singleElement().satisfies(a -> {
            assertThat(a.dueOn()).isEqualTo(due);
            assertThat(a.owner()).isEqualTo(colleague.username());
        });
        assertThat(queries.myDay(oic, PURPOSE).comingUp()).isEmpty();

        clock.advance(Duration.ofDays(2));
        assertThat(queries.myDay(colleague, PURPOSE).dueToday())
                .singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(action));
        clock.advance(Duration.ofDays(1));
        assertThat(queries.myDay(colleague, PURPOSE).overdue())
                .singleElement()
                .satisfies(a -> assertThat(a.stateLabel()).isEqualTo("Overdue"));
    }

    private DueState stateOf(Actor supervisor, long id) {
        ReviewQueue q = queries.reviewQueue(supervisor, PURPOSE);
        return java.util.stream.Stream.concat(q.overdue().stream(), q.due().stream())
                .filter(i -> i.id() == id)
                .map(InvestigationSummary::reviewState)
                .findFirst()
                .orElse(null);
    }
}
