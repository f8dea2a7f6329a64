package org.constable.crime.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.constable.crime.CancellationGround;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.domain.ChangeKind;
import org.constable.shared.HistoryClock;

/**
 * The crime registrars' work in the demo: a duplicate cancelled and an assault re-classified, each
 * approved by the registrar who did not ask; a cancellation asked by one registrar and a
 * re-classification asked by an investigator, both waiting (the other registrar can decide them on
 * the first start).
 */
final class DemoRegistrarsWork {

    private final CrimeChanges changes;

    DemoRegistrarsWork(CrimeChanges changes) {
        this.changes = changes;
    }

    void carryOut(Random random, Instant now, List<DemoCrime> made, DemoStaff team) {
        List<DemoCrime> older = made.stream()
                .filter(m -> m.recordedAt().isBefore(now.minus(Duration.ofDays(40))))
                .toList();
        List<DemoCrime> recent = made.stream()
                .filter(m -> m.recordedAt().isAfter(now.minus(Duration.ofDays(14))))
                .filter(m -> m.recordedAt().isBefore(now.minus(Duration.ofDays(1))))
                .toList();
        older.stream().filter(m -> m.code().equals("49")).findFirst().ifPresent(m -> {
            Instant asked = m.recordedAt().plus(Duration.ofDays(2));
            long request = HistoryClock.replayAt(
                    asked,
                    () -> changes.request(
                            team.registrar(2),
                            m.id(),
                            ChangeKind.CANCEL,
                            null,
                            CancellationGround.DUPLICATE_RECORD,
                            "The same theft was recorded twice, by the officer and from the online report."));
            HistoryClock.replayAt(
                    asked.plus(Duration.ofHours(20)),
                    () -> changes.decide(team.registrar(1), request, true, "Duplicate confirmed."));
        });
        older.stream().filter(m -> m.code().equals("105A")).findFirst().ifPresent(m -> {
            Instant asked = m.recordedAt().plus(Duration.ofDays(3));
            long request = HistoryClock.replayAt(
                    asked,
                    () -> changes.request(
                            m.officer(),
                            m.id(),
                            ChangeKind.RECLASSIFY,
                            "8N",
                            null,
                            "The medical report shows a fractured finger: assault with injury."));
            HistoryClock.replayAt(
                    asked.plus(Duration.ofHours(6)), () -> changes.decide(team.registrar(2), request, true, null));
        });
        // criminal damage if the last fortnight has one (which crimes it has depends on the day the
        // force first starts), else another crime: the second registrar always finds one waiting
        Optional<DemoCrime> damage =
                recent.stream().filter(m -> m.code().startsWith("58")).findFirst();
        Optional<DemoCrime> toCancel = damage.or(
                () -> recent.stream().filter(m -> !m.code().equals("28F")).findFirst());
        String reason = damage.isPresent()
                ? "CCTV shows the damage was done by a reversing lorry: an accident, not a crime."
                : "The person who reported it has since shown that nothing was taken or harmed: no crime took place.";
        toCancel.ifPresent(m -> HistoryClock.replayAt(
                m.recordedAt().plus(Duration.ofHours(12)),
                () -> changes.request(
                        team.registrar(1),
                        m.id(),
                        ChangeKind.CANCEL,
                        null,
                        CancellationGround.ADDITIONAL_VERIFIABLE_INFORMATION,
                        reason)));
        recent.stream()
                .filter(m -> m.code().equals("28F"))
                .findFirst()
                .ifPresent(
                        m -> HistoryClock.replayAt(
                                m.recordedAt().plus(Duration.ofHours(8)),
                                () -> changes.request(
                                        m.officer().username().contains("investigator")
                                                ? m.officer()
                                                : team.investigator(random),
                                        m.id(),
                                        ChangeKind.RECLASSIFY,
                                        "28E",
                                        null,
                                        "Entry was gained after all: a window at the back was found open and property is missing.")));
    }
}
