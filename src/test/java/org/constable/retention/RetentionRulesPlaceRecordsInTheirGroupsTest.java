package org.constable.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.constable.retention.domain.RetentionGroup;
import org.constable.retention.domain.RetentionRules;
import org.junit.jupiter.api.Test;

/** The MoPI defaults: which group a record falls in, when it is reviewed, and when group 1 may go. */
class RetentionRulesPlaceRecordsInTheirGroupsTest {

    final RetentionRules rules = RetentionRules.defaults();

    @Test
    void aMurderIsPublicProtectionAnAssaultSeriousAndATheftOther() {
        assertThat(rules.crime("1", "violent-crime", "Violence against the person")
                        .group())
                .isEqualTo(RetentionGroup.PUBLIC_PROTECTION);
        assertThat(rules.crime("105A", "violent-crime", "Violence against the person")
                        .group())
                .isEqualTo(RetentionGroup.SERIOUS);
        assertThat(rules.crime("20A", "violent-crime", "Sexual offences").group())
                .isEqualTo(RetentionGroup.SERIOUS);
        assertThat(rules.crime("45", "other-theft", "Theft offences").group()).isEqualTo(RetentionGroup.OTHER);
    }

    @Test
    void aPersonTakesTheGravestGroupOfTheirSuspectedOffencesElseOfTheirWarningMarkers() {
        var murder = rules.crime("1", "violent-crime", "Violence against the person");
        var theft = rules.crime("45", "other-theft", "Theft offences");
        assertThat(rules.person(List.of(theft, murder), List.of()).group()).isEqualTo(RetentionGroup.PUBLIC_PROTECTION);
        assertThat(rules.person(List.of(theft), List.of("VIOLENCE")).group()).isEqualTo(RetentionGroup.SERIOUS);
        assertThat(rules.person(List.of(), List.of("MENTAL_HEALTH")).group()).isEqualTo(RetentionGroup.OTHER);
    }

    @Test
    void groupsOneAndTwoAreReviewedEveryTenYearsAndGroupThreeAfterASixYearClearPeriod() {
        LocalDate last = LocalDate.of(2026, 12, 11);
        assertThat(rules.nextReview(RetentionGroup.PUBLIC_PROTECTION, last)).isEqualTo(LocalDate.of(2036, 12, 11));
        assertThat(rules.nextReview(RetentionGroup.SERIOUS, last)).isEqualTo(LocalDate.of(2036, 12, 11));
        assertThat(rules.nextReview(RetentionGroup.OTHER, last)).isEqualTo(LocalDate.of(2032, 12, 11));
    }

    @Test
    void groupOneIsKeptUntilItsSubjectWouldBeAHundredAndWithoutADateOfBirthIsNeverDisposedOf() {
        LocalDate born = LocalDate.of(1950, 3, 1);
        LocalDate keep = rules.keepUntil(RetentionGroup.PUBLIC_PROTECTION, born);
        assertThat(keep).isEqualTo(LocalDate.of(2050, 3, 1));
        assertThat(rules.mayDispose(RetentionGroup.PUBLIC_PROTECTION, keep, LocalDate.of(2050, 2, 28)))
                .isFalse();
        assertThat(rules.mayDispose(RetentionGroup.PUBLIC_PROTECTION, keep, LocalDate.of(2050, 3, 1)))
                .isTrue();
        assertThat(rules.mayDispose(RetentionGroup.PUBLIC_PROTECTION, null, LocalDate.of(2099, 1, 1)))
                .isFalse();
        assertThat(rules.keepUntil(RetentionGroup.SERIOUS, born)).isNull();
        assertThat(rules.mayDispose(RetentionGroup.SERIOUS, null, LocalDate.of(2030, 1, 1)))
                .isTrue();
    }
}
