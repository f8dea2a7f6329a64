package org.constable.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How and when the detainee left: a charge (with the charges), pre-charge bail (with its expiry and
 * conditions), release under investigation, no further action, or a transfer (with where to).
 */
public record Disposal(
        DisposalKind kind,
        Instant at,
        String by,
        String details,
        @Nullable LocalDate bailUntil,
        @Nullable String bailConditions,
        @Nullable String transferTo) {}
