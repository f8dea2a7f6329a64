package org.constable.mapping.routing;

import java.util.Comparator;
import java.util.List;
import org.constable.mapping.UnitEta;

/** The one ordering every estimator uses: shortest ETA first, then the lower unit id, so results are stable. */
final class FastestFirst {

    static final Comparator<UnitEta> ORDER = Comparator.comparing(UnitEta::eta).thenComparingLong(UnitEta::unitId);

    private FastestFirst() {}

    static List<UnitEta> top(List<UnitEta> etas, int limit) {
        return etas.stream().sorted(ORDER).limit(limit).toList();
    }

    static void checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }
}
