package org.constable.dispatch.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How well a unit's kind and skills fit an incident, as a weight added to its estimated arrival
 * when units are ranked. A specialist unit (armed response, dog, traffic, public order) is held
 * back for the work it exists for: sent first to a domestic or a concern for welfare, a
 * public-order van would leave the force without it when disorder breaks out, so unless the
 * incident needs its specialism it ranks as if it were {@link #HELD_BACK} further away. A unit
 * whose specialism the incident needs, or whose kind the call type calls for, ranks on its
 * arrival alone. A nearer specialist still comes first when no general unit is within the margin.
 */
public final class UnitSuitabilityRule {

    /** How much further away a specialist unit ranks when the incident does not need it. */
    public static final Duration HELD_BACK = Duration.ofMinutes(15);

    /** Call types whose work is a specialism's own, although no skill was asked for. */
    private static final Map<String, String> CALL_TYPE_SPECIALISM = Map.of(
            "ROAD_TRAFFIC_COLLISION", "traffic",
            "FIREARMS", "firearms",
            "PUBLIC_DISORDER", "public_order",
            "DISORDER", "public_order");

    /** The weight and the reason a dispatcher reads beside the unit. */
    public record Suitability(Duration weight, @Nullable String reason) {
        public boolean heldBack() {
            return !weight.isZero();
        }
    }

    private UnitSuitabilityRule() {}

    public static Suitability of(String unitKind, Set<String> unitSkills, String callType, Set<String> neededSkills) {
        UnitKind kind = UnitKind.parse(unitKind).orElse(null);
        String specialism = kind == null ? null : kind.specialism().orElse(null);
        if (kind == null || specialism == null) {
            return new Suitability(Duration.ZERO, null);
        }
        String called = callType == null ? null : CALL_TYPE_SPECIALISM.get(callType.trim());
        if (neededSkills.contains(specialism) || specialism.equals(called)) {
            return new Suitability(Duration.ZERO, "has the " + Words.skill(specialism) + " skill this needs");
        }
        return new Suitability(
                HELD_BACK,
                kind.label() + " held back for " + Words.skill(specialism) + " work (ranked as " + HELD_BACK.toMinutes()
                        + " min further)");
    }
}
