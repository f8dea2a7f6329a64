package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.CountingRuleBreach;
import org.constable.crime.domain.CrimeDraft;
import org.constable.crime.domain.FinishedIncidentRule;
import org.constable.crime.domain.MakerCheckerRule;
import org.constable.crime.domain.NcrsTimelinessRule;
import org.constable.crime.domain.OneCrimePerVictimRule;
import org.constable.crime.domain.PrincipalCrimeRule;
import org.constable.crime.domain.VictimBasis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Home Office counting rules, each on its own, as plain Java. */
class CountingRulesTest {

    static final Classification ASSAULT_WITH_INJURY = new Classification(
            "8N", 1, "Assault with injury", "Violence against the person", "violent-crime", VictimBasis.PERSON, 60);
    static final Classification COMMON_ASSAULT = new Classification(
            "105A",
            1,
            "Assault without injury",
            "Violence against the person",
            "violent-crime",
            VictimBasis.PERSON,
            30);
    static final Classification GBH_WITH_INTENT = new Classification(
            "5D",
            1,
            "Assault with intent to cause serious harm",
            "Violence against the person",
            "violent-crime",
            VictimBasis.PERSON,
            88);
    static final Classification BURGLARY =
            new Classification("28E", 1, "Burglary - residential", "Burglary", "burglary", VictimBasis.PROPERTY, 57);
    static final Classification POSSESSION = new Classification(
            "92E", 1, "Possession of controlled drugs (cannabis)", "Drug offences", "drugs", VictimBasis.STATE, 8);

    static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    static CrimeDraft draft(Classification k, List<Long> victims, Set<Long> incidents, Instant from) {
        return new CrimeDraft(
                null,
                null,
                k,
                from,
                from.plus(Duration.ofMinutes(10)),
                from.plus(Duration.ofHours(1)),
                victims,
                incidents,
                false);
    }

    static CrimeDraft recorded(long id, Classification k, List<Long> victims, Set<Long> incidents, Instant from) {
        return new CrimeDraft(
                id,
                "CRM-" + id,
                k,
                from,
                from.plus(Duration.ofMinutes(10)),
                from.plus(Duration.ofHours(1)),
                victims,
                incidents,
                false);
    }

    @Nested
    class OneCrimePerVictim {
        final OneCrimePerVictimRule rule = new OneCrimePerVictimRule();

        @Test
        void anAssaultOnTwoPeopleIsTwoCrimesNotOne() {
            assertThatThrownBy(() -> rule.check(draft(ASSAULT_WITH_INJURY, List.of(1L, 2L), Set.of(), NOON), List.of()))
                    .isInstanceOf(CountingRuleBreach.class)
                    .hasMessageContaining("One crime per victim rule")
                    .hasMessageContaining("separate crime for each of the 2 victims");
        }

        @Test
        void aCrimeAgainstThePersonNeedsItsVictim() {
            assertThatThrownBy(() -> rule.check(draft(ASSAULT_WITH_INJURY, List.of(), Set.of(), NOON), List.of()))
                    .hasMessageContaining("name the victim");
        }

        @Test
        void jointOwnersShareOneBurglaryButABurglaryNeedsAnOwner() {
            assertThatCode(() -> rule.check(draft(BURGLARY, List.of(1L, 2L), Set.of(), NOON), List.of()))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> rule.check(draft(BURGLARY, List.of(), Set.of(), NOON), List.of()))
                    .hasMessageContaining("name the owner");
        }

        @Test
        void aCrimeAgainstTheStateNeedsNoVictim() {
            assertThatCode(() -> rule.check(draft(POSSESSION, List.of(), Set.of(), NOON), List.of()))
                    .doesNotThrowAnyException();
        }

        @Test
        void theSameVictimIsNotCountedTwiceForTheSameIncident() {
            var first = recorded(7, ASSAULT_WITH_INJURY, List.of(1L), Set.of(100L), NOON);
            assertThatThrownBy(() -> rule.check(
                            draft(ASSAULT_WITH_INJURY, List.of(1L), Set.of(100L), NOON.plusSeconds(3600)),
                            List.of(first)))
                    .hasMessageContaining("CRM-7");
            assertThatCode(() -> rule.check(
                            draft(ASSAULT_WITH_INJURY, List.of(1L), Set.of(101L), NOON.plus(Duration.ofDays(3))),
                            List.of(first)))
                    .as("another day, another incident: another crime")
                    .doesNotThrowAnyException();
        }

