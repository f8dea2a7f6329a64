package org.constable.search.domain;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/** Small helpers the searches share. */
final class Queries {

    private Queries() {}

    /**
     * A clause worth a fixed amount when it matches: candidates are ordered by how they matched,
     * not by Lucene's term statistics, which would favour rare names over right ones.
     */
    static Query worth(Query q, float boost) {
        return new BoostQuery(new ConstantScoreQuery(q), boost);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
