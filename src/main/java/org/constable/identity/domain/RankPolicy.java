package org.constable.identity.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.constable.identity.Rank;
import org.constable.identity.RankedDecision;
import org.jspecify.annotations.Nullable;

/**
 * The least rank each {@link RankedDecision} needs under PACE (ADR 0071). A rank not recorded is no
 * rank: it allows none of these decisions.
 */
public final class RankPolicy {

    private static final Map<RankedDecision, Rank> NEEDED = new EnumMap<>(RankedDecision.class);

    static {
        NEEDED.put(RankedDecision.CUSTODY_OFFICER_DECISION, Rank.SERGEANT); // s.36(3)
        NEEDED.put(RankedDecision.DETENTION_REVIEW, Rank.INSPECTOR); // s.40(1)(b)
        NEEDED.put(RankedDecision.DELAY_IN_INFORMING, Rank.INSPECTOR); // s.56(2)(a)
        NEEDED.put(RankedDecision.DETENTION_EXTENSION, Rank.SUPERINTENDENT); // s.42(1)
        NEEDED.put(RankedDecision.CHIS_AUTHORISATION, Rank.SUPERINTENDENT); // RIPA (Prescription of Offices) Order 2010
        NEEDED.put(RankedDecision.DIRECTED_SURVEILLANCE_AUTHORITY, Rank.SUPERINTENDENT); // SI 2010/521
    }

    private RankPolicy() {}

    public static Rank needed(RankedDecision decision) {
        return Objects.requireNonNull(NEEDED.get(decision), "every ranked decision names its rank");
    }

    public static boolean allows(@Nullable Rank held, RankedDecision decision) {
        return held != null && held.atLeast(needed(decision));
    }
}
