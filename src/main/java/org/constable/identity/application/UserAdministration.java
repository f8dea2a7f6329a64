package org.constable.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.PrivilegedActionTaken;
import org.constable.identity.Role;
import org.constable.identity.domain.PasswordPolicy;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.ApiTokens;
import org.constable.identity.persistence.NeedToKnowGrants;
import org.constable.identity.persistence.Terminals;
import org.constable.identity.persistence.UserAccounts;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Privileged changes to who may do what. Each asks AccessPolicy and leaves an audit entry. */
@Service
public class UserAdministration {

    public record NewUser(
            String username, String displayName, String collarNumber, String password, Set<Role> roles, String team) {}

    public record RegisteredTerminal(long id, String name, boolean secureConsole, String token) {}

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final Terminals terminals;
    private final NeedToKnowGrants needToKnow;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UserAdministration(
            UserAccounts users,
            ApiTokens tokens,
            Terminals terminals,
            NeedToKnowGrants needToKnow,
            PasswordPolicy passwordPolicy,
            PasswordEncoder encoder,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.terminals = terminals;
        this.needToKnow = needToKnow;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long createUser(Actor admin, NewUser user) {
        policy.require(admin, Permission.USER_ADMIN);
        long id = createWithoutCheck(user);
        privileged(
                admin,
                "created user " + user.username() + " with roles " + user.roles(),
                RecordRef.of(RecordType.USER, id));
        return id;
    }

    /** Used by the demo force and the first administrator's bootstrap, where nobody is signed in yet. */
    @Transactional
    public long createWithoutCheck(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,64}")) {
            throw new IllegalArgumentException(
                    "A username is 3 to 64 characters: lower-case letters, digits, dot, dash, underscore.");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new IllegalArgumentException("A display name is required.");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role.");
        }
        passwordPolicy.problemWith(user.password(), username).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("That username is taken.");
        }
        Long team = user.team() == null || user.team().isBlank()
                ? null
                : users.teamNamed(user.team().trim());
        long id = users.insert(
                username,
                user.displayName().trim(),
                user.collarNumber(),
                encoder.encode(user.password()),
                Rfc6238Totp.newSecret(),
                team,
                clock.instant());
        user.roles().forEach(r -> users.grantRole(id, r));
        return id;
    }

    @Transactional
    public void grantRole(Actor admin, long userId, Role role) {
        policy.require(admin, Permission.USER_ADMIN);
        requireUser(userId);
        users.grantRole(userId, role);
        privileged(admin, "granted role " + role, RecordRef.of(RecordType.USER, userId));
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
        requireUser(userId);
        users.setEnabled(userId, false);
        tokens.revokeAllOf(userId);
        privileged(admin, "disabled the account and revoked its tokens", RecordRef.of(RecordType.USER, userId));
    }

    @Transactional
    public void grantNeedToKnow(Actor supervisor, RecordRef record, long userId) {
        policy.require(supervisor, Permission.NEED_TO_KNOW_GRANT);
        requireUser(userId);
        needToKnow.grantToUser(record, userId);
        privileged(supervisor, "granted need-to-know on " + record + " to user " + userId, record);
    }

    @Transactional
    public RegisteredTerminal registerTerminal(Actor admin, String name, boolean secureConsole) {
        policy.require(admin, Permission.TERMINAL_ADMIN);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A terminal needs a name of at most 100 characters.");
        }
        if (terminals.nameTaken(name.trim())) {
            throw new IllegalArgumentException("A terminal with that name is registered already.");
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
