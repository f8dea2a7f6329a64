package org.constable.investigation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.crime.CrimesUnderInvestigation.CrimeOnFile;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.investigation.application.ReferralEscalations;
import org.constable.investigation.application.Referrals;
import org.constable.investigation.application.Referrals.NewReferral;
import org.constable.investigation.application.RiskAssessments;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.RiskAnswer;
import org.constable.investigation.domain.RiskChecklist;
import org.constable.investigation.domain.RiskJudgement;
import org.constable.investigation.persistence.ReferralStore;
import org.constable.shared.HistoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's safeguarding on its first start: a child referral a response officer made a day
 * and a half ago and never sent (overdue, escalated to the team's inspector and on to the
 * superintendent), a high-risk domestic-abuse assessment from two hours ago with its MARAC referral
 * to send, an adult social care referral sent and acknowledged, and a health referral closed with its
 * outcome. Made through the use cases at the times they happened. Synthetic: nobody real.
 */
@Component
@Order(68)
class DemoSafeguarding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSafeguarding.class);

    private final DemoMode demo;
    private final ReferralStore store;
    private final Referrals referrals;
    private final RiskAssessments assessments;
    private final ReferralEscalations escalations;
    private final CrimesUnderInvestigation crimes;
    private final CurrentActor actors;
    private final Clock clock;

    DemoSafeguarding(
            DemoMode demo,
            ReferralStore store,
            Referrals referrals,
            RiskAssessments assessments,
            ReferralEscalations escalations,
            CrimesUnderInvestigation crimes,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.store = store;
        this.referrals = referrals;
        this.assessments = assessments;
        this.escalations = escalations;
        this.crimes = crimes;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || store.anyExists()) {
            return;
        }
        Optional<Actor> officer = actors.load("demo.response-officer");
        Optional<Actor> investigator = actors.load("demo.investigator");
        if (officer.isEmpty() || investigator.isEmpty()) {
            return;
        }
        Actor pc = officer.get();
        Actor dc = investigator.get();
        List<CrimeOnFile> recent = crimes.recentlyRecorded(40);
        Set<Long> withheld =
                crimes.withheldFrom(pc, recent.stream().map(CrimeOnFile::id).toList());
        Set<Long> withheldDc =
                crimes.withheldFrom(dc, recent.stream().map(CrimeOnFile::id).toList());
        List<CrimeOnFile> open = recent.stream()
                .filter(c -> !withheld.contains(c.id()) && !withheldDc.contains(c.id()))
                .limit(4)
                .toList();
        if (open.size() < 4) {
            log.info("Demo safeguarding referrals not made: too few recent crimes.");
            return;
        }
        Instant now = HistoryClock.real(clock).instant();

        // a child at risk, referred 36 hours ago and never sent: overdue and escalated
        HistoryClock.replayAt(
                now.minus(Duration.ofHours(36)),
                () -> referrals.make(
                        pc,
                        new NewReferral(
                                "childrens-social-care",
                                ReferralSource.CRIME,
                                open.get(0).id(),
                                "Child aged 6 at the address",
                                "The child was present during the assault and the home had no food; the mother says the"
                                        + " father returns tonight.",
                                null)));

        // a high-risk domestic-abuse assessment two hours ago, the MARAC referral confirmed, to be sent
        HistoryClock.replayAt(now.minus(Duration.ofHours(2)), () -> {
            List<RiskAnswer> answers =
                    new java.util.ArrayList<>(Collections.nCopies(RiskChecklist.QUESTIONS.size(), RiskAnswer.NO));
            for (int q : new int[] {0, 1, 2, 7, 9, 10, 11, 13, 14, 22, 24}) {
                answers.set(q, RiskAnswer.YES);
            }
            answers.set(19, RiskAnswer.NOT_KNOWN);
            var assessed = assessments.complete(
                    pc,
                    new RiskAssessments.NewAssessment(
                            ReferralSource.CRIME,
                            open.get(1).id(),
                            "Adult victim, partner of the suspect",
                            answers,
                            RiskJudgement.HIGH,
                            "Strangled last week; fears being killed."));
            assessments.referToMarac(pc, assessed.id(), null, null);
        });

        // an older person: sent, acknowledged by adult social care, the outcome awaited
        long adult = HistoryClock.replayAt(
                now.minus(Duration.ofDays(3)),
                () -> referrals
                        .make(
                                dc,
                                new NewReferral(
                                        "adult-social-care",
                                        ReferralSource.CRIME,
                                        open.get(2).id(),
                                        "Man aged 84, living alone",
                                        "Targeted repeatedly by doorstep callers; confused about his money.",
                                        null))
                        .id());
        HistoryClock.replayAt(
                now.minus(Duration.ofDays(3)).plus(Duration.ofHours(5)),
                () -> referrals.send(dc, adult, "Emailed to the adult safeguarding hub"));
        HistoryClock.replayAt(now.minus(Duration.ofDays(2)), () -> referrals.acknowledge(dc, adult, "ASC-44817"));

        // health: sent, acknowledged and closed with the outcome
        long health = HistoryClock.replayAt(
                now.minus(Duration.ofDays(10)),
                () -> referrals
                        .make(
                                dc,
                                new NewReferral(
                                        "health",
                                        ReferralSource.CRIME,
                                        open.get(3).id(),
                                        "Woman aged 30, pregnant",
                                        "Disclosed drinking heavily since the burglary; asked for help.",
                                        null))
                        .id());
        HistoryClock.replayAt(
                now.minus(Duration.ofDays(10)).plus(Duration.ofHours(3)),
                () -> referrals.send(dc, health, "Phoned and emailed to the GP surgery"));
        HistoryClock.replayAt(now.minus(Duration.ofDays(9)), () -> referrals.acknowledge(dc, health, null));
        HistoryClock.replayAt(
                now.minus(Duration.ofDays(6)),
                () -> referrals.recordOutcome(dc, health, "Seen by the midwife; referred to the alcohol service."));

        int escalated = escalations.check();
        log.info("Demo safeguarding referrals made: four, one overdue and escalated ({}).", escalated);
    }
}
