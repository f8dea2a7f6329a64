package org.constable.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.PrivilegedActionTaken;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.EnrolmentCodes;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.constable.shared.Conflict;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling the authenticator of an account an administrator made (ADR 0043). The administrator
 * who made it knows its first password, so it enrols only with a one-time code issued by a second
 * administrator, who does not know the password: neither can sign in as the new user alone.
 * Redeeming the code makes a fresh TOTP secret, shown only in the session that redeemed it.
 */
@Service
public class Enrolments {

    public record IssuedCode(long userId, String code, Instant expiresAt) {}

    static final Duration VALID_FOR = Duration.ofHours(72);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts users;
    private final EnrolmentCodes codes;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Enrolments(
            UserAccounts users,
            EnrolmentCodes codes,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.codes = codes;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** True if the account may only enrol with a code from a second administrator. */
    public static boolean needsCode(UserAccount user) {
        return user.createdBy() != null && !user.totpEnrolled();
    }

    /** A second administrator issues the code, shown once; an earlier unredeemed code stops working. */
    @Transactional
    public IssuedCode issue(Actor admin, long userId) {
        policy.require(admin, Permission.USER_ADMIN);
        UserAccount user =
                users.findById(userId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.USER, userId)));
        if (!needsCode(user)) {
            throw new Conflict(
                    "This account needs no enrolment code: it has enrolled already, or was made at start-up.");
        }
        if (!user.enabled()) {
            throw new Conflict("The account is disabled.");
        }
        policy.requireSecondPerson(
                admin,
                Objects.requireNonNull(user.createdBy(), "an account that needs a code was made by an administrator"),
                userId,
                "issue an enrolment code",
                RecordRef.of(RecordType.USER, userId));
        String code = newCode();
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        codes.issue(userId, ApiTokenService.hash(normalise(code)), admin.userId(), now, expires);
        events.publishEvent(new PrivilegedActionTaken(
                admin.username(),
                admin.rolesText(),
                "issued an enrolment code to user " + user.username() + ", valid until " + expires,
                RecordRef.of(RecordType.USER, userId).toString(),
                now));
        return new IssuedCode(userId, code, expires);
    }

    /**
     * The user redeems a code after their password: true and a fresh TOTP secret if it is live.
     * Counted as a sign-in attempt by the caller, so codes cannot be guessed at speed.
     */
    @Transactional
    public boolean redeem(UserAccount user, String code) {
        if (!needsCode(user) || code == null || code.isBlank() || code.length() > 40) {
            return false;
        }
        if (!codes.redeem(user.id(), ApiTokenService.hash(normalise(code)), clock.instant())) {
            return false;
        }
        users.setTotpSecret(user.id(), Rfc6238Totp.newSecret());
        return true;
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
