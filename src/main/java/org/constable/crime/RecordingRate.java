package org.constable.crime;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The NCRS integrity monitor's numbers for crime-indicative incidents reported in [from, to):
 * every one is either recorded as a crime, decided by the registrar (no crime, with a reason) or
 * still in the queue, so {@code recorded + decided + inQueue == crimeIndicative}. {@code overdue}
 * counts those in the queue past 24 hours from the report; {@code rate} is recorded / crimeIndicative
 * (null when there were none).
 */
public record RecordingRate(
        Instant from,
        Instant to,
        long crimeIndicative,
        long recorded,
        long decided,
        long inQueue,
        long overdue,
        @Nullable Double rate) {}
