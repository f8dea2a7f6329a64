package org.constable.search.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Which records of one kind a searcher may not see, asked once for all the candidates of a search
 * before anything is ranked, merged, counted or cut to a limit. The application answers from the
 * owner's live restriction flags and the searcher's need-to-know, so that a restriction never waits
 * for the index to catch up (ADR 0038); the index's own flag only keeps restricted candidates apart.
 */
@FunctionalInterface
public interface Visibility {

    /**
     * The ids, of {@code ids}, the searcher must not see; {@code flaggedInIndex} are those the index
     * marks restricted, which an answer may use but must not rely on.
     */
    Set<Long> hidden(Collection<Long> ids, Collection<Long> flaggedInIndex);

    /**
     * Trusts the index's flag and asks {@code mayShowRestricted} about each flagged id: for the engine
     * on its own (tests, benchmarks), where the index is the only copy there is.
     */
    static Visibility byIndexFlag(LongPredicate mayShowRestricted) {
        return (ids, flagged) -> {
            Set<Long> hidden = new HashSet<>();
            for (long id : flagged) {
                if (!mayShowRestricted.test(id)) {
                    hidden.add(id);
                }
            }
            return hidden;
        };
    }
}
