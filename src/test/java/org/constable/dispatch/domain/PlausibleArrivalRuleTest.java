package org.constable.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** No recommendation outside the force area, and never a unit whose arrival estimate is absurd. */
class PlausibleArrivalRuleTest {

    private final PlausibleArrivalRule rule = new PlausibleArrivalRule(Duration.ofHours(2));

    @Test
    void aPlaceOutsideTheForceAreaGetsNoRecommendationAndSaysHowFar() {
        assertThat(rule.withheldFor(360_000))
                .hasValueSatisfying(why ->
                        assertThat(why).contains("Outside the force area", "360 km", "no recommendation", "by hand"));
        assertThat(rule.withheldFor(450))
                .hasValueSatisfying(why -> assertThat(why).contains("450 m"));
    }

    @Test
    void aPlaceInsideTheForceAreaIsRecommendedFor() {
        assertThat(rule.withheldFor(0)).isEmpty();
    }

    @Test
    void aTwelveHourArrivalIsNeverPlausible() {
        assertThat(rule.plausible(Duration.ofHours(12))).isFalse();
        assertThat(rule.plausible(Duration.ofMinutes(119))).isTrue();
        assertThat(rule.noneWithin()).contains("2 h");
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new PlausibleArrivalRule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