        @Test
        void aCancelledCrimeDoesNotCount() {
            var cancelled = new CrimeDraft(
                    7L,
                    "CRM-7",
                    ASSAULT_WITH_INJURY,
                    NOON,
                    NOON.plusSeconds(600),
                    NOON.plusSeconds(3600),
                    List.of(1L),
                    Set.of(100L),
                    true);
            assertThatCode(() ->
                            rule.check(draft(ASSAULT_WITH_INJURY, List.of(1L), Set.of(100L), NOON), List.of(cancelled)))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class PrincipalCrime {
        final PrincipalCrimeRule rule = new PrincipalCrimeRule();

        @Test
        void aLesserCrimeInTheSameIncidentIsPartOfThePrincipalCrime() {
            var principal = recorded(8, ASSAULT_WITH_INJURY, List.of(1L), Set.of(100L), NOON);
            assertThatThrownBy(() ->
                            rule.check(draft(COMMON_ASSAULT, List.of(1L), Set.of(100L), NOON), List.of(principal)))
                    .isInstanceOf(CountingRuleBreach.class)
                    .hasMessageContaining("Principal crime rule")
                    .hasMessageContaining("CRM-8")
                    .hasMessageContaining("is the principal crime");
        }

        @Test
        void aMoreSeriousCrimeInTheSameIncidentReclassifiesTheRecordInsteadOfAddingOne() {
            var earlier = recorded(9, ASSAULT_WITH_INJURY, List.of(1L), Set.of(100L), NOON);
            assertThatThrownBy(
                            () -> rule.check(draft(GBH_WITH_INTENT, List.of(1L), Set.of(100L), NOON), List.of(earlier)))
                    .hasMessageContaining("ask for CRM-9 to be re-classified");
        }

        @Test
        void overlappingOffenceWindowsAreTheSameIncidentEvenWithoutASharedPoliceIncident() {
            var earlier = recorded(10, ASSAULT_WITH_INJURY, List.of(1L), Set.of(), NOON);
            assertThatThrownBy(() -> rule.check(
                            draft(COMMON_ASSAULT, List.of(1L), Set.of(), NOON.plusSeconds(300)), List.of(earlier)))
                    .isInstanceOf(CountingRuleBreach.class);
        }

        @Test
        void crimesAgainstDifferentVictimsAreEachRecorded() {
            var other = recorded(11, ASSAULT_WITH_INJURY, List.of(2L), Set.of(100L), NOON);
            assertThatCode(() -> rule.check(draft(COMMON_ASSAULT, List.of(1L), Set.of(100L), NOON), List.of(other)))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class FinishedIncident {
        final FinishedIncidentRule rule = new FinishedIncidentRule();
        final Instant now = NOON.plus(Duration.ofDays(1));

        @Test
        void conductAfterTheReportToThePoliceIsANewIncident() {
            var pastTheReport = new CrimeDraft(
                    null,
                    null,
                    COMMON_ASSAULT,
                    NOON,
                    NOON.plus(Duration.ofHours(3)),
                    NOON.plus(Duration.ofHours(1)),
                    List.of(1L),
                    Set.of(),
                    false);
            assertThatThrownBy(() -> rule.check(pastTheReport, now))
                    .hasMessageContaining("Finished incident rule")
                    .hasMessageContaining("record it as a separate crime");
        }

        @Test
        void aWindowThatHasNotEndedOrRunsBackwardsIsRefused() {
            var future = new CrimeDraft(
                    null,
                    null,
                    COMMON_ASSAULT,
                    NOON,
                    now.plus(Duration.ofHours(1)),
                    now.plus(Duration.ofHours(1)),
                    List.of(1L),
                    Set.of(),
                    false);
            assertThatThrownBy(() -> rule.check(future, now)).hasMessageContaining("future");
            var backwards = new CrimeDraft(
                    null, null, COMMON_ASSAULT, NOON, NOON.minusSeconds(1), NOON, List.of(1L), Set.of(), false);
            assertThatThrownBy(() -> rule.check(backwards, now)).hasMessageContaining("starts after it ends");
        }

        @Test
        void aFinishedIncidentReportedAfterwardsIsRecorded() {
            assertThatCode(() -> rule.check(draft(COMMON_ASSAULT, List.of(1L), Set.of(), NOON), now))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theMakerOfARequestCannotApproveIt() {
        assertThatThrownBy(() -> new MakerCheckerRule().check("reg.one", "reg.one"))
                .hasMessageContaining("another crime registrar");
        assertThatCode(() -> new MakerCheckerRule().check("pc.smith", "reg.one"))
                .doesNotThrowAnyException();
    }

    @Test
    void theNcrsClockRunsTwentyFourHoursFromTheReport() {
        var rule = new NcrsTimelinessRule();
        assertThat(rule.dueAt(NOON)).isEqualTo(NOON.plus(Duration.ofHours(24)));
        assertThat(rule.overdue(NOON, NOON.plus(Duration.ofHours(24)))).isFalse();
        assertThat(rule.overdue(NOON, NOON.plus(Duration.ofHours(24)).plusSeconds(1)))
                .isTrue();
        assertThat(rule.remaining(NOON, NOON.plus(Duration.ofHours(25)))).isEqualTo(Duration.ofHours(-1));
    }
}
