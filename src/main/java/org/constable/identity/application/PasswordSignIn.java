package org.constable.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.constable.identity.SignInFailed;
import org.constable.identity.domain.AccountLockout;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first factor: username and password, with the CJIS lockout. Unknown user, wrong password,
 * disabled and locked accounts all fail with the same message and about the same time.
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AccountLockout lockout;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String dummyHash;

    public PasswordSignIn(
            UserAccounts users,
            PasswordEncoder encoder,
            AccountLockout lockout,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.lockout = lockout;
        this.events = events;
        this.clock = clock;
        this.dummyHash = encoder.encode("not-a-real-password-just-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim().toLowerCase();
        String password = String.valueOf(authentication.getCredentials());
        UserAccount user = check(username, password);
        return UsernamePasswordAuthenticationToken.authenticated(
                user.username(),
                null,
                List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
    }

    /** Checks the password and applies the lockout; returns the account or throws BadCredentialsException. */
    public UserAccount check(String username, String password) {
        Instant now = clock.instant();
        UserAccount user = users.findByUsername(username).orElse(null);
        if (user == null) {
            encoder.matches(password, dummyHash);
            fail(username, "unknown user", false);
        }
        if (lockout.isLocked(user.lockedUntil(), now)) {
            encoder.matches(password, dummyHash);
            fail(username, "account locked", true);
        }
        if (!encoder.matches(password, user.passwordHash())) {
            recordFailure(user, "wrong password");
        }
        if (!user.enabled()) {
            fail(username, "account disabled", false);
        }
        return user;
    }

    /** A failure of either factor counts towards the lockout. */
    public void recordFailure(UserAccount user, String reason) {
        AccountLockout.Outcome outcome = lockout.afterFailure(user.failedLogins(), clock.instant());
        users.recordFailure(user.id(), outcome.failures(), outcome.lockedUntil());
        fail(user.username(), reason, outcome.locksNow());
    }

    private void fail(String username, String reason, boolean lockedOut) {
        events.publishEvent(new SignInFailed(username, reason, lockedOut, clock.instant()));
        throw new BadCredentialsException(SignInOutcomes.FAILED);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
