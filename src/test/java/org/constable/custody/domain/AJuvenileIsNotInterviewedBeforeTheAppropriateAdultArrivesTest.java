package org.constable.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * The appropriate adult's arrival is recorded, and an interview of a juvenile does not start until
 * the adult named on the record has arrived, unless the grounds for going ahead are recorded, as for
 * the solicitor the detainee asked for.
 */
class AJuvenileIsNotInterviewedBeforeTheAppropriateAdultArrivesTest {

    static final String SERGEANT = "sgt.custody";
    static final Instant ARRIVED = Instant.parse("2026-06-01T14:00:00Z");

    static Detention juvenile() {
        Detention d = Detention.arrive(
                new Arrival(
                        5L,
                        2L,
                        "pc.arrest",
                        "Seen stealing",
                        List.of(new Offence("Theft", true)),
                        ARRIVED,
                        ARRIVED,
                        false,
                        true,
                        false,
                        RiskAssessment.none(),
                        null),
                SERGEANT,
                ARRIVED);
        d.authorise(SERGEANT, "Questioning", ARRIVED.plusSeconds(60));
        return d;
    }

    @Test
    void theInterviewWaitsForTheAdultsArrivalUnlessTheGroundsAreRecorded() {
        Detention d = juvenile();
        Instant now = ARRIVED.plus(Duration.ofMinutes(5));
        CustodyCare care = new CustodyCare(d, List.of());
        assertThatThrownBy(() -> care.appropriateAdultArrived(null, SERGEANT, now))
                .as("the adult is named before their arrival is recorded")
                .isInstanceOf(Conflict.class);
        d.appropriateAdult("Mrs A Parent (mother)", SERGEANT, now);
        CustodyCare named = new CustodyCare(d, List.of());
        int n = named.scheduleInterview(now.plus(Duration.ofHours(1)), "DC 31 Rowe", SERGEANT, now);
        assertThat(CareOutstanding.of(named, d)).contains("Appropriate adult Mrs A Parent (mother) not yet arrived");

        assertThatThrownBy(() -> named.startInterview(n, false, true, false, null, SERGEANT, now))
                .as("ticking 'present' is not enough while the arrival is not recorded")
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("the appropriate adult, who has not yet arrived");

        Instant cameAt = now.plus(Duration.ofMinutes(40));
        named.appropriateAdultArrived(cameAt, SERGEANT, now.plus(Duration.ofMinutes(45)));
        assertThat(named.appropriateAdultArrivedAt()).contains(cameAt);
        assertThat(CareOutstanding.of(named, d)).noneMatch(s -> s.contains("not yet arrived"));
        assertThat(named.newEntries())
                .anyMatch(e -> e.kind() == EntryKind.APPROPRIATE_ADULT_ARRIVED
                        && e.text().startsWith("Mrs A Parent (mother) arrived at"));
        named.startInterview(n, false, true, false, null, SERGEANT, now.plus(Duration.ofMinutes(50)));
    }

    @Test
    void recordedGroundsLetTheInterviewGoAheadBeforeTheAdultArrives() {
        Detention d = juvenile();
        Instant now = ARRIVED.plus(Duration.ofMinutes(5));
        d.appropriateAdult("Mr B Social-Worker", SERGEANT, now);
        CustodyCare care = new CustodyCare(d, List.of());
        int n = care.scheduleInterview(now, "DC 31 Rowe", SERGEANT, now);
        care.startInterview(
                n, false, false, false, "Code C 11.1: delay would risk harm to others", SERGEANT, now.plusSeconds(60));
        assertThat(care.newEntries())
                .anyMatch(e -> e.text().contains("going ahead without the appropriate adult, who has not yet arrived"));
    }

    @Test
    void aDifferentAdultNamedLaterHasNotArrivedYet() {
        Detention d = juvenile();
        Instant now = ARRIVED.plus(Duration.ofMinutes(5));
        d.appropriateAdult("Mrs A Parent (mother)", SERGEANT, now);
        CustodyCare care = new CustodyCare(d, List.of());
        care.appropriateAdultArrived(null, SERGEANT, now);
        d.appropriateAdult("Mr B Social-Worker", SERGEANT, now.plusSeconds(60));
        assertThat(new CustodyCare(d, care.facts()).appropriateAdultArrivedAt()).isEmpty();
    }
}
