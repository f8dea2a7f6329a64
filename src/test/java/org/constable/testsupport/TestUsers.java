package org.constable.testsupport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.constable.identity.Role;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.stereotype.Component;

/** Makes synthetic users and signs them in over the real token endpoint. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQ = new AtomicInteger();

    public record TestUser(long id, String username, String totpSecret) {}

    private final UserAdministration admin;
    private final UserAccounts accounts;
    private final MutableClock clock;

    public TestUsers(UserAdministration admin, UserAccounts accounts, MutableClock clock) {
        this.admin = admin;
        this.accounts = accounts;
        this.clock = clock;
    }

    public TestUser create(Role... roles) {
        String username = "t" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        long id = admin.createWithoutCheck(
                new UserAdministration.NewUser(username, "Test " + username, null, PASSWORD, Set.of(roles), null));
        return new TestUser(id, username, accounts.findById(id).orElseThrow().totpSecret());
    }

    /** A user with the given username (lower-case letters, digits, dot, dash, underscore). */
    public TestUser createNamed(String username, Role... roles) {
        long id = admin.createWithoutCheck(
                new UserAdministration.NewUser(username, "Test " + username, null, PASSWORD, Set.of(roles), null));
        return new TestUser(id, username, accounts.findById(id).orElseThrow().totpSecret());
    }

    /** The current TOTP code; moves the clock on one step first so no code is ever reused. */
    public String freshCode(TestUser user) {
        clock.advance(Duration.ofSeconds(Rfc6238Totp.STEP_SECONDS));
        return Rfc6238Totp.codeAt(user.totpSecret(), clock.instant());
    }
}
