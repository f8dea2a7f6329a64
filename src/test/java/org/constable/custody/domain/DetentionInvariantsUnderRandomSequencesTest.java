package org.constable.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.testsupport.MutableClock;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random sequences of arrivals, authorisations, reviews (on time, late, postponed, by the wrong
 * officer), extensions, warrants, visits, level changes, rights and legal advice, medical attention,
 * property, meals, interviews, transfers, releases and time passing, from
 * a seeded {@link Random} per repetition (the seed is in every failure). After every step: no
 * detention has an entry past its limit but a release or an authority, no review was missed
 * without a postponement or the board showing it overdue, nobody has two open detentions, every
 * entry names its author, no interview started while the detainee was unfit or without the
 * solicitor asked for unless the grounds were recorded, and no item of property was dealt with twice.
 */
class DetentionInvariantsUnderRandomSequencesTest {

    private static final long BASE_SEED = 0x5EC7_1017L;
    private static final List<String> ACTORS = List.of("sgt.one", "sgt.two", "insp.one", "pc.arrest", "supt.one");
    private static final Set<String> EXPECTED = Set.of(Conflict.class.getName(), InvalidInput.class.getName());

    record Tracked(
            Detention detention,
            List<Entry> checked,
            Set<Instant> seenOverdue,
            CustodyCare care,
            List<Entry> careChecked) {}

