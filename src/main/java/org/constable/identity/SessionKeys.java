package org.constable.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * Names the signed-in session behind a request, for those that hold something open for it (the
 * live board's event stream) and must let go when {@link SessionEnded} names it: {@code token:<id>}
 * for a bearer token, {@code session:<id>} for a browser session.
 */
public final class SessionKeys {

    /** Request attribute the bearer token filter sets to the token's key. */
    public static final String BEARER_KEY = SessionKeys.class.getName() + ".bearer";

    private SessionKeys() {}

    public static @Nullable String of(HttpServletRequest request) {
        if (request.getAttribute(BEARER_KEY) instanceof String key) {
            return key;
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : ofSession(session.getId());
    }

    public static String ofToken(long tokenId) {
        return "token:" + tokenId;
    }

    public static String ofSession(String sessionId) {
        return "session:" + sessionId;
    }
}
