package org.constable.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.identity.application.Enrolments;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.domain.RolePermissions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, roles and terminals, for administrators. A role that needs a second administrator is
 * asked for here (202 with the pending change) and decided under /api/v1/role-changes.
 */
@RestController
@RequestMapping("/api/v1")
class UsersApi {

    record UserView(
            long id,
            String username,
            String displayName,
            @Nullable String collarNumber,
            boolean enabled,
            Set<Role> roles,
            Set<Role> rolesAwaitingApproval,
            boolean awaitingEnrolment,
            @Nullable Rank rank) {}

    record Me(
            String username,
            Set<Role> roles,
            Set<Permission> permissions,
            @Nullable Rank rank) {}

    record CreateUser(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 120) String displayName,
            @Size(max = 20) String collarNumber,
            @NotBlank @Size(max = 128) String password,
            @NotEmpty Set<Role> roles,
            @Size(max = 80) String team,
            @Nullable Rank rank) {}

    record RankChange(@Nullable Rank rank) {}

    record RoleChange(@NotNull Role role, @Size(max = 500) String reason) {}

    record TerminalRequest(@NotBlank @Size(max = 100) String name, boolean secureConsole) {}

    private final UserAdministration admin;
    private final Enrolments enrolments;
    private final RoleChangesApi roleChanges;
    private final CurrentActor actors;

    UsersApi(UserAdministration admin, Enrolments enrolments, RoleChangesApi roleChanges, CurrentActor actors) {
        this.admin = admin;
        this.enrolments = enrolments;
        this.roleChanges = roleChanges;
        this.actors = actors;
    }

    @GetMapping("/me")
    @Guarded(Permission.SIGNED_IN)
    Me me() {
        var actor = actors.require();
        Set<Permission> permissions = new TreeSet<>();
        actor.roles().forEach(r -> permissions.addAll(RolePermissions.of(r)));
        return new Me(actor.username(), actor.roles(), permissions, actor.rank());
    }

    @GetMapping("/users")
    @Guarded(Permission.USER_ADMIN)
    List<UserView> users() {
        var awaiting = roleChanges.awaitingByUser(actors.require());
        return admin.accounts(actors.require()).stream()
                .map(u -> view(u, awaiting.getOrDefault(u.id(), Set.of())))
                .toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.USER_ADMIN)
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUser body) {
        var created = admin.createUser(
                actors.require(),
                new UserAdministration.NewUser(
                        body.username(),
                        body.displayName(),
                        body.collarNumber(),
                        body.password(),
                        body.roles(),
                        body.team(),
                        body.rank()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(view(admin.account(actors.require(), created.id()).orElseThrow(), created.awaitingApproval()));
    }

    /** 204 when granted at once; 202 with the pending change when a second administrator must approve. */
    @PostMapping("/users/{id}/roles")
    @Guarded(Permission.USER_ADMIN)
    ResponseEntity<?> grant(@PathVariable long id, @Valid @RequestBody RoleChange body) {
        var actor = actors.require();
        var result = admin.grantRole(actor, id, body.role(), body.reason());
        if (result.granted()) {
            return ResponseEntity.noContent().build();
        }
        long pending = Objects.requireNonNull(result.pendingChangeId(), "a role not granted at once awaits a decision");
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/role-changes/" + pending))
                .body(roleChanges.view(actor, pending));
    }

    /** Records the user's police rank (ADR 0071); audited, and never one's own. */
    @PutMapping("/users/{id}/rank")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rank(@PathVariable long id, @RequestBody RankChange body) {
        admin.setRank(actors.require(), id, body.rank());
    }

    @DeleteMapping("/users/{id}/roles/{role}")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, @PathVariable Role role) {
        admin.revokeRole(actors.require(), id, role);
    }

    @PostMapping("/users/{id}/disable")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable long id) {
        admin.disable(actors.require(), id);
    }

    /**
     * A second administrator (not the one who made the account) issues the one-time code the new
     * user needs to enrol their authenticator. Shown once; hand it to the user in person.
     */
    @PostMapping("/users/{id}/enrolment-code")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    Enrolments.IssuedCode enrolmentCode(@PathVariable long id) {
        return enrolments.issue(actors.require(), id);
    }

    @PostMapping("/terminals")
    @Guarded(Permission.TERMINAL_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.RegisteredTerminal terminal(@Valid @RequestBody TerminalRequest body) {
        return admin.registerTerminal(actors.require(), body.name(), body.secureConsole());
    }

    private static UserView view(UserAdministration.Account u, Set<Role> awaiting) {
        return new UserView(
                u.id(),
                u.username(),
                u.displayName(),
                u.collarNumber(),
                u.enabled(),
                u.roles(),
                awaiting,
                u.awaitingEnrolment(),
                u.rank());
    }
}
