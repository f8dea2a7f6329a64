package org.constable.custody.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.constable.custody.application.CustodyCareDesk;
import org.constable.custody.application.CustodyQueries;
import org.constable.custody.domain.RightsOccasion;
import org.constable.custody.persistence.CareStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.shared.HistoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo detainees' care, once, after the demo suite is opened: rights given, a solicitor asked
 * for and arrived, someone told or the telling delayed, an interpreter, property in sealed bags
 * (one item kept as evidence), meals, a nurse's word on fitness, and an interview with its
 * recording reference; the juvenile's mother is not yet told, so the record shows it outstanding.
 */
@Component
@Order(66)
class DemoCustodyCare implements ApplicationRunner {

    private static final String PURPOSE = "Demo force set-up";
    private static final Logger log = LoggerFactory.getLogger(DemoCustodyCare.class);

    private final DemoMode demo;
    private final CustodyQueries queries;
    private final CustodyCareDesk care;
    private final CareStore facts;
    private final CurrentActor actors;
    private final Clock clock;

    DemoCustodyCare(
            DemoMode demo,
            CustodyQueries queries,
            CustodyCareDesk care,
            CareStore facts,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.queries = queries;
        this.care = care;
        this.facts = facts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Actor> sergeant = actors.load("demo.custody-officer");
        if (!demo.enabled() || sergeant.isEmpty()) {
            return;
        }
        Actor s = sergeant.get();
        Optional<CustodyQueries.Suite> suite = queries.suites(s).stream()
                .filter(x -> x.name().equals(DemoCustody.SUITE))
                .findFirst();
        if (suite.isEmpty()) {
            return;
        }
        List<CustodyQueries.BoardLine> rows =
                queries.board(s, suite.get().id(), PURPOSE).rows();
        if (rows.size() < 4
                || rows.stream().anyMatch(r -> !facts.facts(r.detentionId()).isEmpty())) {
            return;
        }
        Instant now = HistoryClock.real(clock).instant().truncatedTo(ChronoUnit.SECONDS);
        long drunk = rows.get(0).detentionId();
        long burglar = rows.get(1).detentionId();
        long robber = rows.get(2).detentionId();
        long juvenile = rows.get(3).detentionId();

        at(now.minus(Duration.ofMinutes(100)), () -> care.giveRights(s, drunk, RightsOccasion.BOOKING_IN, true));
        at(now.minus(Duration.ofMinutes(99)), () -> care.legalAdvice(s, drunk, false, null, "Wants to sleep"));
        at(
                now.minus(Duration.ofMinutes(95)),
                () -> care.propertyTaken(s, drunk, "Mobile phone, cracked screen", "SB-40121"));
        at(
                now.minus(Duration.ofMinutes(70)),
                () -> care.medical(
                        s, drunk, "Nurse A. Patel", true, "Intoxicated; rouse every 30 minutes", true, false));
        at(now.minus(Duration.ofMinutes(60)), () -> care.meal(s, drunk, "Water and toast", false));

        Instant b = now.minus(Duration.ofHours(6));
        at(b.plusSeconds(900), () -> care.giveRights(s, burglar, RightsOccasion.BOOKING_IN, true));
        at(b.plusSeconds(960), () -> care.legalAdvice(s, burglar, true, "Duty solicitor", null));
        at(b.plusSeconds(1020), () -> care.informRequested(s, burglar, "Partner, Jo (07700 900456)"));
        at(b.plusSeconds(1200), () -> care.propertyTaken(s, burglar, "Screwdriver, yellow handle", "SB-40122"));
        at(b.plusSeconds(1260), () -> care.propertyTaken(s, burglar, "Wallet with bank cards", "SB-40123"));
        at(b.plusSeconds(1500), () -> care.solicitor(s, burglar, false, "Duty solicitor scheme", null));
        at(b.plusSeconds(1800), () -> care.personInformed(s, burglar, "Partner, Jo (07700 900456)", null));
        at(b.plus(Duration.ofHours(2)), () -> care.solicitor(s, burglar, true, "Mr D. Osei, Osei Law", null));
        at(
                b.plus(Duration.ofHours(2)),
                () -> care.scheduleInterview(
                        s, burglar, b.plus(Duration.ofHours(2).plusMinutes(30)), "DC 3108 Rowe"));
        at(b.plus(Duration.ofMinutes(150)), () -> care.startInterview(s, burglar, 1, true, false, false, null));
        at(b.plus(Duration.ofMinutes(195)), () -> care.endInterview(s, burglar, 1, "REC-NM-2026-0193"));
        at(b.plus(Duration.ofMinutes(200)), () -> care.propertyDealtWith(s, burglar, 1, true, "Exhibit DR/1"));
        at(b.plus(Duration.ofHours(4)), () -> care.meal(s, burglar, "All-day breakfast and tea", true));

        Instant r = now.minus(Duration.ofHours(23));
        at(r.plusSeconds(1000), () -> care.giveRights(s, robber, RightsOccasion.BOOKING_IN, true));
        at(r.plusSeconds(1100), () -> care.interpreter(s, robber, "Polish", "Ms K. Nowak", null));
        at(r.plusSeconds(1200), () -> care.legalAdvice(s, robber, true, "Ms Khan, Khan & Co", null));
        at(r.plusSeconds(1300), () -> care.informRequested(s, robber, "Brother"));
        Optional<Actor> inspector = actors.load("demo.supervisor");
        inspector.ifPresent(i -> at(
                r.plusSeconds(1400),
                () -> care.delayInforming(i, robber, "Brother", "Would alert another suspect not yet arrested")));
        at(r.plusSeconds(1500), () -> care.propertyTaken(s, robber, "Jacket, blood-stained", "SB-40124"));
        at(r.plus(Duration.ofHours(2)), () -> care.solicitor(s, robber, false, "Ms Khan", null));
        at(r.plus(Duration.ofHours(3)), () -> care.solicitor(s, robber, true, "Ms Khan", null));
        at(r.plus(Duration.ofHours(8)), () -> care.visitor(s, robber, "Rev. Ellis, chaplain", "Welfare"));

        Instant j = now.minus(Duration.ofMinutes(45));
        at(j.plusSeconds(120), () -> care.giveRights(s, juvenile, RightsOccasion.BOOKING_IN, true));
        at(j.plusSeconds(180), () -> care.informRequested(s, juvenile, "Mother (07700 900789)"));
        log.info("Demo custody detainees' rights and care recorded.");
    }

    private static void at(Instant when, Runnable work) {
        HistoryClock.replayAt(when, work);
    }
}
