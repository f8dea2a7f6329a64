package org.constable.investigation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.crime.CrimesUnderInvestigation.CrimeOnFile;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.investigation.application.InvestigationActions;
import org.constable.investigation.application.InvestigationActions.NewAction;
import org.constable.investigation.application.Investigations;
import org.constable.investigation.application.SupervisoryReviews;
import org.constable.investigation.domain.ActionPriority;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.shared.HistoryClock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's CID on its first start: four investigations of recent crimes, opened and worked
 * through the use cases at the times they happened, so the investigator's day has actions overdue,
 * due today and coming up (one reassigned), and the supervisor's queue has one review due today and
 * one overdue. Synthetic: no real case.
 */
@Component
@Order(67)
class DemoInvestigations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInvestigations.class);

    private final DemoMode demo;
    private final InvestigationStore store;
    private final Investigations investigations;
    private final InvestigationActions actions;
    private final SupervisoryReviews reviews;
    private final CrimesUnderInvestigation crimes;
    private final CurrentActor actors;
    private final Clock clock;

    DemoInvestigations(
            DemoMode demo,
            InvestigationStore store,
            Investigations investigations,
            InvestigationActions actions,
            SupervisoryReviews reviews,
            CrimesUnderInvestigation crimes,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.store = store;
        this.investigations = investigations;
        this.actions = actions;
        this.reviews = reviews;
        this.crimes = crimes;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || store.anyExists()) {
            return;
        }
        Optional<Actor> investigator = actors.load("demo.investigator");
        Optional<Actor> colleague = actors.load("demo.investigator-2");
        Optional<Actor> supervisor = actors.load("demo.supervisor");
        Optional<Actor> superintendent = actors.load("demo.supervisor-2");
        if (investigator.isEmpty() || colleague.isEmpty() || supervisor.isEmpty() || superintendent.isEmpty()) {
            return;
        }
        Actor dc = investigator.get();
        Actor dc2 = colleague.get();
        Actor ds = supervisor.get();
        List<CrimeOnFile> recent = crimes.recentlyRecorded(40);
        Set<Long> withheld =
                crimes.withheldFrom(dc, recent.stream().map(CrimeOnFile::id).toList());
        List<CrimeOnFile> open =
                recent.stream().filter(c -> !withheld.contains(c.id())).limit(5).toList();
        if (open.size() < 5) {
            log.info("Demo investigations not opened: too few recent crimes.");
            return;
        }
        Instant now = HistoryClock.real(clock).instant();

        // opened a week ago: the first review is due today; one action overdue, one due today, one coming up
        long week = open(
                dc,
                ds,
                dc2,
                List.of(open.get(0).id(), open.get(1).id()),
                now.minus(Duration.ofDays(7)),
                "Street robberies in the town centre",
                "Link the two robberies by description and method; trace CCTV along the route; identify the suspect.");
        at(now.minus(Duration.ofDays(7)).plusSeconds(3600), () -> {
            long line = investigations.addLine(dc, week, "CCTV along the High Street");
            investigations.addLine(dc, week, "House-to-house on Mill Lane");
            action(dc, week, "Seize CCTV from the bank on the High Street", dc, ActionPriority.URGENT, 5);
            action(dc, week, "Take a statement from the second victim", dc, ActionPriority.HIGH, 7);
            action(dc, week, "Check the suspect description against recent arrests", dc, ActionPriority.NORMAL, 9);
            long moved = action(dc, week, "House-to-house on Mill Lane, odd numbers", dc, ActionPriority.NORMAL, 10);
            actions.reassign(dc, moved, dc2.username(), "Mill Lane is on the second investigator's way");
            investigations.closeLine(dc, week, line, "Footage found at the bank; requested.");
        });

        // opened nine days ago and not yet reviewed: the review is overdue
        long overdue = open(
                dc2,
                ds,
                dc,
                List.of(open.get(2).id()),
                now.minus(Duration.ofDays(9)),
                "Burglary at a corner shop",
                "Forensic examination of the point of entry; trace stolen goods.");
        at(now.minus(Duration.ofDays(9)).plusSeconds(3600), () -> {
            investigations.addLine(dc2, overdue, "Forensic examination of the rear door");
            action(dc2, overdue, "Submit the glove marks for comparison", dc2, ActionPriority.HIGH, 11);
        });

        // opened three weeks ago and reviewed on day seven: the next review is weeks away
        long reviewed = open(
                dc,
                ds,
                null,
                List.of(open.get(3).id()),
                now.minus(Duration.ofDays(21)),
                "Assault outside a night club",
                "Identify the assailant from door staff and CCTV.");
        at(
                now.minus(Duration.ofDays(14)),
                () -> reviews.record(
                        ds,
                        reviewed,
                        "Proportionate plan. Prioritise the door staff statements before the CCTV is overwritten.",
                        List.of(new NewAction(
                                "Statements from the two door staff",
                                dc.username(),
                                ActionPriority.HIGH,
                                LocalDate.ofInstant(now, Deadline.ENGLAND_AND_WALES)
                                        .plusDays(2)))));

        // opened yesterday under the second supervisor
        open(
                dc2,
                superintendent.get(),
                null,
                List.of(open.get(4).id()),
                now.minus(Duration.ofDays(1)),
                "Criminal damage to vehicles",
                "Canvass the street; check for similar reports.");
        log.info("Demo investigations opened: four, with actions and one review due today.");
    }

    private long open(
            Actor oic,
            Actor supervisor,
            @Nullable Actor member,
            List<Long> crimeIds,
            Instant at,
            String title,
            String plan) {
        return HistoryClock.replayAt(
                at,
                () -> investigations
                        .open(
                                oic,
                                new Investigations.OpenInvestigation(
                                        title,
                                        crimeIds,
                                        null,
                                        oic.username(),
                                        supervisor.username(),
                                        member == null ? List.of() : List.of(member.username()),
                                        plan))
                        .id());
    }

    private long action(Actor by, long investigation, String what, Actor owner, ActionPriority priority, int days) {
        LocalDate due =
                LocalDate.ofInstant(clock.instant(), Deadline.ENGLAND_AND_WALES).plusDays(days);
        return actions.add(by, investigation, new NewAction(what, owner.username(), priority, due));
    }

    private static void at(Instant at, Runnable work) {
        HistoryClock.replayAt(at, work);
    }
}
