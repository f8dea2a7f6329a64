package org.constable.testsupport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccounts;
import org.jspecify.annotations.Nullable;
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

    /**
     * A user with these roles and the rank the first of them is usually held at ({@link #usualRank}):
     * a custody officer is a sergeant, a supervisor an inspector.
     */
    public TestUser create(Role... roles) {
        return create(usualRank(roles), roles);
    }

    /** A user with these roles and this recorded police rank (null: none recorded). */
    public TestUser create(@Nullable Rank rank, Role... roles) {
        String username = "t" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        return createNamed(username, rank, roles);
    }

    /** A user in the named team (made if the force has none of that name), with this rank and these roles. */
    public TestUser createInTeam(String team, @Nullable Rank rank, Role... roles) {
        String username = "t" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        long id = admin.createWithoutCheck(new UserAdministration.NewUser(
                username, "Test " + username, null, PASSWORD, Set.of(roles), team, rank));
        return new TestUser(id, username, accounts.findById(id).orElseThrow().totpSecret());
    }

    /** A user with the given username (lower-case letters, digits, dot, dash, underscore). */
    public TestUser createNamed(String username, Role... roles) {
        return createNamed(username, usualRank(roles), roles);
    }

    private TestUser createNamed(String username, @Nullable Rank rank, Role... roles) {
        long id = admin.createWithoutCheck(new UserAdministration.NewUser(
                username, "Test " + username, null, PASSWORD, Set.of(roles), null, rank));
        return new TestUser(id, username, accounts.findById(id).orElseThrow().totpSecret());
    }

    /** The rank a role is usually held at: the lowest PACE lets it act at. */
    public static Rank usualRank(Role... roles) {
        if (roles.length == 0) {
            return Rank.POLICE_STAFF;
        }
        return switch (roles[0]) {
            case CUSTODY_OFFICER -> Rank.SERGEANT;
            case SUPERVISOR -> Rank.INSPECTOR;
            case RESPONSE_OFFICER, INVESTIGATOR -> Rank.CONSTABLE;
            default -> Rank.POLICE_STAFF;
        };
    }

    /** The current TOTP code; moves the clock on one step first so no code is ever reused. */
    public String freshCode(TestUser user) {
        clock.advance(Duration.ofSeconds(Rfc6238Totp.STEP_SECONDS));
        return Rfc6238Totp.codeAt(user.totpSecret(), clock.instant());
    }
}
