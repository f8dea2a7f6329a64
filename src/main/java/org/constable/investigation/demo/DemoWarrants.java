package org.constable.investigation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.evidence.ExhibitsOnFile;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.investigation.application.Warrants;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.investigation.persistence.WarrantStore;
import org.constable.shared.HistoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's warrants on its first start, in the demo investigations: one applied for today,
 * one issued and in force, one executed nine days ago whose return to court is now overdue (with an
 * exhibit of its crimes linked, when evidence has one), and one executed and returned. Worked
 * through the use cases at the times they happened. Synthetic addresses: no real premises.
 */
@Component
@Order(72)
class DemoWarrants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWarrants.class);
    private static final String COURT = "Northtown Magistrates' Court";

    private final DemoMode demo;
    private final WarrantStore store;
    private final InvestigationStore investigations;
    private final Warrants warrants;
    private final ExhibitsOnFile exhibits;
    private final CurrentActor actors;
    private final Clock clock;

    DemoWarrants(
            DemoMode demo,
            WarrantStore store,
            InvestigationStore investigations,
            Warrants warrants,
            ExhibitsOnFile exhibits,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.store = store;
        this.investigations = investigations;
        this.warrants = warrants;
        this.exhibits = exhibits;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || store.anyExists()) {
            return;
        }
        Optional<Actor> investigator = actors.load("demo.investigator");
        if (investigator.isEmpty()) {
            return;
        }
        Actor dc = investigator.get();
        List<InvestigationRow> open = investigations.openOf(dc.username(), 10).stream()
                .filter(i -> i.officerInCharge().equals(dc.username()))
                .toList();
        if (open.isEmpty()) {
            log.info("Demo warrants not applied for: the demo investigator has no investigation.");
            return;
        }
        Instant now = HistoryClock.real(clock).instant();
        // the newest investigation and the oldest (opened weeks ago), so no warrant predates its investigation
        InvestigationRow newer = open.get(0);
        InvestigationRow older = open.get(open.size() - 1);
        if (older.openedAt().isAfter(now.minus(Duration.ofDays(21)))) {
            log.info("Demo warrants not applied for: no demo investigation is three weeks old.");
            return;
        }

        // executed nine days ago: the return to court is overdue
        long overdue = at(
                now.minus(Duration.ofDays(12)),
                () -> warrants.apply(
                                dc,
                                older.id(),
                                new Warrants.Application(
                                        "PACE_S8",
                                        "The suspect's description matches a resident; the stolen phones are believed to be there.",
                                        "Flat 2, 14 Mill Lane",
                                        null,
                                        COURT))
                        .id());
        at(now.minus(Duration.ofDays(11)), () -> warrants.decide(dc, overdue, decision(now, 11)));
        List<Long> crimeIds = investigations.crimes(older.id()).stream()
                .map(InvestigationStore.CrimeLink::crimeId)
                .toList();
        List<Long> seized = exhibits.ofCrimes(dc, crimeIds).stream()
                .limit(1)
                .map(ExhibitsOnFile.ExhibitOnFile::id)
                .toList();
        at(
                now.minus(Duration.ofDays(9)),
                () -> warrants.execute(
                        dc,
                        overdue,
                        new Warrants.Execution(
                                null, null, "Two mobile phones and a dark jacket found in the bedroom.", seized)));

        // issued five days ago and in force
        long inForce = at(
                now.minus(Duration.ofDays(6)),
                () -> warrants.apply(
                                dc,
                                newer.id(),
                                new Warrants.Application(
                                        "MDA_S23",
                                        "Information that controlled drugs are kept at the address by the suspect.",
                                        "27 Station Road",
                                        null,
                                        COURT))
                        .id());
        at(now.minus(Duration.ofDays(5)), () -> warrants.decide(dc, inForce, decision(now, 5)));

        // executed and returned
        long done = at(
                now.minus(Duration.ofDays(20)),
                () -> warrants.apply(
                                dc,
                                older.id(),
                                new Warrants.Application(
                                        "PACE_S8",
                                        "CCTV equipment at the shop is believed to hold footage of the offence.",
                                        "The Corner Shop, 3 High Street",
                                        null,
                                        COURT))
                        .id());
        at(now.minus(Duration.ofDays(19)), () -> warrants.decide(dc, done, decision(now, 19)));
        at(
                now.minus(Duration.ofDays(18)),
                () -> warrants.execute(
                        dc, done, new Warrants.Execution(null, null, "CCTV hard drive seized.", List.of())));
        at(
                now.minus(Duration.ofDays(16)),
                () -> warrants.returned(dc, done, new Warrants.Return(day(now, 16), "Endorsed and returned.")));

        // applied for today
        at(
                now.minus(Duration.ofHours(1)),
                () -> warrants.apply(
                        dc,
                        newer.id(),
                        new Warrants.Application(
                                "ARREST", "The suspect failed to answer bail.", "Flat 2, 14 Mill Lane", null, COURT)));
        log.info("Demo warrants applied for: four, one with its return to court overdue.");
    }

    private static Warrants.Decision decision(Instant now, int daysAgo) {
        return new Warrants.Decision(true, day(now, daysAgo), null);
    }

    private static LocalDate day(Instant now, int daysAgo) {
        return LocalDate.ofInstant(now.minus(Duration.ofDays(daysAgo)), Deadline.ENGLAND_AND_WALES);
    }

    private static <T> T at(Instant at, java.util.function.Supplier<T> work) {
        return HistoryClock.replayAt(at, work);
    }

    private static void at(Instant at, Runnable work) {
        HistoryClock.replayAt(at, work);
    }
}
