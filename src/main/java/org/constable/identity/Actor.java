package org.constable.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user behind a request, with the roles they hold at this moment and their recorded
 * police rank (null while none is recorded).
 */
public record Actor(
        long userId,
        String username,
        Set<Role> roles,
        @Nullable Long teamId,
        @Nullable Rank rank) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** An actor with no rank recorded. */
    public Actor(long userId, String username, Set<Role> roles, @Nullable Long teamId) {
        this(userId, username, roles, teamId, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Roles as stored in the audit trail: sorted, comma-separated. */
    public String rolesText() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
