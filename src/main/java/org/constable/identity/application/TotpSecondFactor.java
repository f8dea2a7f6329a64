package org.constable.identity.application;

import java.time.Clock;
import java.util.OptionalLong;
import org.constable.identity.SignInSucceeded;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.EnrolmentCodes;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * The second factor: a TOTP code from the user's authenticator, never accepted twice. An account
 * an administrator made enrols only after an enrolment code from a second administrator was
 * redeemed (ADR 0043), so the administrator who set its first password cannot enrol it. Each step
 * is one short statement: no transaction is held across the check.
 */
@Service
public class TotpSecondFactor {

    public static final String AUTHORITY = "FACTOR_TOTP";

    private final UserAccounts users;
    private final EnrolmentCodes enrolmentCodes;
    private final PasswordSignIn passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TotpSecondFactor(
            UserAccounts users,
            EnrolmentCodes enrolmentCodes,
            PasswordSignIn passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.enrolmentCodes = enrolmentCodes;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** Verifies the code for the user who passed the first factor; throws BadCredentialsException otherwise. */
    public UserAccount verify(String username, String code, String channel) {
        UserAccount user = users.findByUsername(username)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new BadCredentialsException(SignInOutcomes.FAILED));
        if (user.totpSecret() == null) {
            throw new BadCredentialsException(SignInOutcomes.FAILED);
        }
        if (awaitsSecondAdministrator(user)) {
            passwords.recordFailure(user, "one-time code before the enrolment code was redeemed");
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

    /** An account an administrator made, not yet enrolled, and no enrolment code redeemed for it. */
    public boolean awaitsSecondAdministrator(UserAccount user) {
        return user.createdBy() != null && !user.totpEnrolled() && !enrolmentCodes.redeemedFor(user.id());
    }
}
