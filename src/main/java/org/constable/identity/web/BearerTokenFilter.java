package org.constable.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.constable.identity.application.ApiTokenService;
import org.constable.identity.application.TotpSecondFactor;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients by "Authorization: Bearer" token. A token was issued after both
 * factors, so it carries both factor authorities. Unknown, revoked, idle or expired tokens get 401.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final UserAccounts users;
    /** Kept on the request too, so the async dispatch that ends a stream (the live board) is still this user's. */
    private final org.springframework.security.web.context.SecurityContextRepository requestContext =
            new org.springframework.security.web.context.RequestAttributeSecurityContextRepository();

    public BearerTokenFilter(ApiTokenService tokens, UserAccounts users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> user = tokens.authenticate(header.substring(7).trim())
                .flatMap(users::findById)
                .filter(UserAccount::enabled);
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemResponses.write(response, 401, "Unauthorized", "The bearer token is unknown, revoked or expired.");
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                user.get().username(),
                null,
                List.of(
                        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                        FactorGrantedAuthority.fromAuthority(TotpSecondFactor.AUTHORITY)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        requestContext.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
