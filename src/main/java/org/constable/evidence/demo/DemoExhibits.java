package org.constable.evidence.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.constable.crime.PersonCrimes;
import org.constable.evidence.application.ExhibitDesk;
import org.constable.evidence.application.PropertyStores;
import org.constable.evidence.domain.MovementKind;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's exhibits, on its first start: a property store and three exhibits seized by a
 * response officer for a recorded crime, moved through the desk's own use cases; one chain has a gap
 * and a changed seal, so the exhibit page shows what a flag looks like.
 */
@Component
@Order(70)
class DemoExhibits implements ApplicationRunner {

    static final String STORE = "Northmoor Property Store";
    private static final Logger log = LoggerFactory.getLogger(DemoExhibits.class);

    private final DemoMode demo;
    private final PropertyStores stores;
    private final ExhibitDesk desk;
    private final PersonCrimes crimes;
    private final CurrentActor actors;
    private final Clock clock;

    DemoExhibits(
            DemoMode demo,
            PropertyStores stores,
            ExhibitDesk desk,
            PersonCrimes crimes,
            CurrentActor actors,
            Clock clock) {
        this.demo = demo;
        this.stores = stores;
        this.desk = desk;
        this.crimes = crimes;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Actor> officer = actors.load("demo.response-officer");
        Optional<Actor> supervisor = actors.load("demo.supervisor");
        if (!demo.enabled()
                || officer.isEmpty()
                || supervisor.isEmpty()
                || !stores.stores(supervisor.get()).isEmpty()) {
            return;
        }
        // the demo force's first recorded crime (ids count up from one)
        Optional<Long> crime = java.util.stream.LongStream.rangeClosed(1, 1000)
                .mapToObj(crimes::byId)
                .flatMap(Optional::stream)
                .map(PersonCrimes.CrimeSummary::id)
                .findFirst();
        if (crime.isEmpty()) {
            log.info("Demo exhibits: no recorded crime to seize them for");
            return;
        }
        Actor pc = officer.get();
        long store = stores.open(supervisor.get(), STORE, "Northmoor Police Station, basement");
        Instant seized = clock.instant().minus(Duration.ofDays(3));
        String station = "Northmoor Police Station";
        long knife = seize(pc, crime.get(), "DO/1", "Kitchen knife, black handle, 20 cm blade", seized, "S100231");
        move(
                pc,
                knife,
                MovementKind.HANDED_TO,
                null,
                null,
                "demo.investigator",
                station,
                null,
                seized.plusSeconds(3600),
                "S100231");
        move(
                pc,
                knife,
                MovementKind.STORED_AT,
                null,
                null,
                "Property officer",
                null,
                store,
                seized.plusSeconds(7200),
                "S100231");
        long phone = seize(pc, crime.get(), "DO/2", "Mobile phone, cracked screen, in a blue case", seized, "S100232");
        move(
                pc,
                phone,
                MovementKind.HANDED_TO,
                null,
                null,
                "demo.investigator",
                station,
                null,
                seized.plusSeconds(3600),
                "S100232");
        // recorded as it happened: taken to the laboratory from another station, under another seal
        move(
                pc,
                phone,
                MovementKind.SENT_TO_LABORATORY,
                "DC Green",
                "Southgate Police Station",
                "Forensic laboratory",
                "Regional digital forensics unit",
                null,
                seized.plusSeconds(86_400),
                "S100299");
        long top = seize(pc, crime.get(), "DO/3", "Grey hooded top, torn at the left cuff", seized, "S100233");
        move(
                pc,
                top,
                MovementKind.STORED_AT,
                null,
                null,
                "Property officer",
                null,
                store,
                seized.plusSeconds(5400),
                "S100233");
        log.info("Demo exhibits: three exhibits in {}, one chain flagged", STORE);
    }

    private long seize(Actor pc, long crime, String ref, String what, Instant at, String seal) {
        return desk.record(
                pc,
                new ExhibitDesk.NewExhibit(crime, ref, what, null, at, "12 Mill Lane, Northmoor", seal, null, null));
    }

    private void move(
            Actor pc,
            long exhibit,
            MovementKind kind,
            @Nullable String fromHolder,
            @Nullable String fromPlace,
            String toHolder,
            @Nullable String toPlace,
            @Nullable Long store,
            Instant at,
            String seal) {
        desk.move(
                pc,
                exhibit,
                new ExhibitDesk.NewMovement(
                        kind, fromHolder, fromPlace, toHolder, toPlace, store, at, seal, null, false, null));
    }
}
