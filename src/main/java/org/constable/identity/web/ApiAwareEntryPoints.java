package org.constable.identity.web;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How sign-in steps are asked for: pages are redirected with a relative Location (never built from
 * the Host header a client sent), API addresses get a 401 problem and no session. Kept apart from
 * the rules of who may sign in, which live in SecurityConfiguration.
 */
final class ApiAwareEntryPoints {

    private static final RequestMatcher API = ProblemResponses::isApi;

    private ApiAwareEntryPoints() {}

    /** Redirects a page to {@code path} (relative); answers an API address with a 401 problem. */
    static AuthenticationEntryPoint signInStep(String path, String apiDetail) {
        LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(path);
        page.setFavorRelativeUris(true);
        return (request, response, e) -> {
            if (API.matches(request)) {
                ProblemResponses.write(response, 401, "Unauthorized", apiDetail);
            } else {
                page.commence(request, response, e);
            }
        };
    }

    /**
     * Remembers only a page a user was sent away from, to return there after signing in. An API
     * call is never replayed that way, so remembering it would only open a session for nobody.
     */
    static RequestCache pagesOnlyRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> !API.matches(request));
        return cache;
    }
}
