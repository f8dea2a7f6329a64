package org.constable.identity;

import java.util.Optional;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is making this request, with the roles they hold now. Roles are read from the database on
 * every request, so revoking a role takes effect on the next request, whatever the session says.
 */
@Component
public class CurrentActor {

    private static final String CACHE = CurrentActor.class.getName();

    private final UserAccounts users;

    public CurrentActor(UserAccounts users) {
        this.users = users;
    }

    public Optional<Actor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth.getName() == null
                || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
                && cached.username().equals(auth.getName())) {
            return Optional.of(cached);
        }
        Optional<Actor> actor = load(auth.getName());
        if (request != null) {
            actor.ifPresent(a -> request.setAttribute(CACHE, a, RequestAttributes.SCOPE_REQUEST));
        }
        return actor;
    }

    public Actor require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first."));
    }

    /** The username of an account, for records that name the people something was disclosed to. */
    public Optional<String> usernameOf(long userId) {
        return users.findById(userId).map(UserAccount::username);
    }

    /** The actor for a username, with current roles and rank; empty if the account is unknown or disabled. */
    public Optional<Actor> load(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(u -> new Actor(u.id(), u.username(), users.rolesOf(u.id()), u.teamId(), u.rank()));
    }
}
