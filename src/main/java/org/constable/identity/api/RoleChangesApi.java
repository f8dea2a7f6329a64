package org.constable.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.application.RoleChanges;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Role changes waiting for a second administrator (maker-checker, ADR 0043): list, approve,
 * refuse. The administrator who asked, and the user it is for, get 403.
 */
@RestController
@RequestMapping("/api/v1/role-changes")
class RoleChangesApi {

    record RoleChangeView(
            long id,
            long userId,
            String username,
            Role role,
            String requestedBy,
            Instant requestedAt,
            @Nullable String reason,
            String state,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {}

    record Refusal(@NotBlank @Size(max = 500) String note) {}

    private final RoleChanges changes;
    private final CurrentActor actors;

    RoleChangesApi(RoleChanges changes, CurrentActor actors) {
        this.changes = changes;
        this.actors = actors;
    }

    /** Pending changes, or with {@code state=all} the latest 200 of any state. */
    @GetMapping
    @Guarded(Permission.USER_ADMIN)
    List<RoleChangeView> list(@RequestParam(defaultValue = "pending") String state) {
        Actor actor = actors.require();
        List<RoleChanges.Change> found = switch (state) {
            case "pending" -> changes.pending(actor);
            case "all" -> changes.recent(actor, 200);
            default -> throw new InvalidInput("state", "state: pending or all.");
        };
        return found.stream().map(RoleChangesApi::view).toList();
    }

    @PostMapping("/{id}/approval")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@PathVariable long id) {
        changes.approve(actors.require(), id);
    }

    @PostMapping("/{id}/refusal")
    @Guarded(Permission.USER_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void refuse(@PathVariable long id, @Valid @RequestBody Refusal body) {
        changes.refuse(actors.require(), id, body.note());
    }

    RoleChangeView view(Actor actor, long id) {
        return view(changes.find(actor, id));
    }

    /** The roles each user is waiting for. */
    Map<Long, Set<Role>> awaitingByUser(Actor actor) {
        Map<Long, Set<Role>> out = new HashMap<>();
        for (RoleChanges.Change c : changes.pending(actor)) {
            out.computeIfAbsent(c.userId(), k -> EnumSet.noneOf(Role.class)).add(c.role());
        }
        return out;
    }

    static RoleChangeView view(RoleChanges.Change c) {
        return new RoleChangeView(
                c.id(),
                c.userId(),
                c.username(),
                c.role(),
                c.requestedBy(),
                c.requestedAt(),
                c.reason(),
                c.state(),
                c.decidedBy(),
                c.decidedAt(),
                c.decisionNote());
    }
}
