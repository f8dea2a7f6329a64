package org.constable.crime.domain;

import java.time.Instant;
import org.constable.crime.CrimeStatus;
import org.jspecify.annotations.Nullable;

/** One version of a crime in its append-only history: who changed what, why, and who approved it. */
public record CrimeHistoryEntry(
        int version,
        Instant at,
        String actor,
        String change,
        String classificationCode,
        CrimeStatus status,
        @Nullable String reason,
        @Nullable String approvedBy) {}
