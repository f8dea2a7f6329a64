package org.constable.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.constable.identity.SignInFailed;
import org.constable.identity.domain.AccountLockout;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The first factor: username and password, with the CJIS lockout counted and applied in one SQL
 * statement. Unknown user, wrong password, disabled and locked accounts all fail with the same
 * message and about the same time. No transaction is held while a password is hashed: the look-up
 * and the failure count are one short statement each (ADR 0042).
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AccountLockout lockout;
    private final SignInGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String dummyHash;

    public PasswordSignIn(
            UserAccounts users,
            PasswordEncoder encoder,
            AccountLockout lockout,
            SignInGate gate,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.lockout = lockout;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
        this.dummyHash = Objects.requireNonNull(
                encoder.encode("not-a-real-password-just-for-timing"), "the encoder hashes a password");
    }

    /** The sign-in form's password step, under the same limits as the token endpoint. */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInGate.Attempt attempt = gate.admit(username, address);
        try {
            UserAccount user = check(username, password);
            attempt.succeeded();
            return UsernamePasswordAuthenticationToken.authenticated(
                    user.username(),
                    null,
                    List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        } finally {
            attempt.abandoned();
        }
    }

    /** What the look-up and the hash comparison found, decided under the bulkhead. */
    private record Found(@Nullable UserAccount user, boolean locked, boolean passwordMatches) {}

    /**
     * Checks the password and applies the lockout; returns the account or throws BadCredentialsException.
     * The look-up and the hash run under the sign-in bulkhead, so a sign-in refused as busy costs no
     * database work at all; the failure is counted and audited after it.
     */
    public UserAccount check(String username, String password) {
        Found found = gate.checking(() -> {
            UserAccount user = users.findByUsername(username).orElse(null);
            if (user == null) {
                encoder.matches(password, dummyHash);
                return new Found(null, false, false);
            }
            if (lockout.isLocked(user.lockedUntil(), clock.instant())) {
                encoder.matches(password, dummyHash);
                return new Found(user, true, false);
            }
            return new Found(user, false, encoder.matches(password, user.passwordHash()));
        });
        UserAccount user = found.user();
        if (user == null) {
            throw fail(username, "unknown user", false);
        }
        if (found.locked()) {
            throw fail(username, "account locked", true);
        }
        if (!found.passwordMatches()) {
            recordFailure(user, "wrong password");
        }
        if (!user.enabled()) {
            throw fail(username, "account disabled", false);
        }
        return user;
    }

    /**
     * A failure of either factor counts towards the lockout: counted and, at the limit, locked in one
     * statement, so parallel failures can neither lose a count nor skip the lock.
     */
    public void recordFailure(UserAccount user, String reason) {
        boolean locksNow = users.countFailure(user.id(), lockout.maxFailures(), lockout.lockUntil(clock.instant()));
        throw fail(user.username(), reason, locksNow);
    }

    /** Publishes the failure and gives the refusal to throw. */
    private BadCredentialsException fail(String username, String reason, boolean lockedOut) {
        events.publishEvent(new SignInFailed(username, reason, lockedOut, clock.instant()));
        return new BadCredentialsException(SignInOutcomes.FAILED);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
