package org.constable.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A specialist unit is held back for its own work; a general unit ranks on its arrival alone. */
class UnitSuitabilityRuleTest {

    @Test
    void aPublicOrderVanIsHeldBackFromADomestic() {
        var van = UnitSuitabilityRule.of("PUBLIC_ORDER_VAN", Set.of("public_order"), "DOMESTIC", Set.of());

        assertThat(van.heldBack()).isTrue();
        assertThat(van.weight()).isEqualTo(UnitSuitabilityRule.HELD_BACK);
        assertThat(van.reason()).contains("Public-order van", "public order");
    }

    @Test
    void aResponseCarIsNeverHeldBack() {
        var car = UnitSuitabilityRule.of("RESPONSE_CAR", Set.of(), "DOMESTIC", Set.of());

        assertThat(car.weight()).isEqualTo(Duration.ZERO);
        assertThat(car.reason()).isNull();
    }

    @Test
    void aSpecialistRanksOnArrivalWhenTheIncidentNeedsItsSkill() {
        var armed = UnitSuitabilityRule.of("ARMED_RESPONSE", Set.of("firearms"), "ASSAULT", Set.of("firearms"));

        assertThat(armed.heldBack()).isFalse();
        assertThat(armed.reason()).contains("firearms");
    }

    @Test
    void aTrafficCarIsSuitedToACollisionWithoutAskingForTheSkill() {
        assertThat(UnitSuitabilityRule.of("TRAFFIC_CAR", Set.of("traffic"), "ROAD_TRAFFIC_COLLISION", Set.of())
                        .heldBack())
                .isFalse();
        assertThat(UnitSuitabilityRule.of("TRAFFIC_CAR", Set.of("traffic"), "CONCERN_FOR_WELFARE", Set.of())
                        .heldBack())
                .isTrue();
    }

    @Test
    void kindsAreReadInTheFormsTheyAreStoredIn() {
        assertThat(UnitKind.parse("Public-order van")).contains(UnitKind.PUBLIC_ORDER_VAN);
        assertThat(UnitKind.parse("public order van")).contains(UnitKind.PUBLIC_ORDER_VAN);
        assertThat(UnitKind.labelOf("RESPONSE_CAR")).isEqualTo("Response car");
        assertThat(UnitKind.labelOf("MOUNTED_SECTION")).isEqualTo("Mounted section");
    }
}
