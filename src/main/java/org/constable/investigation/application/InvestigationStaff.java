package org.constable.investigation.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people an investigation names, checked through identity's facade when they are named: an
 * officer in charge, a team member or an action's owner is an enabled account whose roles let them
 * work investigations; a supervisor is an enabled account holding the supervisor role. A name that is
 * none of these is refused naming the field, and nothing is saved.
 */
@Component
class InvestigationStaff {

    static final int MAX_TEAM = 50;

    private final CurrentActor actors;
    private final AccessPolicy policy;

    InvestigationStaff(CurrentActor actors, AccessPolicy policy) {
        this.actors = actors;
        this.policy = policy;
    }

    /** An enabled user who may work investigation actions. */
    Actor worker(@Nullable String username, String field) {
        Actor a = account(username, field);
        if (!policy.allows(a, Permission.INVESTIGATION_WORK)) {
            throw new InvalidInput(field, a.username() + " does not hold a role that works investigations.");
        }
        return a;
    }

    /** An enabled user holding the supervisor role. */
    Actor supervisor(@Nullable String username, String field) {
        Actor a = account(username, field);
        if (!a.has(Role.SUPERVISOR) || !policy.allows(a, Permission.INVESTIGATION_REVIEW)) {
            throw new InvalidInput(field, a.username() + " is not a supervisor.");
        }
        return a;
    }

    /** The team, each a worker, without repeats; may be empty. */
    List<String> team(@Nullable Collection<String> usernames, String field) {
        if (usernames == null) {
            return List.of();
        }
        if (usernames.size() > MAX_TEAM) {
            throw new InvalidInput(field, "A team has at most " + MAX_TEAM + " members.");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String u : usernames) {
            out.add(worker(u, field).username());
        }
        return List.copyOf(out);
    }

    private Actor account(@Nullable String username, String field) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(field, "Name a user (their username).");
        }
        String name = username.strip();
        if (name.length() > 120) {
            throw new InvalidInput(field, "A username is at most 120 characters.");
        }
        return actors.load(name)
                .orElseThrow(() -> new InvalidInput(field, "There is no active user called " + name + "."));
    }
}
