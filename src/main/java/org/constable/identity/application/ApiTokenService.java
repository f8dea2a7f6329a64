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
import java.util.Locale;
import java.util.Optional;
import org.constable.identity.SessionEnded;
import org.constable.identity.SessionKeys;
import org.constable.identity.domain.SessionLimits;
import org.constable.identity.persistence.ApiTokens;
import org.constable.identity.persistence.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for API clients, issued to a user after both factors and under the sign-in limits.
 * A token obeys the same session limits as a browser: idle lock and absolute expiry.
 */
@Service
public class ApiTokenService {

    public record IssuedToken(String token, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    /** A live token: whose it is, and the key its requests' session goes by. */
    public record LiveToken(long tokenId, long userId) {}

    private final ApiTokens tokens;
    private final PasswordSignIn passwords;
    private final TotpSecondFactor totp;
    private final SignInGate gate;
    private final SessionLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApiTokenService(
            ApiTokens tokens,
            PasswordSignIn passwords,
            TotpSecondFactor totp,
            SignInGate gate,
            SessionLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.passwords = passwords;
        this.totp = totp;
        this.gate = gate;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs an API client in. No transaction spans the attempt: the password is hashed holding no
     * connection, each step is one short statement, and a failure is audited by the audit writer on
     * its own pool, so no sign-in ever needs two connections of the application's pool (ADR 0042).
     */
    public IssuedToken issue(String username, String password, String code, String clientAddress) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        SignInGate.Attempt attempt = gate.admit(name, clientAddress);
        try {
            UserAccount user = passwords.check(name, password == null ? "" : password);
            totp.verify(user.username(), code, "api");
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String token = "cst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            Instant now = storable(clock.instant());
            Instant expires = now.plus(limits.absoluteTimeout());
            tokens.insert(user.id(), hash(token), now, expires);
            attempt.succeeded();
            return new IssuedToken(token, expires);
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        } finally {
            attempt.abandoned();
        }
    }

    /**
     * The live token, touching its last use; empty if unknown, revoked, idle or expired. A token
     * found idle or expired ends its session: whoever holds a stream open for it is told.
     */
    public Optional<LiveToken> authenticate(String token) {
        Instant now = storable(clock.instant());
        Optional<ApiTokens.StoredToken> found = tokens.findByHash(hash(token)).filter(t -> !t.revoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiTokens.StoredToken t = found.get();
        SessionLimits.Verdict verdict = limits.judge(t.issuedAt(), t.lastUsedAt(), now, false);
        if (verdict != SessionLimits.Verdict.ACTIVE) {
            events.publishEvent(new SessionEnded(
                    null,
                    SessionKeys.ofToken(t.id()),
                    verdict == SessionLimits.Verdict.EXPIRED ? "expired" : "idle",
                    clock.instant()));
            return Optional.empty();
        }
        if (Duration.between(t.lastUsedAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            tokens.touch(t.id(), now);
        }
        return Optional.of(new LiveToken(t.id(), t.userId()));
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
