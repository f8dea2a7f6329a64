package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.constable.identity.Actor;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.investigation.application.ReferralEscalations;
import org.constable.investigation.application.ReferralQueries;
import org.constable.investigation.application.Referrals;
import org.constable.investigation.application.SafeguardingViews;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.ReferralStage;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A referral for a child at risk is due to be sent within 24 hours; when the clock passes its due
 * time the escalation check sends it to the owner's supervisor (their team's inspector), and four
 * hours later to the next level (the superintendent); sending it gives it a new due time for the
 * agency's acknowledgement and starts escalation afresh; reassigning keeps its due time.
 */
@ConstableHttpTest
class SafeguardingReferralsComeDueAndEscalateOnTheClockTest {

    static final String PURPOSE = "Clock test";

    @Autowired
    InvestigationScene scene;

    @Autowired
    TestUsers users;

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralEscalations escalations;

    @Autowired
    ReferralQueries queries;

    @Autowired
    MutableClock clock;

    @Test
    void anUnsentChildReferralEscalatesToTheSupervisorThenTheNextLevelAndSendingRestartsTheClock() {
        String team = "Safeguarding clock " + System.nanoTime();
        Actor officer = scene.actorOf(
                users.createInTeam(team, Rank.CONSTABLE, Role.RESPONSE_OFFICER).username());
        Actor inspector = scene.actorOf(
                users.createInTeam(team, Rank.INSPECTOR, Role.SUPERVISOR).username());
        Actor superintendent = scene.actorOf(
                users.createInTeam(team, Rank.SUPERINTENDENT, Role.SUPERVISOR).username());
        long crime = scene.crime(officer, false).id();
        Instant made = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Referrals.Made referral = referrals.make(
                officer,
                new Referrals.NewReferral(
                        "childrens-social-care",
                        ReferralSource.CRIME,
                        crime,
                        "Child aged 4",
                        "Neglect seen at home",
                        null));
        assertThat(referral.dueAt()).isEqualTo(made.plus(Duration.ofHours(24)));

        clock.advance(Duration.ofHours(24));
        escalations.check();
        SafeguardingViews.ReferralItem onTime = item(officer, referral.id());
        assertThat(onTime.overdue()).as("due, not yet overdue").isFalse();
        assertThat(onTime.escalationLevel()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(item(officer, referral.id()).overdue())
                .as("overdue on the clock before any check runs")
                .isTrue();
        escalations.check();
        SafeguardingViews.ReferralItem first = item(officer, referral.id());
        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(first.escalatedTo()).isEqualTo(inspector.username());
        assertThat(queries.mine(inspector, PURPOSE).overdue())
                .as("the supervisor sees it escalated to them")
                .anyMatch(i -> i.id() == referral.id() && i.escalationLevel() == 1);
        assertThat(queries.team(inspector, PURPOSE).overdue()).anyMatch(i -> i.id() == referral.id());

        clock.advance(Duration.ofHours(4));
        escalations.check();
        SafeguardingViews.ReferralItem second = item(officer, referral.id());
        assertThat(second.escalationLevel()).isEqualTo(2);
        assertThat(second.escalatedTo()).isEqualTo(superintendent.username());
        assertThat(queries.referral(officer, referral.id(), PURPOSE).steps())
                .extracting(SafeguardingViews.Step::kind)
                .containsExactly("MADE", "ESCALATED", "ESCALATED");

        // reassigned: a new owner, the same due time, the escalation kept
        Actor colleague = scene.actorOf(
                users.createInTeam(team, Rank.CONSTABLE, Role.RESPONSE_OFFICER).username());
        referrals.reassign(officer, referral.id(), colleague.username(), "On duty tonight");
        SafeguardingViews.ReferralItem moved = item(colleague, referral.id());
        assertThat(moved.owner()).isEqualTo(colleague.username());
        assertThat(moved.dueAt()).isEqualTo(second.dueAt());
        assertThat(moved.escalationLevel()).isEqualTo(2);

        // sent: the acknowledgement is due in 24 hours, and the escalation starts again from nothing
        referrals.send(colleague, referral.id(), "Phoned the duty team and emailed the form");
        SafeguardingViews.ReferralItem sent = item(colleague, referral.id());
        assertThat(sent.stage()).isEqualTo(ReferralStage.SENT);
        assertThat(sent.dueAt())
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofHours(24)));
        assertThat(sent.escalationLevel()).isZero();
        assertThat(sent.overdue()).isFalse();
        clock.advance(Duration.ofHours(25));
        escalations.check();
        assertThat(item(colleague, referral.id()).escalatedTo())
                .as("the new owner's supervisor")
                .isEqualTo(inspector.username());
    }

    private SafeguardingViews.ReferralItem item(Actor actor, long id) {
        return queries.referral(actor, id, PURPOSE).referral();
    }
}
