package org.constable.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.constable.identity.SessionEnded;
import org.constable.identity.SessionKeys;
import org.constable.identity.application.ApiTokenService;
import org.constable.identity.domain.SessionLimits;
import org.constable.identity.persistence.Terminals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the session limits to browser sessions: locked after 30 idle minutes unless the browser
 * is a registered secure dispatch console, and ended after 12 hours in any case. An ended session
 * is announced ({@link SessionEnded}), so streams opened in it close too.
 */
public class SessionLimitFilter extends OncePerRequestFilter {

    public static final String SIGNED_IN_AT = "constable.signedInAt";
    public static final String LAST_ACTIVITY = "constable.lastActivity";
    public static final String TERMINAL_COOKIE = "CONSTABLE_TERMINAL";

    private final SessionLimits limits;
    private final Terminals terminals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SessionLimitFilter(
            SessionLimits limits, Terminals terminals, ApplicationEventPublisher events, Clock clock) {
        this.limits = limits;
        this.terminals = terminals;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn) {
            Instant now = clock.instant();
            Instant last = session.getAttribute(LAST_ACTIVITY) instanceof Instant l ? l : signedIn;
            SessionLimits.Verdict verdict = limits.judge(signedIn, last, now, secureConsole(request));
            if (verdict != SessionLimits.Verdict.ACTIVE) {
                String reason = verdict == SessionLimits.Verdict.EXPIRED ? "expired" : "idle";
                String sessionKey = SessionKeys.ofSession(session.getId());
                session.invalidate();
                SecurityContextHolder.clearContext();
                // whoever holds a stream open for this session closes it now
                events.publishEvent(new SessionEnded(auth.getName(), sessionKey, reason, now));
                if (ProblemResponses.isApi(request)) {
                    ProblemResponses.write(
                            response,
                            401,
                            "Unauthorized",
                            verdict == SessionLimits.Verdict.EXPIRED
                                    ? "Your session reached its 12-hour limit: sign in again."
                                    : "Your session was locked after 30 minutes without activity: sign in again.");
                } else {
                    response.sendRedirect("/login?" + reason);
                }
                return;
            }
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }

    private boolean secureConsole(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie c : request.getCookies()) {
            if (TERMINAL_COOKIE.equals(c.getName())
                    && c.getValue() != null
                    && !c.getValue().isBlank()) {
                return terminals
                        .findByTokenHash(ApiTokenService.hash(c.getValue()))
                        .map(Terminals.Terminal::secureConsole)
                        .orElse(false);
            }
        }
        return false;
    }
}
