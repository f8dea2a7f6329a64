package org.constable.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.constable.identity.TooManySignIns;
import org.constable.identity.application.SignInGate;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away token requests the sign-in gate would refuse whoever they name (an address over its
 * limit, or every password check busy) before anything else reads them: no security chain, no
 * body, no database. A flood of failed sign-ins then costs the server next to nothing, so the
 * people working meanwhile keep their share of the machine (ADR 0042). The sign-in form meets the
 * same gate one step later, in the password check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SignInShedding extends OncePerRequestFilter {

    private final SignInGate gate;

    SignInShedding(SignInGate gate) {
        this.gate = gate;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/api/v1/tokens".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TooManySignIns> refused = gate.shed(request.getRemoteAddr());
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(refused.get().retryAfterSeconds()));
        ProblemResponses.write(
                response, 429, "Too many sign-in attempts", refused.get().getMessage());
    }
}
