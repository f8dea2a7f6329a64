package org.constable.audit.domain;

import org.jspecify.annotations.Nullable;

/** The verifier's answer: intact, or the first entry where the chain breaks and why. */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        long checkpointsChecked,
        @Nullable Long firstBrokenSeq,
        @Nullable String problem) {

    public static ChainVerification intact(long entries, long checkpoints) {
        return new ChainVerification(true, entries, checkpoints, null, null);
    }

    public static ChainVerification broken(long entries, long checkpoints, long seq, String problem) {
        return new ChainVerification(false, entries, checkpoints, seq, problem);
    }
}
