package org.constable.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A detention's whole life on an injected clock, across the night summer time ends in Europe/London
 * (25 October 2026, 02:00 BST becomes 01:00 GMT): reviews fall due 6 hours after authorisation and
 * then every 9 hours, the limit is 24 elapsed hours and moves only with the right authority.
 */
class DetentionThroughAFullLifeOnThePaceClockTest {

    static final String SERGEANT = "sgt.custody";
    static final String INSPECTOR = "insp.review";
    static final String SUPERINTENDENT = "supt.ext";

    static Instant london(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute)
                .atZone(ForceTime.ZONE)
                .toInstant();
    }

    static Arrival arrival(Instant arrested, Instant arrived, boolean indictable, RiskAssessment risk) {
        return new Arrival(
                42L,
                7L,
                "pc.arrest",
                "Seen leaving the shop with goods",
                List.of(new Offence(indictable ? "Burglary" : "Drunk and disorderly", indictable)),
                arrested,
                arrived,
                false,
                false,
                false,
                risk,
                null);
    }

    @Test
    void reviewsFallDueAtSixThenNineHoursAndTheLimitIsTwentyFourElapsedHoursAcrossTheEndOfSummerTime() {
        Instant arrived = london(10, 24, 20, 0); // 20:00 BST, the evening before the clocks go back
        MutableClock clock = new MutableClock(arrived);
        PaceClock pace = new PaceClock(clock);
        Detention d = Detention.arrive(
                arrival(arrived.minusSeconds(1800), arrived, true, RiskAssessment.none()), SERGEANT, clock.instant());
        assertThat(d.relevantTime()).isEqualTo(arrived);
        // 24 elapsed hours: the wall clock shows 19:00 GMT the next day, not 20:00
        assertThat(d.limit().until()).isEqualTo(london(10, 25, 19, 0));
        assertThat(Duration.between(arrived, d.limit().until())).isEqualTo(Duration.ofHours(24));

        clock.advance(Duration.ofMinutes(15));
        d.authorise(SERGEANT, "To obtain evidence by questioning", clock.instant());
        Instant authorised = clock.instant();
        assertThat(pace.read(d).reviewDue()).isEqualTo(authorised.plus(Duration.ofHours(6)));
        // 6 elapsed hours after 20:15 BST is 01:15 GMT, the second 01:15 of that night (00:15 UTC + 1 h)
        assertThat(pace.read(d).reviewDue()).isEqualTo(london(10, 25, 1, 15).plus(Duration.ofHours(1)));

        clock.advance(Duration.ofHours(5));
        d.review(
                INSPECTOR,
                ReviewDecision.DETENTION_CONTINUES,
                "Interview pending",
                "Wants to go home",
                clock.instant());
        Instant firstReview = clock.instant();
        assertThat(pace.read(d).reviewDue()).isEqualTo(firstReview.plus(Duration.ofHours(9)));

        // the second review is postponed with its reason and carried out late: the timetable does not move
        Instant secondDue = firstReview.plus(Duration.ofHours(9));
        clock.advance(Duration.ofHours(9));
        d.postponeReview(INSPECTOR, "Detainee being interviewed", clock.instant());
        clock.advance(Duration.ofMinutes(40));
        assertThat(pace.read(d).breaches()).doesNotContain(Breach.REVIEW_OVERDUE);
        assertThat(pace.read(d).reviewPostponed()).isTrue();
        d.review(INSPECTOR, ReviewDecision.DETENTION_CONTINUES, "Further interview needed", null, clock.instant());
        assertThat(pace.read(d).reviewDue()).isEqualTo(secondDue.plus(Duration.ofHours(9)));

        // the superintendent extends to 36 hours before the 24 run out
        clock.advance(Duration.ofHours(3));
        Instant thirtySix = arrived.plus(Duration.ofHours(36));
        d.extend(
                thirtySix,
                clock.instant(),
                SUPERINTENDENT,
                "Forensic results awaited; investigation diligent",
                clock.instant());
        assertThat(d.limit().authority()).isEqualTo(LimitAuthority.SUPERINTENDENT_EXTENSION);
        assertThat(d.limit().until()).isEqualTo(london(10, 26, 7, 0));

        // a warrant of further detention takes it on, never past 96 hours
        clock.advance(Duration.ofHours(6));
        assertThatThrownBy(() -> d.warrant(
                        arrived.plus(Duration.ofHours(97)),
                        clock.instant(),
                        "Northmoor Magistrates",
                        "W1",
                        SERGEANT,
                        clock.instant()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("until"));
        d.warrant(
                arrived.plus(Duration.ofHours(72)),
                clock.instant(),
                "Northmoor Magistrates",
                "W1",
                SERGEANT,
                clock.instant());
        assertThat(d.limit().authority()).isEqualTo(LimitAuthority.WARRANT_OF_FURTHER_DETENTION);

        d.dispose(new Disposal(DisposalKind.CHARGED, clock.instant(), SERGEANT, "Burglary", null, null, null));
        assertThat(d.status()).isEqualTo(DetentionStatus.LEFT_CUSTODY);
        assertThat(pace.read(d).breaches()).isEmpty();
        assertThat(d.newEntries()).allSatisfy(e -> assertThat(e.by()).isNotBlank());
        assertThat(d.newEntries())
                .extracting(Entry::kind)
                .startsWith(EntryKind.ARRIVED)
                .endsWith(EntryKind.RELEASED);
    }

    @Test
    void theLimitPassesAndNothingButARelease() {
        Instant arrived = london(3, 28, 22, 0); // the night summer time starts: 24 elapsed hours end at 23:00 BST
        MutableClock clock = new MutableClock(arrived);
        Detention d =
                Detention.arrive(arrival(arrived, arrived, false, RiskAssessment.none()), SERGEANT, clock.instant());
        assertThat(d.limit().until()).isEqualTo(london(3, 29, 23, 0));
        d.authorise(SERGEANT, "To obtain evidence by questioning", clock.instant());
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(new PaceClock(clock).read(d).breaches()).contains(Breach.LIMIT_PASSED);
        assertThatThrownBy(() -> d.visit("pc.gaoler", false, "Asleep, breathing", clock.instant()))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("record the release");
        assertThatThrownBy(() -> d.extend(
                        arrived.plus(Duration.ofHours(36)),
                        clock.instant(),
                        SUPERINTENDENT,
                        "More time",
                        clock.instant()))
                .isInstanceOf(Conflict.class);
        d.dispose(new Disposal(DisposalKind.NO_FURTHER_ACTION, clock.instant(), SERGEANT, "", null, null, null));
        assertThat(d.status()).isEqualTo(DetentionStatus.LEFT_CUSTODY);
    }

    @Test
    void aSummaryOffenceIsNeverExtendedAndAnExtensionWaitsForTheSecondReview() {
        Instant arrived = london(6, 1, 9, 0);
        MutableClock clock = new MutableClock(arrived);
        Detention summary =
                Detention.arrive(arrival(arrived, arrived, false, RiskAssessment.none()), SERGEANT, clock.instant());
        summary.authorise(SERGEANT, "Questioning", clock.instant());
        assertThatThrownBy(() -> summary.extend(
                        arrived.plus(Duration.ofHours(30)), clock.instant(), SUPERINTENDENT, "g", clock.instant()))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("indictable");
        Detention indictable =
                Detention.arrive(arrival(arrived, arrived, true, RiskAssessment.none()), SERGEANT, clock.instant());
        indictable.authorise(SERGEANT, "Questioning", clock.instant());
        assertThatThrownBy(() -> indictable.extend(
                        arrived.plus(Duration.ofHours(30)), clock.instant(), SUPERINTENDENT, "g", clock.instant()))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("second review");
        assertThatThrownBy(() ->
                        indictable.review("pc.arrest", ReviewDecision.DETENTION_CONTINUES, "g", null, clock.instant()))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("arresting officer");
    }

    @Test
    void aReviewCannotBePostponedOnceItIsOverdueAndTheBoardShowsItMissed() {
        Instant arrived = london(6, 1, 9, 0);
        MutableClock clock = new MutableClock(arrived);
        Detention d =
                Detention.arrive(arrival(arrived, arrived, true, RiskAssessment.none()), SERGEANT, clock.instant());
        d.authorise(SERGEANT, "Questioning", clock.instant());
        clock.advance(Duration.ofHours(6).plusMinutes(1));
        assertThat(new PaceClock(clock).read(d).breaches()).contains(Breach.REVIEW_OVERDUE);
        assertThatThrownBy(() -> d.postponeReview(INSPECTOR, "Busy", clock.instant()))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("overdue");
        assertThatThrownBy(() -> d.postponeReview(INSPECTOR, " ", arrived.plus(Duration.ofHours(5))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void observationLevelsSetTheVisitsAndARousingVisitMustRouse() {
        Instant arrived = london(6, 1, 23, 0);
        MutableClock clock = new MutableClock(arrived);
        RiskAssessment drunk = new RiskAssessment(false, false, true, false, false);
        assertThatThrownBy(() -> Detention.arrive(
                        new Arrival(
                                1L,
                                1L,
                                "pc.arrest",
                                "g",
                                List.of(new Offence("Drunk and disorderly", false)),
                                arrived,
                                arrived,
                                false,
                                false,
                                false,
                                drunk,
                                ObservationLevel.GENERAL),
                        SERGEANT,
                        clock.instant()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("observationLevel"));
        Detention d = Detention.arrive(arrival(arrived, arrived, false, drunk), SERGEANT, clock.instant());
        assertThat(d.level()).isEqualTo(ObservationLevel.INTERMITTENT_WITH_ROUSING);
        assertThat(d.nextVisitDue()).contains(arrived.plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(25));
        assertThatThrownBy(() -> d.visit("pc.gaoler", false, "Lying down", clock.instant()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("roused"));
        d.visit("pc.gaoler", true, "Roused, answered name, asked for water", clock.instant());
        assertThat(d.nextVisitDue()).contains(clock.instant().plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(31));
        assertThat(new PaceClock(clock).read(d).breaches()).contains(Breach.VISIT_OVERDUE);
        assertThatThrownBy(() -> d.setLevel(ObservationLevel.CONSTANT, "", SERGEANT, clock.instant()))
                .isInstanceOf(InvalidInput.class);
        d.setLevel(ObservationLevel.CONSTANT, "Said they would harm themselves", SERGEANT, clock.instant());
        assertThat(d.nextVisitDue()).isEmpty();
        assertThat(new PaceClock(clock).read(d).breaches()).doesNotContain(Breach.VISIT_OVERDUE);
    }

    @Test
    void aJuvenileIsChargedOnlyWithAnAppropriateAdult() {
        Instant arrived = london(6, 1, 15, 0);
        MutableClock clock = new MutableClock(arrived);
        Detention d = Detention.arrive(
                new Arrival(
                        5L,
                        2L,
                        "pc.arrest",
                        "g",
                        List.of(new Offence("Theft", true)),
                        arrived,
                        arrived,
                        false,
                        true,
                        false,
                        RiskAssessment.none(),
                        null),
                SERGEANT,
                clock.instant());
        d.authorise(SERGEANT, "Questioning", clock.instant());
        assertThat(new PaceClock(clock).read(d).breaches()).contains(Breach.APPROPRIATE_ADULT_NEEDED);
        assertThatThrownBy(() -> d.dispose(
                        new Disposal(DisposalKind.CHARGED, clock.instant(), SERGEANT, "Theft", null, null, null)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("appropriate adult");
        d.appropriateAdult("Mrs A Parent (mother)", SERGEANT, clock.instant());
        assertThat(new PaceClock(clock).read(d).breaches()).isEmpty();
        d.dispose(new Disposal(DisposalKind.CHARGED, clock.instant(), SERGEANT, "Theft", null, null, null));
    }

    @Test
    void preChargeBailIsAtMostThreeMonthsAndArrestOutOfAreaStartsTheClockEarlier() {
        Instant arrested = london(6, 1, 8, 0);
        Instant arrived = arrested.plus(Duration.ofHours(30));
        assertThat(Pace41DetentionLimit.relevantTime(arrested, arrived, true))
                .isEqualTo(arrested.plus(Duration.ofHours(24)));
        assertThat(Pace41DetentionLimit.relevantTime(arrested, arrived, false)).isEqualTo(arrived);
        MutableClock clock = new MutableClock(london(6, 1, 12, 0));
        Detention d = Detention.arrive(
                arrival(arrested, london(6, 1, 12, 0), false, RiskAssessment.none()), SERGEANT, clock.instant());
        d.authorise(SERGEANT, "Questioning", clock.instant());
        assertThatThrownBy(() -> d.dispose(new Disposal(
                        DisposalKind.BAILED, clock.instant(), SERGEANT, "", LocalDate.of(2026, 9, 2), null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("bailUntil"));
        d.dispose(new Disposal(
                DisposalKind.BAILED,
                clock.instant(),
                SERGEANT,
                "",
                LocalDate.of(2026, 9, 1),
                "Not to contact the victim",
                null));
        assertThat(d.newEntries().get(d.newEntries().size() - 1).text())
                .contains("bail until 2026-09-01")
                .contains("Not to contact");
    }
}
