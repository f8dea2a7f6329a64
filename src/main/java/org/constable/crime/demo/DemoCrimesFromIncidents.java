package org.constable.crime.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.domain.NcrsDecision;
import org.constable.crime.persistence.MonitorStore;
import org.constable.identity.Actor;
import org.constable.shared.HistoryClock;

/**
 * The crime-indicative incidents of the demo's last days, from the integrity monitor's queue: most
 * recorded as crimes by the attending team or CID, one theft decided "no crime" by a registrar, and
 * those closed in the last minutes left waiting.
 */
final class DemoCrimesFromIncidents {

    private final CrimeRecording recording;
    private final IntegrityMonitor monitor;
    private final MonitorStore queue;

    DemoCrimesFromIncidents(CrimeRecording recording, IntegrityMonitor monitor, MonitorStore queue) {
        this.recording = recording;
        this.monitor = monitor;
        this.queue = queue;
    }

    List<DemoCrime> record(Random random, Instant now, List<Long> victims, DemoStaff team) {
        List<DemoCrime> made = new ArrayList<>();
        boolean decided = false;
        for (MonitorStore.Indicative incident : queue.queue()) {
            Instant at = incident.closedAt().plusSeconds(1800 + random.nextInt(8 * 3600));
            if (!at.isBefore(now.minus(Duration.ofMinutes(20)))) {
                continue;
            }
            if (!decided && incident.classification().equals("CRIME_THEFT")) {
                decided = true;
                HistoryClock.replayAt(
                        at,
                        () -> monitor.decide(
                                team.registrar(2),
                                incident.incidentId(),
                                NcrsDecision.NO_CRIME_ADDITIONAL_VERIFIABLE_INFORMATION,
                                "The caller found the bag in a friend's car the next morning; nothing was stolen."));
                continue;
            }
            String code = DemoCrimeKinds.forClosing(incident.classification(), random);
            DemoCrimeKinds.Kind kind = DemoCrimeKinds.byCode(code);
            Instant ended = incident.reportedAt().minusSeconds(300 + random.nextInt(3600));
            Actor officer = incident.latitude() == null
                    ? team.responder(DemoStaff.NORTH_OF, random)
                    : kind.cid() && random.nextBoolean()
                            ? team.investigator(random)
                            : team.responder(incident.latitude(), random);
            CrimeRecording.NewCrime crime = new CrimeRecording.NewCrime(
                    incident.incidentId(),
                    code,
                    ended.minusSeconds(random.nextInt(kind.maxWindowHours() * 3600 + 1)),
                    ended,
                    null,
                    null,
                    List.of(new CrimeRecording.Victim(
                            victims.get(random.nextInt(victims.size())), random.nextInt(6) == 0)),
                    List.of(),
                    List.of(),
                    List.of(),
                    kind.mo(),
                    kind.narrative(),
                    officer.username());
            CrimeRecording.Recorded r = HistoryClock.replayAt(at, () -> recording.record(officer, crime));
            made.add(new DemoCrime(r.id(), code, at, officer));
        }
        return made;
    }
}
