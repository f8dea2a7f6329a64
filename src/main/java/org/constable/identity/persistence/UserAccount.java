package org.constable.identity.persistence;

import java.time.Instant;

/** A row of identity.app_user. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String collarNumber,
        String passwordHash,
        String totpSecret,
        boolean totpEnrolled,
        long lastTotpStep,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil,
        Long teamId,
        Long createdBy) {}
