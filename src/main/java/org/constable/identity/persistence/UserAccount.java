package org.constable.identity.persistence;

import java.time.Instant;
import org.constable.identity.Rank;
import org.jspecify.annotations.Nullable;

/** A row of identity.app_user. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        @Nullable String collarNumber,
        String passwordHash,
        String totpSecret,
        boolean totpEnrolled,
        long lastTotpStep,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable Long teamId,
        @Nullable Long createdBy,
        @Nullable Rank rank) {}
