package org.constable.crime;

import java.time.Instant;
import java.util.List;

/** A crime was recorded; victim care (Victims' Code) starts for each victim. */
public record CrimeRecorded(
        long crimeId,
        String reference,
        String classificationCode,
        Instant reportedAt,
        Instant recordedAt,
        String officerInCharge,
        List<CrimeVictim> victims) {}
