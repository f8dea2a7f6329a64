package org.constable.dispatch.domain;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of unit a force deploys. A specialist kind carries a specialism (a skill) it is held
 * back for; a general kind answers any call.
 */
public enum UnitKind {
    RESPONSE_CAR("Response car", null),
    FOOT_PATROL("Foot patrol", null),
    DOG_VAN("Dog van", "dog"),
    ARMED_RESPONSE("Armed response vehicle", "firearms"),
    TRAFFIC_CAR("Traffic car", "traffic"),
    PUBLIC_ORDER_VAN("Public-order van", "public_order");

    private final String label;
    private final @Nullable String specialism;

    UnitKind(String label, @Nullable String specialism) {
        this.label = label;
        this.specialism = specialism;
    }

    public String label() {
        return label;
    }

    /** The skill this kind is kept for, if it is a specialist kind. */
    public Optional<String> specialism() {
        return Optional.ofNullable(specialism);
    }

    /** The kind as stored (a code such as PUBLIC_ORDER_VAN, or the label as older rows hold it). */
    public static Optional<UnitKind> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        String code = stored.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (UnitKind k : values()) {
            if (k.name().equals(code) || k.label.equalsIgnoreCase(stored.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** What a person reads for a stored kind: the label, or the stored text made readable. */
    public static String labelOf(String stored) {
        return parse(stored).map(UnitKind::label).orElseGet(() -> Words.fromCode(stored));
    }
}
