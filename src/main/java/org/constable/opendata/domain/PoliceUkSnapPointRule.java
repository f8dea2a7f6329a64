package org.constable.opendata.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The police.uk anonymisation of a crime's place: the nearest snap point covering at least 8 postal
 * addresses (so that a published point never narrows to a household or two), or none at all when
 * the nearest such point is further than 20 km (the location is zeroed rather than misplaced).
 */
public final class PoliceUkSnapPointRule {

    public static final int MIN_ADDRESSES = 8;
    public static final double MAX_DISTANCE_METRES = 20_000;

    private final List<SnapPoint> usable;

    public PoliceUkSnapPointRule(List<SnapPoint> points) {
        this.usable =
                points.stream().filter(p -> p.addresses() >= MIN_ADDRESSES).toList();
    }

    /** The point to publish instead of {@code place}; empty when there is no place or no usable point within 20 km. */
    public Optional<SnapPoint> snap(@Nullable GeoPoint place) {
        if (place == null) {
            return Optional.empty();
        }
        return usable.stream()
                .min(Comparator.comparingDouble(p -> p.point().metresTo(place)))
                .filter(p -> p.point().metresTo(place) <= MAX_DISTANCE_METRES);
    }

    public int usablePoints() {
        return usable.size();
    }
}
