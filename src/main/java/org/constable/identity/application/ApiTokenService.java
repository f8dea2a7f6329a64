package org.constable.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.constable.identity.domain.SessionLimits;
import org.constable.identity.persistence.ApiTokens;
import org.constable.identity.persistence.UserAccount;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients, issued to a user after both factors. A token obeys the same
 * session limits as a browser: idle lock and absolute expiry.
 */
@Service
public class ApiTokenService {

    public record IssuedToken(String token, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final ApiTokens tokens;
    private final PasswordSignIn passwords;
    private final TotpSecondFactor totp;
    private final SessionLimits limits;
    private final Clock clock;

    public ApiTokenService(
            ApiTokens tokens, PasswordSignIn passwords, TotpSecondFactor totp, SessionLimits limits, Clock clock) {
        this.tokens = tokens;
        this.passwords = passwords;
        this.totp = totp;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = BadCredentialsException.class)
    public IssuedToken issue(String username, String password, String code) {
        String name = username == null ? "" : username.trim().toLowerCase();
        UserAccount user = passwords.check(name, password == null ? "" : password);
        totp.verify(user.username(), code, "api");
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "cst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = storable(clock.instant());
        Instant expires = now.plus(limits.absoluteTimeout());
        tokens.insert(user.id(), hash(token), now, expires);
        return new IssuedToken(token, expires);
    }

    /** The user id behind a live token, touching its last use; empty if unknown, revoked, idle or expired. */
    public Optional<Long> authenticate(String token) {
        Instant now = storable(clock.instant());
        return tokens.findByHash(hash(token))
                .filter(t -> !t.revoked())
                .filter(t -> limits.judge(t.issuedAt(), t.lastUsedAt(), now, false) == SessionLimits.Verdict.ACTIVE)
                .map(t -> {
                    if (Duration.between(t.lastUsedAt(), now).compareTo(TOUCH_EVERY) >= 0) {
                        tokens.touch(t.id(), now);
                    }
                    return t.userId();
                });
    }

    /** PostgreSQL keeps microseconds and rounds the rest; the limits must be judged on what is stored. */
    private static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
