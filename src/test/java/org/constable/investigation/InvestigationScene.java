package org.constable.investigation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.crime.application.CrimeRecording;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.investigation.application.Investigations;
import org.constable.investigation.domain.Deadline;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.springframework.stereotype.Component;

/** Real crimes (with a victim) and investigations of them, recorded through the use cases a user's request reaches. */
@Component
public class InvestigationScene {

    private final CrimeRecording recording;
    private final PersonRecords persons;
    private final Investigations investigations;
    private final CurrentActor actors;
    private final TestUsers users;
    private final MutableClock clock;

    InvestigationScene(
            CrimeRecording recording,
            PersonRecords persons,
            Investigations investigations,
            CurrentActor actors,
            TestUsers users,
            MutableClock clock) {
        this.recording = recording;
        this.persons = persons;
        this.investigations = investigations;
        this.actors = actors;
        this.users = users;
        this.clock = clock;
    }

    Actor actorOf(String username) {
        return actors.load(username).orElseThrow();
    }

    public Actor actor(Role... roles) {
        return actors.load(users.create(roles).username()).orElseThrow();
    }

    /**
     * A crime of assault with one victim, reported an hour ago, the officer in charge as given; a
     * restricted victim is restricted after the crime was recorded (as when a threat comes to light).
     */
    CrimeRecording.Recorded crime(Actor officer, boolean restrictedVictim) {
        PersonDetails details = new PersonDetails(
                "Ann", null, "Victim" + System.nanoTime(), null, null, null, null, null, null, null, false);
        long victim = persons.create(officer, details);
        Instant from = clock.instant().minus(Duration.ofHours(2));
        CommandAndControl.Area at = CommandAndControl.freshArea();
        CrimeRecording.Recorded recorded = recording.record(
                officer,
                new CrimeRecording.NewCrime(
                        null,
                        "105A",
                        from,
                        from.plusSeconds(60),
                        from.plus(Duration.ofMinutes(30)),
                        new CrimeRecording.Where(null, at.latitude(), at.longitude(), "High Street"),
                        List.of(new CrimeRecording.Victim(victim, false)),
                        List.of(),
                        List.of(),
                        List.of(),
                        "",
                        "Struck in the street",
                        officer.username()));
        if (restrictedVictim) {
            int version = persons.open(officer, victim, "Restricting a victim").version();
            persons.update(officer, victim, version, details, true);
        }
        return recorded;
    }

    Investigations.Opened open(Actor by, List<Long> crimes, Actor oic, Actor supervisor) {
        return investigations.open(
                by,
                new Investigations.OpenInvestigation(
                        "Assault in the High Street",
                        crimes,
                        null,
                        oic.username(),
                        supervisor.username(),
                        List.of(),
                        "Identify the suspect from CCTV"));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Deadline.ENGLAND_AND_WALES);
    }
}
