package org.constable.identity.application;

import java.time.Clock;
import java.util.OptionalLong;
import org.constable.identity.SignInSucceeded;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The second factor: a TOTP code from the user's authenticator, never accepted twice. */
@Service
public class TotpSecondFactor {

    public static final String AUTHORITY = "FACTOR_TOTP";

    private final UserAccounts users;
    private final PasswordSignIn passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TotpSecondFactor(
            UserAccounts users, PasswordSignIn passwords, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** Verifies the code for the user who passed the first factor; throws BadCredentialsException otherwise. */
    @Transactional(noRollbackFor = BadCredentialsException.class)
    public UserAccount verify(String username, String code, String channel) {
        UserAccount user = users.findByUsername(username)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new BadCredentialsException(SignInOutcomes.FAILED));
        if (user.totpSecret() == null) {
            throw new BadCredentialsException(SignInOutcomes.FAILED);
        }
        OptionalLong step = Rfc6238Totp.verify(
                user.totpSecret(), code == null ? null : code.trim(), clock.instant(), user.lastTotpStep());
        if (step.isEmpty() || !users.useTotpStep(user.id(), step.getAsLong())) {
            passwords.recordFailure(user, "wrong or reused one-time code");
        }
        users.clearFailures(user.id());
        String roles = users.rolesOf(user.id()).stream()
                .map(Enum::name)
                .sorted()
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        events.publishEvent(new SignInSucceeded(user.username(), roles, channel, clock.instant()));
        return user;
    }
}
