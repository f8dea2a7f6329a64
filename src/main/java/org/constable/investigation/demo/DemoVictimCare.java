package org.constable.investigation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.constable.crime.CrimeRecorded;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.investigation.application.VictimCare;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.ContactKind;
import org.constable.investigation.persistence.VictimCareStore;
import org.constable.shared.HistoryClock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo force's officers kept its victims informed: while the demo history is replayed, each
 * crime's victim care opens at once (as it would within moments) and, for crimes older than a few
 * days, the officer in charge referred the victim to support within the Victims' Code's two days
 * (now and then late), and for some an arrest was made and the victim told. So the due lists show a
 * week's work, not six months of unanswered duties. Only ever acts on a thread replaying the demo
 * history: a crime recorded by a person is left to victim care's own rules.
 */
@Component
class DemoVictimCare {

    private static final Duration ANSWERED_AFTER = Duration.ofDays(5);

    private final DemoMode demo;
    private final VictimCare care;
    private final VictimCareStore store;
    private final CurrentActor actors;
    private final Clock clock;
    private final Random random = new Random(2209);

    DemoVictimCare(DemoMode demo, VictimCare care, VictimCareStore store, CurrentActor actors, Clock clock) {
        this.demo = demo;
        this.care = care;
        this.store = store;
        this.actors = actors;
        this.clock = clock;
    }

    @EventListener
    void on(CrimeRecorded crime) {
        if (!demo.enabled() || !HistoryClock.replaying()) {
            return;
        }
        care.open(crime);
        Instant now = HistoryClock.real(clock).instant();
        Optional<Actor> officer = actors.load(crime.officerInCharge());
        if (officer.isEmpty() || crime.reportedAt().isAfter(now.minus(ANSWERED_AFTER))) {
            return;
        }
        for (VictimCareStore.VictimCareRow victim : store.ofCrime(crime.crimeId())) {
            // mostly the next day, one in ten on the third day: late
            Instant referred = crime.reportedAt()
                    .plusSeconds(random.nextInt(10) == 0 ? 60 * 3600 : 3600 + random.nextInt(30 * 3600));
            contact(
                    officer.get(),
                    victim.id(),
                    ContactKind.REFERRAL_MADE,
                    referred,
                    now,
                    "Referred to victim support.");
        }
        if (random.nextInt(6) == 0) {
            Instant arrested = crime.reportedAt().plus(Duration.ofHours(24 + random.nextInt(120)));
            if (arrested.isBefore(now.minus(Duration.ofDays(2)))) {
                HistoryClock.replayAt(
                        arrested,
                        () -> care.recordEvent(
                                officer.get(),
                                crime.crimeId(),
                                CaseEventKind.ARREST,
                                arrested,
                                "Suspect arrested on enquiries."));
                for (VictimCareStore.VictimCareRow victim : store.ofCrime(crime.crimeId())) {
                    Instant told = arrested.plusSeconds(1800 + random.nextInt(30 * 3600));
                    contact(
                            officer.get(),
                            victim.id(),
                            ContactKind.UPDATE_GIVEN,
                            told,
                            now,
                            "Told of the arrest by phone.");
                }
            }
        }
    }

    private void contact(Actor officer, long victimCareId, ContactKind kind, Instant at, Instant now, String note) {
        if (at.isBefore(now.minus(Duration.ofHours(1)))) {
            HistoryClock.replayAt(at, () -> care.recordContact(officer, victimCareId, kind, at, note));
        }
    }
}
