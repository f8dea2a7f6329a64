package org.constable.intelligence.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.intelligence.application.IntelligenceReports;
import org.constable.intelligence.persistence.ReportStore;
import org.constable.people.PoleDirectory;
import org.constable.shared.HistoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's intelligence, on its first start: synthetic reports submitted by officers about
 * synthetic people, most graded and sanitised by the intelligence unit (one with a C handling code
 * and its conditions, one shared with a partner agency), and two still awaiting evaluation, so the
 * unit's desk, the officer's own list and the person pages are not empty. All through the use cases.
 */
@Component
@Order(67)
class DemoIntelligence implements ApplicationRunner {

    private static final String PURPOSE = "Demo force set-up";
    private static final Logger log = LoggerFactory.getLogger(DemoIntelligence.class);

    private final DemoMode demo;
    private final ReportStore store;
    private final IntelligenceReports reports;
    private final PoleDirectory people;
    private final CurrentActor actors;
    private final Clock clock;

    DemoIntelligence(
            DemoMode demo,
            ReportStore store,
            IntelligenceReports reports,
            PoleDirectory people,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.store = store;
        this.reports = reports;
        this.people = people;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || store.count() > 0) {
            return;
        }
        Optional<Actor> officer = actors.load("demo.response-officer");
        Optional<Actor> investigator = actors.load("demo.investigator");
        Optional<Actor> analyst = actors.load("demo.intelligence-analyst");
        if (officer.isEmpty() || investigator.isEmpty() || analyst.isEmpty()) {
            return;
        }
        List<Long> persons = people.findPeople(analyst.get(), "Br", PURPOSE).stream()
                .map(PoleDirectory.PersonMatch::id)
                .distinct()
                .limit(3)
                .toList();
        if (persons.size() < 3) {
            log.info("demo intelligence skipped: too few demo persons");
            return;
        }
        var now = HistoryClock.real(clock).instant().truncatedTo(ChronoUnit.MINUTES);
        long dealing = submit(
                officer.get(),
                "My neighbour, who drinks at the Red Lion, told me the subject sells cannabis from a grey hatchback "
                        + "behind the Co-op most evenings after 9pm. (Synthetic demo text.)",
                now.minus(Duration.ofDays(6)),
                "MEMBER_OF_PUBLIC",
                "Car park behind the Co-op",
                persons.get(0));
        reports.evaluate(
                analyst.get(),
                dealing,
                new IntelligenceReports.Evaluate(
                        2,
                        "B",
                        "P",
                        null,
                        "Low: the source is one of several who could know this.",
                        "The subject is reported to be supplying cannabis from a grey hatchback in a car park in the "
                                + "town centre in the evenings."));
        long weapon = submit(
                investigator.get(),
                "A victim of the burglary on Mill Street (she asked not to be named) says the subject keeps a knife "
                        + "in his car. (Synthetic demo text.)",
                now.minus(Duration.ofDays(3)),
                "VICTIM_OR_WITNESS",
                null,
                persons.get(0));
        reports.evaluate(
                analyst.get(),
                weapon,
                new IntelligenceReports.Evaluate(
                        1,
                        "C",
                        "C",
                        "Not to be disclosed to the subject or in court without the intelligence unit's agreement.",
                        "Medium: the source could be identified from the burglary.",
                        "The subject is reported to carry a bladed article in his vehicle. Officers stopping him "
                                + "should consider their safety."));
        reports.disseminate(
                analyst.get(),
                weapon,
                "Local authority community safety team (named officer)",
                "Safeguarding planning for the estate",
                "Not to be disclosed to the subject or in court without the intelligence unit's agreement.");
        long associate = submit(
                officer.get(),
                "Saw the two of them together at the bus station twice this week. (Synthetic demo text.)",
                now.minus(Duration.ofDays(2)),
                "OFFICER_OBSERVATION",
                "Bus station",
                persons.get(1));
        reports.evaluate(
                analyst.get(),
                associate,
                new IntelligenceReports.Evaluate(
                        1,
                        "A",
                        "P",
                        null,
                        "None: the officer's own observation.",
                        "The subject has been seen in the company of a known associate at the bus station."));
        submit(
                officer.get(),
                "Caller to the front desk (gave her name as Mrs P.) says the subject has moved in with his sister. "
                        + "(Synthetic demo text.)",
                now.minus(Duration.ofHours(20)),
                "MEMBER_OF_PUBLIC",
                null,
                persons.get(2));
        submit(
                investigator.get(),
                "Partner agency caseworker says the subject's car has false plates. (Synthetic demo text.)",
                now.minus(Duration.ofHours(5)),
                "PARTNER_AGENCY",
                null,
                persons.get(1));
        log.info("demo force seeded: 5 synthetic intelligence reports (3 graded, 2 awaiting evaluation)");
    }

    private long submit(
            Actor author,
            String text,
            java.time.Instant observedAt,
            String sourceType,
            @org.jspecify.annotations.Nullable String place,
            long person) {
        return reports.submit(
                author,
                new IntelligenceReports.Submit(
                        text, observedAt, null, place, sourceType, List.of(person), null, null, null, null, null));
    }
}