    @RepeatedTest(200)
    void theInvariantsHoldAfterEveryStep(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        // somewhere in the year, so some sequences cross a change to or from summer time
        MutableClock clock = new MutableClock(
                Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(random.nextInt(24 * 365))));
        PaceClock pace = new PaceClock(clock);
        Map<Long, Tracked> open = new HashMap<>();
        List<Tracked> all = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        for (int step = 0; step < 120; step++) {
            String did = step(random, clock, open, all);
            trace.add(ForceTime.dateTime(clock.instant()) + " " + did);
            check("seed " + seed + " after " + trace, pace, all, open);
        }
    }

    private static String step(Random random, MutableClock clock, Map<Long, Tracked> open, List<Tracked> all) {
        Instant now = clock.instant();
        String actor = ACTORS.get(random.nextInt(ACTORS.size()));
        int choice = random.nextInt(19);
        long person = 1 + random.nextInt(4);
        Tracked t = open.get(person);
        try {
            switch (choice) {
                case 0 -> {
                    OneOpenDetentionPerPersonRule.check(person, open::containsKey);
                    Instant arrested = now.minus(Duration.ofMinutes(random.nextInt(60 * 30)));
                    RiskAssessment risk =
                            new RiskAssessment(random.nextInt(6) == 0, false, random.nextBoolean(), false, false);
                    Detention d = Detention.arrive(
                            new Arrival(
                                    person,
                                    null,
                                    "pc.arrest",
                                    "grounds",
                                    List.of(new Offence("Offence", random.nextBoolean())),
                                    arrested,
                                    now.minus(Duration.ofMinutes(random.nextInt(30)))
                                                    .isBefore(arrested)
                                            ? arrested
                                            : now.minus(Duration.ofMinutes(random.nextInt(30))),
                                    random.nextBoolean(),
                                    random.nextInt(5) == 0,
                                    false,
                                    risk,
                                    null),
                            actor,
                            now);
                    Tracked n = new Tracked(
                            d, new ArrayList<>(), new HashSet<>(), new CustodyCare(d, List.of()), new ArrayList<>());
                    open.put(person, n);
                    all.add(n);
                    return "arrive " + person;
                }
                case 1 -> {
                    if (t != null) t.detention().authorise(actor, "grounds", now);
                    return "authorise " + person;
                }
                case 2, 3 -> {
                    if (t != null)
                        t.detention()
                                .review(
                                        actor,
                                        random.nextInt(8) == 0
                                                ? ReviewDecision.RELEASE_ORDERED
                                                : ReviewDecision.DETENTION_CONTINUES,
                                        "grounds",
                                        null,
                                        now);
                    return "review " + person + " by " + actor;
                }
                case 4 -> {
                    if (t != null) t.detention().postponeReview(actor, random.nextInt(5) == 0 ? "" : "interview", now);
                    return "postpone " + person;
                }
                case 5 -> {
                    if (t != null)
                        t.detention()
                                .extend(
                                        t.detention().relevantTime().plus(Duration.ofHours(30 + random.nextInt(8))),
                                        now,
                                        actor,
                                        "grounds",
                                        now);
                    return "extend " + person;
                }
                case 6 -> {
                    if (t != null)
                        t.detention()
                                .warrant(
                                        t.detention().relevantTime().plus(Duration.ofHours(40 + random.nextInt(60))),
                                        now,
                                        "Court",
                                        "W" + random.nextInt(99),
                                        actor,
                                        now);
                    return "warrant " + person;
                }
                case 7, 8 -> {
                    if (t != null)
                        t.detention()
                                .visit(actor, random.nextInt(6) != 0, random.nextInt(9) == 0 ? "" : "Seen, well", now);
                    return "visit " + person;
                }
                case 9 -> {
                    if (t != null)
                        t.detention().setLevel(ObservationLevel.values()[random.nextInt(4)], "reason", actor, now);
                    return "level " + person;
                }
                case 10 -> {
                    if (t != null) {
                        DisposalKind kind = DisposalKind.values()[random.nextInt(DisposalKind.values().length)];
                        t.detention()
                                .dispose(new Disposal(
                                        kind,
                                        now,
                                        actor,
                                        "details",
                                        kind == DisposalKind.BAILED
                                                ? LocalDate.ofInstant(now, ForceTime.ZONE)
                                                        .plusMonths(1)
                                                : null,
                                        null,
                                        kind == DisposalKind.TRANSFERRED ? "Northmoor suite" : null));
                    }
                    return "dispose " + person;
                }
                case 11 -> {
                    if (t != null) {
                        if (random.nextBoolean()) {
                            t.care()
                                    .giveRights(
                                            RightsOccasion.values()[random.nextInt(RightsOccasion.values().length)],
                                            random.nextBoolean(),
                                            actor,
                                            now);
                        } else {
                            t.care().legalAdvice(random.nextBoolean(), null, null, actor, now);
                        }
                    }
                    return "rights or legal advice " + person;
                }
                case 12 -> {
                    if (t != null) {
                        Boolean fit = random.nextInt(3) == 0 ? null : random.nextBoolean();
                        t.care().medical("Nurse", true, random.nextInt(9) == 0 ? "" : "Seen", null, fit, actor, now);
                    }
                    return "medical " + person;
                }
                case 13 -> {
                    if (t != null) {
                        if (random.nextBoolean()) {
                            t.care().propertyTaken("Item", "SB" + random.nextInt(99), actor, now);
                        } else {
                            t.care().propertyDealtWith(1 + random.nextInt(3), random.nextBoolean(), null, actor, now);
                        }
                    }
                    return "property " + person;
                }
                case 14 -> {
                    if (t != null) t.care().scheduleInterview(now.plus(Duration.ofHours(1)), "DC Rowe", actor, now);
                    return "schedule interview " + person;
                }
                case 15 -> {
                    if (t != null)
                        t.care()
                                .startInterview(
                                        1 + random.nextInt(2),
                                        random.nextBoolean(),
                                        random.nextBoolean(),
                                        random.nextBoolean(),
                                        random.nextInt(3) == 0 ? "Urgent: risk to others" : null,
                                        actor,
                                        now);
                    return "start interview " + person;
                }
                case 16 -> {
                    if (t != null) {
                        switch (random.nextInt(4)) {
                            case 0 ->
                                t.care().endInterview(1 + random.nextInt(2), "REC" + random.nextInt(99), actor, now);
                            case 1 -> t.care().solicitorArrived("Ms Khan", null, actor, now);
                            case 2 -> t.care().meal("Meal", random.nextBoolean(), actor, now);
                            default -> t.care().visitor("Chaplain", null, actor, now);
                        }
                    }
                    return "interview end, solicitor, meal or visitor " + person;
                }
                case 17 -> {
                    if (t != null) {
                        Detention d = t.detention();
                        Instant relevant = d.relevantTime();
                        DetentionLimit limit = d.limit();
                        long from = 1 + random.nextInt(3);
                        SuiteTransferRule.apply(
                                d,
                                new SuiteTransfer(
                                        from,
                                        random.nextInt(6) == 0 ? from : from + 1,
                                        "Northmoor suite",
                                        random.nextBoolean() ? "N2" : null,
                                        random.nextInt(7) == 0 ? "" : "cells full",
                                        actor,
                                        now));
                        assertThat(d.relevantTime())
                                .as("a move keeps the relevant time")
                                .isEqualTo(relevant);
                        assertThat(d.limit()).as("a move keeps the limit").isEqualTo(limit);
                    }
                    return "move suite " + person;
                }
                default -> {
                    Duration d = Duration.ofMinutes(random.nextInt(random.nextInt(4) == 0 ? 600 : 90));
                    clock.advance(d);
                    return "wait " + d.toMinutes() + " min";
                }
            }
        } catch (Conflict | InvalidInput refused) {
            return "refused (" + refused.getMessage() + ")";
        } finally {
            open.values().removeIf(x -> !x.detention().status().open());
        }
    }

    private static void check(String where, PaceClock pace, List<Tracked> all, Map<Long, Tracked> open) {
        Map<Long, Integer> openPerPerson = new HashMap<>();
        for (Tracked t : all) {
            Detention d = t.detention();
            if (d.status().open()) {
                openPerPerson.merge(d.personId(), 1, Integer::sum);
            }
            List<Entry> entries = d.newEntries();
            for (Entry e : entries.subList(t.checked().size(), entries.size())) {
                assertThat(e.by()).as(where).isIn(ACTORS);
                // limits only ever grow, so an entry past the current one was past the limit when written
                assertThat(e.kind().allowedAfterLimit()
                                || !e.at().isAfter(d.limit().until()))
                        .as("%s: %s written after the limit %s", where, e, d.limit())
                        .isTrue();
                t.checked().add(e);
            }
            List<Entry> careEntries = t.care().newEntries();
            for (Entry e : careEntries.subList(t.careChecked().size(), careEntries.size())) {
                assertThat(e.by()).as(where).isIn(ACTORS);
                assertThat(e.kind().allowedAfterLimit()
                                || !e.at().isAfter(d.limit().until()))
                        .as("%s: %s written after the limit %s", where, e, d.limit())
                        .isTrue();
                t.careChecked().add(e);
            }
            checkInterviewsAndProperty(where, t.care().facts());
            PaceClock.Reading reading = pace.read(d);
            Instant due = oracleDue(d);
            if (due != null && reading.now().isAfter(due)) {
                boolean postponed = d.snapshot().postponements().stream()
                        .anyMatch(p -> p.dueAt().equals(due));
                assertThat(postponed || reading.breaches().contains(Breach.REVIEW_OVERDUE))
                        .as("%s: the review due %s is missed silently", where, due)
                        .isTrue();
                if (!postponed) {
                    t.seenOverdue().add(due);
                }
            }
            for (Review r : d.reviews()) {
                if (r.late()) {
                    boolean postponed = d.snapshot().postponements().stream()
                            .anyMatch(p -> p.dueAt().equals(r.dueAt()));
                    assertThat(postponed || t.seenOverdue().contains(r.dueAt()))
                            .as("%s: review %s late without a postponement or the board saying so", where, r)
                            .isTrue();
                }
            }
        }
        assertThat(openPerPerson.values()).as(where).allMatch(n -> n == 1);
        assertThat(open.size()).as(where).isEqualTo(openPerPerson.size());
    }

    /** Worked out again from the facts in order, apart from the rule under test. */
    private static void checkInterviewsAndProperty(String where, List<CareFact> facts) {
        Boolean fit = null;
        boolean solicitorAsked = false;
        Set<Integer> dealtWith = new HashSet<>();
        for (CareFact f : facts) {
            if (f instanceof CareFact.Medical m && m.fitToInterview() != null) {
                fit = m.fitToInterview();
            }
            if (f instanceof CareFact.LegalAdvice a) {
                solicitorAsked = a.requested();
            }
            if (f instanceof CareFact.InterviewStarted s && s.groundsToProceed() == null) {
                assertThat(!Boolean.FALSE.equals(fit) && (!solicitorAsked || s.solicitorPresent()))
                        .as("%s: interview %s started unfit or without the solicitor and no grounds", where, s)
                        .isTrue();
            }
            if (f instanceof CareFact.PropertyDealtWith p) {
                assertThat(dealtWith.add(p.item()))
                        .as("%s: item %s dealt with twice", where, p.item())
                        .isTrue();
            }
        }
    }

    /** The s.40 timetable worked out again, apart from the rule under test. */
    private static Instant oracleDue(Detention d) {
        Instant authorised = d.snapshot().authorisedAt();
        if (d.status() != DetentionStatus.DETAINED || authorised == null) {
            return null;
        }
        Instant due = authorised.plusSeconds(6 * 3600);
        for (Review r : d.reviews()) {
            due = (r.at().isBefore(due) ? r.at() : due).plusSeconds(9 * 3600);
        }
        return due;
    }
}
