package org.constable.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.application.NeedToKnowGrantChecks;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.domain.RolePermissions;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, roles, need-to-know grants and terminals, for administrators and supervisors. */
@RestController
@RequestMapping("/api/v1")
class UsersApi {

    record UserView(
            long id, String username, String displayName, String collarNumber, boolean enabled, Set<Role> roles) {}

    record Me(String username, Set<Role> roles, Set<Permission> permissions) {}

    record CreateUser(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 120) String displayName,
            @Size(max = 20) String collarNumber,
            @NotBlank @Size(max = 128) String password,
            @NotEmpty Set<Role> roles,
            @Size(max = 80) String team) {}

    record RoleChange(@NotNull Role role) {}

    record NeedToKnowGrant(
            @NotBlank String recordType,
            @Positive long recordId,
            @Positive long userId) {}

    record TerminalRequest(@NotBlank @Size(max = 100) String name, boolean secureConsole) {}

    private final UserAdministration admin;
    private final UserAccounts users;
    private final CurrentActor actors;
    private final NeedToKnowGrantChecks grantChecks;

    UsersApi(UserAdministration admin, UserAccounts users, CurrentActor actors, NeedToKnowGrantChecks grantChecks) {
        this.admin = admin;
        this.users = users;
        this.actors = actors;
        this.grantChecks = grantChecks;
    }

    @GetMapping("/me")
    @Guarded(Permission.SIGNED_IN)
    Me me() {
        var actor = actors.require();
        Set<Permission> permissions = new TreeSet<>();
        actor.roles().forEach(r -> permissions.addAll(RolePermissions.of(r)));
        return new Me(actor.username(), actor.roles(), permissions);
    }

    @GetMapping("/users")
    @Guarded(Permission.USER_ADMIN)
    List<UserView> users() {
        return users.all().stream()
                .map(u -> new UserView(
                        u.id(), u.username(), u.displayName(), u.collarNumber(), u.enabled(), users.rolesOf(u.id())))
                .toList();
    }

    @PostMapping("/users")
    @Guarded(Permission.USER_ADMIN)
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUser body) {
        long id = admin.createUser(
                actors.require(),
                new UserAdministration.NewUser(
                        body.username(),
                        body.displayName(),
                        body.collarNumber(),
                        body.password(),
                        body.roles(),
                        body.team()));
        var u = users.findById(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/users/" + id))
                .body(new UserView(
                        id, u.username(), u.displayName(), u.collarNumber(), u.enabled(), users.rolesOf(id)));
    }

    @PostMapping("/users/{id}/roles")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grant(@PathVariable long id, @Valid @RequestBody RoleChange body) {
        admin.grantRole(actors.require(), id, body.role());
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

    @PostMapping("/need-to-know")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void needToKnow(@Valid @RequestBody NeedToKnowGrant body) {
        admin.grantNeedToKnow(actors.require(), grantChecks.record(body.recordType(), body.recordId()), body.userId());
    }

    @PostMapping("/terminals")
    @Guarded(Permission.TERMINAL_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.RegisteredTerminal terminal(@Valid @RequestBody TerminalRequest body) {
        return admin.registerTerminal(actors.require(), body.name(), body.secureConsole());
    }
}
