package org.constable.custody.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.custody.application.CustodyDesk;
import org.constable.custody.domain.Arrival;
import org.constable.custody.domain.Offence;
import org.constable.custody.domain.ReviewDecision;
import org.constable.custody.domain.RiskAssessment;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.people.PoleDirectory;
import org.constable.shared.HistoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's custody suite, on its first start: eight cells and four detainees at different
 * points of their clocks, booked in and decided through the custody desk's own use cases at the
 * times they happened, so the board shows a visit overdue, a review about to fall due, a detention
 * extended by a superintendent near its first 24 hours, and a juvenile waiting for an appropriate adult.
 */
@Component
@Order(65)
class DemoCustody implements ApplicationRunner {

    static final String SUITE = "Northmoor Custody Suite";
    private static final String PURPOSE = "Demo force set-up";
    private static final Logger log = LoggerFactory.getLogger(DemoCustody.class);

    private final DemoMode demo;
    private final SuiteStore suites;
    private final CustodyDesk desk;
    private final PoleDirectory people;
    private final CurrentActor actors;
    private final Clock clock;

    DemoCustody(
            DemoMode demo,
            SuiteStore suites,
            CustodyDesk desk,
            PoleDirectory people,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.suites = suites;
        this.desk = desk;
        this.people = people;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !suites.suites().isEmpty()) {
            return;
        }
        Optional<Actor> sergeant = actors.load("demo.custody-officer");
        Optional<Actor> inspector = actors.load("demo.supervisor");
        Optional<Actor> superintendent = actors.load("demo.supervisor-2");
        if (sergeant.isEmpty() || inspector.isEmpty() || superintendent.isEmpty()) {
            return;
        }
        SuiteStore.Suite suite = suites.open(SUITE, List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"));
        List<SuiteStore.Cell> cells = suites.cells(suite.id());
        List<Long> persons = people.findPeople(sergeant.get(), "Sm", PURPOSE).stream()
                .map(PoleDirectory.PersonMatch::id)
                .distinct()
                .limit(4)
                .toList();
        if (persons.size() < 4) {
            log.info("Demo custody suite opened without detainees: too few demo persons.");
            return;
        }
        Actor s = sergeant.get();
        // whole seconds: the clocks below are exact multiples of hours from these times
        Instant now = HistoryClock.real(clock).instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        // drunk, level 2: the last visit was 40 minutes ago, so a visit is overdue
        long drunk = book(
                s,
                suite.id(),
                cells.get(0).id(),
                persons.get(0),
                now.minus(Duration.ofHours(2)),
                "Drunk and disorderly",
                false,
                new RiskAssessment(false, false, true, false, false),
                false);
        at(
                now.minus(Duration.ofHours(2)).plusSeconds(600),
                () -> desk.authorise(s, drunk, "To await sobriety and interview"));
        at(
                now.minus(Duration.ofMinutes(40)),
                () -> desk.visit(s, drunk, true, "Roused, answered to name, slurred speech"));

        // a burglary suspect whose first review falls due in ten minutes
        long burglar = book(
                s,
                suite.id(),
                cells.get(2).id(),
                persons.get(1),
                now.minus(Duration.ofHours(6)),
                "Burglary (dwelling)",
                true,
                RiskAssessment.none(),
                false);
        at(
                now.minus(Duration.ofHours(6)).plusSeconds(600),
                () -> desk.authorise(s, burglar, "To obtain evidence by questioning"));
        at(now.minus(Duration.ofMinutes(20)), () -> desk.visit(s, burglar, false, "Awake, reading, asked for a drink"));

        // a robbery suspect near 24 hours: two reviews and a superintendent's extension to 36 hours
        Instant arrived = now.minus(Duration.ofHours(23));
        long robber = book(
                s,
                suite.id(),
                cells.get(4).id(),
                persons.get(2),
                arrived,
                "Robbery",
                true,
                RiskAssessment.none(),
                false);
        at(arrived.plusSeconds(900), () -> desk.authorise(s, robber, "To secure evidence and interview"));
        at(
                arrived.plus(Duration.ofHours(5)),
                () -> desk.review(
                        inspector.get(),
                        robber,
                        ReviewDecision.DETENTION_CONTINUES,
                        "Interview not complete",
                        "Wants a solicitor"));
        at(
                arrived.plus(Duration.ofHours(13)),
                () -> desk.review(
                        inspector.get(),
                        robber,
                        ReviewDecision.DETENTION_CONTINUES,
                        "Identification procedure arranged",
                        "None"));
        at(
                arrived.plus(Duration.ofHours(21)),
                () -> desk.extend(
                        superintendent.get(),
                        robber,
                        arrived.plus(Duration.ofHours(36)),
                        null,
                        "Forensic results due; the investigation is diligent and expeditious"));
        at(
                arrived.plus(Duration.ofHours(21)).plusSeconds(1800),
                () -> desk.review(
                        inspector.get(),
                        robber,
                        ReviewDecision.DETENTION_CONTINUES,
                        "Awaiting forensic results under the extension",
                        "None"));
        at(now.minus(Duration.ofMinutes(30)), () -> desk.visit(s, robber, false, "Asleep, breathing normally"));

        // a juvenile, waiting for an appropriate adult
        long juvenile = book(
                s,
                suite.id(),
                cells.get(6).id(),
                persons.get(3),
                now.minus(Duration.ofMinutes(50)),
                "Theft from a shop",
                true,
                RiskAssessment.none(),
                true);
        at(now.minus(Duration.ofMinutes(45)), () -> desk.authorise(s, juvenile, "To obtain evidence by questioning"));
        log.info("Demo custody suite '{}' opened with 4 detainees.", SUITE);
    }

    private long book(
            Actor sergeant,
            long suite,
            long cell,
            long person,
            Instant arrived,
            String offence,
            boolean indictable,
            RiskAssessment risk,
            boolean juvenile) {
        return HistoryClock.replayAt(
                arrived,
                () -> desk.bookIn(
                        sergeant,
                        suite,
                        new Arrival(
                                person,
                                cell,
                                "PC 2210 Demo Response Officer",
                                "Arrested at the scene on a witness's account",
                                List.of(new Offence(offence, indictable)),
                                arrived.minus(Duration.ofMinutes(25)),
                                arrived,
                                false,
                                juvenile,
                                false,
                                risk,
                                null)));
    }

    private static void at(Instant when, Runnable work) {
        HistoryClock.replayAt(when, work);
    }
}
