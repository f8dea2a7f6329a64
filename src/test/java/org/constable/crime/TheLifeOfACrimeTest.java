package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.constable.crime.CountingRulesTest.ASSAULT_WITH_INJURY;
import static org.constable.crime.CountingRulesTest.COMMON_ASSAULT;
import static org.constable.crime.CountingRulesTest.GBH_WITH_INTENT;
import static org.constable.crime.CountingRulesTest.NOON;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.CountingRuleBreach;
import org.constable.crime.domain.Crime;
import org.constable.crime.domain.CrimeDraft;
import org.constable.crime.domain.CrimeHistoryEntry;
import org.constable.crime.domain.FinishedIncidentRule;
import org.constable.crime.domain.OneCrimePerVictimRule;
import org.constable.crime.domain.PrincipalCrimeRule;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Crime aggregate as plain Java: how a crime is recorded, changed, cancelled and given outcomes. */
class TheLifeOfACrimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final long VICTIM = 7;
    private static final long INCIDENT = 70;

    private final AtomicLong sequence = new AtomicLong(41);

    private static Crime.Recording assault(Classification k, Instant from) {
        return new Crime.Recording(
                k,
                from,
                from.plus(Duration.ofMinutes(10)),
                from.plus(Duration.ofHours(1)),
                "maker",
                "oic",
                INCIDENT,
                new Crime.Place("High Street", null, 51.5, -0.1),
                "",
                "A punch outside the pub.",
                List.of(VICTIM),
                Set.of(INCIDENT));
    }

    private Crime recorded() {
        return Crime.record(
                assault(ASSAULT_WITH_INJURY, NOON.minus(Duration.ofHours(3))),
                NOON,
                List.of(),
                sequence::incrementAndGet);
    }

    @Nested
    class RecordingACrime {

        @Test
        void aCrimeTheCountingRulesAllowIsRecordedAtVersionOneWithItsReference() {
            Crime crime = recorded();

            assertThat(crime.id()).isEqualTo(42);
            // the reference has always carried the UTC offset letter of BASIC_ISO_DATE: kept as it is
            assertThat(crime.reference()).isEqualTo("CRM-20261120Z-42");
            assertThat(crime.status()).isEqualTo(CrimeStatus.RECORDED);
            assertThat(crime.version()).isEqualTo(1);
            assertThat(crime.recordedAt()).isEqualTo(NOON);
            assertThat(crime.firstVersion())
                    .isEqualTo(new CrimeHistoryEntry(
                            1, NOON, "maker", "recorded", "8N", CrimeStatus.RECORDED, null, null));
        }

        @Test
        void anUnfinishedIncidentIsRefusedAndTakesNoId() {
            Crime.Recording future = assault(ASSAULT_WITH_INJURY, NOON.plus(Duration.ofHours(1)));

            assertThatThrownBy(() -> Crime.record(future, NOON, List.of(), sequence::incrementAndGet))
                    .isInstanceOf(CountingRuleBreach.class)
                    .hasMessageStartingWith(FinishedIncidentRule.NAME);
            assertThat(sequence.get()).as("no id is taken for a refused crime").isEqualTo(41);
        }

        @Test
        void aSecondRecordOfTheSameCrimeAgainstTheSameVictimIsRefused() {
            CrimeDraft existing = recorded().draft();

            assertThatThrownBy(() -> Crime.record(
                            assault(ASSAULT_WITH_INJURY, NOON.minus(Duration.ofHours(3))),
                            NOON,
                            List.of(existing),
                            sequence::incrementAndGet))
                    .isInstanceOf(CountingRuleBreach.class)
                    .hasMessageStartingWith(OneCrimePerVictimRule.NAME);
        }

        @Test
        void aLesserCrimeInTheSameIncidentIsPartOfThePrincipalCrime() {
            CrimeDraft principal = recorded().draft();

            assertThatThrownBy(() -> Crime.record(
                            assault(COMMON_ASSAULT, NOON.minus(Duration.ofHours(3))),
                            NOON,
                            List.of(principal),
                            sequence::incrementAndGet))
                    .isInstanceOf(CountingRuleBreach.class)
                    .hasMessageStartingWith(PrincipalCrimeRule.NAME);
        }
    }

    @Nested
    class ChangingACrime {

        @Test
        void anApprovedReclassificationMakesANewVersionWithTheNewClassification() {
            Crime crime = recorded();

            CrimeHistoryEntry change = crime.reclassify(
                    GBH_WITH_INTENT, List.of(crime.draft()), "maker", "worse injuries", "checker", NOON);

            assertThat(crime.classification()).isEqualTo(GBH_WITH_INTENT);
            assertThat(crime.version()).isEqualTo(2);
            assertThat(crime.status()).isEqualTo(CrimeStatus.RECORDED);
            assertThat(change)
                    .isEqualTo(new CrimeHistoryEntry(
                            2,
                            NOON,
                            "maker",
                            "re-classified from 8N to 5D",
                            "5D",
                            CrimeStatus.RECORDED,
                            "worse injuries",
                            "checker"));
        }

        @Test
        void aReclassificationToTheSameClassificationIsRefused() {
            Crime crime = recorded();

            assertThatThrownBy(() -> crime.checkReclassificationTo(ASSAULT_WITH_INJURY))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("newClassificationCode"))
                    .hasMessageContaining("is already classified as 8N");
        }

        @Test
        void aReclassificationTheCountingRulesWouldHaveRefusedIsRefusedAndChangesNothing() {
            Crime crime = recorded();
            Crime other = Crime.record(
                    assault(COMMON_ASSAULT, NOON.minus(Duration.ofDays(3))),
                    NOON,
                    List.of(),
                    sequence::incrementAndGet);
            // the other crime's window is moved onto this one's: a common assault already recorded for the same
            // occasion
            CrimeDraft sameOccasion = new CrimeDraft(
                    other.id(),
                    other.reference(),
                    COMMON_ASSAULT,
                    crime.recording().occurredFrom(),
                    crime.recording().occurredTo(),
                    crime.recording().reportedAt(),
                    List.of(VICTIM),
                    Set.of(INCIDENT),
                    false);

            assertThatThrownBy(() -> crime.reclassify(
                            COMMON_ASSAULT, List.of(crime.draft(), sameOccasion), "maker", "why", "checker", NOON))
                    .isInstanceOf(CountingRuleBreach.class)
                    .hasMessageStartingWith(OneCrimePerVictimRule.NAME);
            assertThat(crime.classification()).isEqualTo(ASSAULT_WITH_INJURY);
            assertThat(crime.version()).isEqualTo(1);
        }

        @Test
        void anApprovedCancellationMakesTheCrimeCancelledInANewVersion() {
            Crime crime = recorded();

            CrimeHistoryEntry change =
                    crime.cancel(CancellationGround.DUPLICATE_RECORD, "maker", "recorded twice", "checker", NOON);

            assertThat(crime.status()).isEqualTo(CrimeStatus.CANCELLED);
            assertThat(crime.cancelled()).isTrue();
            assertThat(crime.draft().cancelled()).isTrue();
            assertThat(crime.version()).isEqualTo(2);
            assertThat(change)
                    .isEqualTo(new CrimeHistoryEntry(
                            2,
                            NOON,
                            "maker",
                            "cancelled (DUPLICATE_RECORD)",
                            "8N",
                            CrimeStatus.CANCELLED,
                            "recorded twice",
                            "checker"));
        }

        @Test
        void aCancellationWithoutItsGroundIsRefused() {
            Crime crime = recorded();

            assertThatThrownBy(() -> crime.cancel(null, "maker", "why", "checker", NOON))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("ground"));
            assertThat(crime.status()).isEqualTo(CrimeStatus.RECORDED);
        }

        @Test
        void aCancelledCrimeIsNeitherReclassifiedNorCancelledAgain() {
            Crime crime = recorded();
            crime.cancel(CancellationGround.RECORDED_IN_ERROR, "maker", "not notifiable", "checker", NOON);

            assertThatThrownBy(crime::checkOpenToChange)
                    .isInstanceOf(Conflict.class)
                    .hasMessage("CRM-20261120Z-42 is cancelled; nothing more can be changed.");
            assertThatThrownBy(() -> crime.reclassify(GBH_WITH_INTENT, List.of(), "maker", "why", "checker", NOON))
                    .isInstanceOf(Conflict.class);
            assertThatThrownBy(() -> crime.cancel(CancellationGround.DUPLICATE_RECORD, "maker", "why", "checker", NOON))
                    .isInstanceOf(Conflict.class);
            assertThat(crime.version()).isEqualTo(2);
        }
    }

    @Nested
    class GivingACrimeAnOutcome {

        @Test
        void anOutcomeIsDecidedBetweenTheDayOfTheReportAndToday() {
            Crime crime = recorded();
            LocalDate today = LocalDate.ofInstant(NOON, LONDON);

            assertThatCode(() -> crime.checkOpenToOutcome()).doesNotThrowAnyException();
            assertThatCode(() -> crime.checkOutcomeDate(today, NOON, LONDON)).doesNotThrowAnyException();
            assertThatThrownBy(() -> crime.checkOutcomeDate(today.plusDays(1), NOON, LONDON))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("decidedOn"));
            assertThatThrownBy(() -> crime.checkOutcomeDate(today.minusDays(1), NOON, LONDON))
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> crime.checkOutcomeDate(null, NOON, LONDON)).isInstanceOf(InvalidInput.class);
        }

        @Test
        void aCancelledCrimeHasNoOutcome() {
            Crime crime = recorded();
            crime.cancel(CancellationGround.DUPLICATE_RECORD, "maker", "recorded twice", "checker", NOON);

            assertThatThrownBy(crime::checkOpenToOutcome)
                    .isInstanceOf(Conflict.class)
                    .hasMessage("CRM-20261120Z-42 is cancelled: a cancelled crime has no outcome.");
        }
    }

    @Test
    void everyCrimeStatusReadsAsAWord() {
        assertThat(CrimeStatus.RECORDED.label()).isEqualTo("Recorded");
        assertThat(CrimeStatus.CANCELLED.label()).isEqualTo("Cancelled");
        assertThat(CrimeStatus.RECORDED.counts()).isTrue();
        assertThat(CrimeStatus.CANCELLED.counts()).isFalse();
    }
}
