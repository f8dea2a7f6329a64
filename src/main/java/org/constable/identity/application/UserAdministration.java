package org.constable.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.constable.identity.AccessPolicy;
import org.constable.identity.AccountDisabled;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.PrivilegedActionTaken;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.identity.domain.PasswordPolicy;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.domain.RoleApprovalRule;
import org.constable.identity.persistence.ApiTokens;
import org.constable.identity.persistence.Terminals;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privileged changes to who may do what. Each asks AccessPolicy and leaves an audit entry. Nobody
 * changes their own roles, and a role that reads personal data or manages access is only asked for
 * here: a second administrator grants it through {@link RoleChanges} (ADR 0043).
 */
@Service
public class UserAdministration {

    public record NewUser(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String collarNumber,
            @Nullable String password,
            @Nullable Set<Role> roles,
            @Nullable String team,
            @Nullable Rank rank) {

        /** A new user with no rank recorded yet. */
        public NewUser(
                @Nullable String username,
                @Nullable String displayName,
                @Nullable String collarNumber,
                @Nullable String password,
                @Nullable Set<Role> roles,
                @Nullable String team) {
            this(username, displayName, collarNumber, password, roles, team, null);
        }
    }

    /** A user as made: the roles granted at once and those waiting for a second administrator. */
    public record CreatedUser(long id, Set<Role> granted, Set<Role> awaitingApproval) {}

    /** What asking for a role did: granted at once, or a pending change a second administrator decides. */
    public record RoleRequest(boolean granted, @Nullable Long pendingChangeId) {}

    public record RegisteredTerminal(long id, String name, boolean secureConsole, String token) {}

