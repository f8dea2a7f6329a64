package org.constable.people.domain;

import java.util.List;

/** Two persons who are probably one, with a score out of 100 and the reasons a reviewer can check. */
public record LikelyDuplicate(long firstId, long secondId, int score, List<String> reasons) {

    public LikelyDuplicate {
        reasons = List.copyOf(reasons);
    }
}