    /**
     * An account as administrators read it: never its password hash or second-factor secret.
     * {@code awaitingEnrolment}: made by an administrator and not yet enrolled (it needs a code).
     */
    public record Account(
            long id,
            String username,
            String displayName,
            @Nullable String collarNumber,
            boolean enabled,
            Set<Role> roles,
            boolean awaitingEnrolment,
            @Nullable Long createdBy,
            @Nullable Rank rank) {}

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final Terminals terminals;
    private final RoleChanges roleChanges;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UserAdministration(
            UserAccounts users,
            ApiTokens tokens,
            Terminals terminals,
            RoleChanges roleChanges,
            PasswordPolicy passwordPolicy,
            PasswordEncoder encoder,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.terminals = terminals;
        this.roleChanges = roleChanges;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Every account, as administrators read it. */
    @Transactional(readOnly = true)
    public List<Account> accounts(Actor admin) {
        policy.require(admin, Permission.USER_ADMIN);
        return users.all().stream().map(this::account).toList();
    }

    /** One account, as administrators read it; empty when there is none with this id. */
    @Transactional(readOnly = true)
    public Optional<Account> account(Actor admin, long userId) {
        policy.require(admin, Permission.USER_ADMIN);
        return users.findById(userId).map(this::account);
    }

    private Account account(UserAccount u) {
        return new Account(
                u.id(),
                u.username(),
                u.displayName(),
                u.collarNumber(),
                u.enabled(),
                users.rolesOf(u.id()),
                Enrolments.needsCode(u),
                u.createdBy(),
                u.rank());
    }

    /**
     * An administrator makes an account. Roles a second administrator must approve are asked for, not
     * granted; the account enrols its authenticator only with a code from another administrator.
     */
    @Transactional
    public CreatedUser createUser(Actor admin, NewUser user) {
        policy.require(admin, Permission.USER_ADMIN);
        Set<Role> now = EnumSet.noneOf(Role.class);
        Set<Role> later = EnumSet.noneOf(Role.class);
        if (user.roles() != null) {
            user.roles().forEach(r -> (RoleApprovalRule.needsSecondAdministrator(r) ? later : now).add(r));
        }
        long id = create(user, now, admin.userId());
        privileged(
                admin,
                "created user " + user.username() + " with roles " + now
                        + (user.rank() == null
                                ? ""
                                : " and the rank of " + user.rank().label()),
                RecordRef.of(RecordType.USER, id));
        for (Role role : later) {
            roleChanges.request(admin, id, role, "asked for when the account was made");
        }
        return new CreatedUser(id, now, later);
    }

    /** Used by the demo force, where nobody is signed in yet: every role at once, enrolment without a code. */
    @Transactional
    public long createWithoutCheck(NewUser user) {
        return create(user, user.roles() == null ? Set.of() : user.roles(), null);
    }

    private long create(NewUser user, Set<Role> grantNow, @Nullable Long createdBy) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{3,64}")) {
            throw new InvalidInput(
                    "username", "A username is 3 to 64 characters: lower-case letters, digits, dot, dash, underscore.");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new InvalidInput("displayName", "A display name is required.");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new InvalidInput("roles", "A user needs at least one role.");
        }
        passwordPolicy.problemWith(user.password(), username).ifPresent(p -> {
            throw new InvalidInput("password", p);
        });
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInput("username", "That username is taken.");
        }
        Long team = user.team() == null || user.team().isBlank()
                ? null
                : users.teamNamed(user.team().trim());
        long id = users.insert(
                username,
                user.displayName().trim(),
                user.collarNumber(),
                Objects.requireNonNull(encoder.encode(user.password()), "the encoder hashes a password"),
                Rfc6238Totp.newSecret(),
                team,
                createdBy,
                clock.instant());
        grantNow.forEach(r -> users.grantRole(id, r));
        if (user.rank() != null) {
            users.setRank(id, user.rank());
        }
        return id;
    }

    /**
     * Records someone else's police rank (ADR 0071): the rank PACE asks of some custody decisions.
     * Audited as a privileged action; nobody records their own.
     */
    @Transactional
    public void setRank(Actor admin, long userId, @Nullable Rank rank) {
        policy.require(admin, Permission.USER_ADMIN);
        if (rank == null) {
            throw new InvalidInput(
                    "rank",
                    "Choose a rank: police staff, constable, sergeant, inspector, chief inspector, superintendent"
                            + " or chief superintendent.");
        }
        UserAccount user =
                users.findById(userId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.USER, userId)));
        policy.requireSomeoneElse(
                admin, userId, "record rank " + rank, "Nobody records their own rank: ask another administrator.");
        if (rank == user.rank()) {
            return;
        }
        users.setRank(userId, rank);
        privileged(
                admin,
                "recorded the rank of " + rank.label()
                        + (user.rank() == null ? "" : " (was " + user.rank().label() + ")"),
                RecordRef.of(RecordType.USER, userId));
    }

    /**
     * Asks for a role for someone else: granted at once if one administrator may grant it alone,
     * otherwise a pending change for a second administrator. Nobody asks for their own roles.
     */
    @Transactional
    public RoleRequest grantRole(Actor admin, long userId, Role role, String reason) {
        policy.require(admin, Permission.USER_ADMIN);
        requireUser(userId);
        policy.requireSomeoneElse(
                admin, userId, "grant role " + role, "Nobody grants a role to themselves: ask another administrator.");
        if (RoleApprovalRule.needsSecondAdministrator(role)) {
            return new RoleRequest(false, roleChanges.request(admin, userId, role, reason));
        }
        users.grantRole(userId, role);
        privileged(admin, "granted role " + role, RecordRef.of(RecordType.USER, userId));
        return new RoleRequest(true, null);
    }

    @Transactional
    public void revokeRole(Actor admin, long userId, Role role) {
        policy.require(admin, Permission.USER_ADMIN);
        requireUser(userId);
        users.revokeRole(userId, role);
        privileged(admin, "revoked role " + role, RecordRef.of(RecordType.USER, userId));
    }

    @Transactional
    public void disable(Actor admin, long userId) {
        policy.require(admin, Permission.USER_ADMIN);
        var user = users.findById(userId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.USER, userId)));
        policy.requireSomeoneElse(
                admin, userId, "disable account", "Ask another administrator to disable your own account.");
        users.setEnabled(userId, false);
        tokens.revokeAllOf(userId);
        privileged(admin, "disabled the account and revoked its tokens", RecordRef.of(RecordType.USER, userId));
        events.publishEvent(new AccountDisabled(userId, user.username(), clock.instant()));
    }

    @Transactional
    public RegisteredTerminal registerTerminal(Actor admin, String name, boolean secureConsole) {
        policy.require(admin, Permission.TERMINAL_ADMIN);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", "A terminal needs a name of at most 100 characters.");
        }
        if (terminals.nameTaken(name.trim())) {
            throw new InvalidInput("name", "A terminal with that name is registered already.");
        }
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long id = terminals.register(name.trim(), ApiTokenService.hash(token), secureConsole);
        privileged(
                admin,
                "registered terminal " + name.trim() + (secureConsole ? " as a secure dispatch console" : ""),
                RecordRef.of(RecordType.TERMINAL, id));
        return new RegisteredTerminal(id, name.trim(), secureConsole, token);
    }

    private void requireUser(long userId) {
        if (users.findById(userId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.USER, userId));
        }
    }

    private void privileged(Actor actor, String action, RecordRef record) {
        events.publishEvent(new PrivilegedActionTaken(
                actor.username(), actor.rolesText(), action, record.toString(), clock.instant()));
    }
}
