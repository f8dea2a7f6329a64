package org.constable.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.constable.identity.SessionKeys;
import org.constable.identity.application.ApiTokenService;
import org.constable.identity.application.TotpSecondFactor;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients by "Authorization: Bearer" token. A token was issued after both
 * factors, so it carries both factor authorities. Unknown, revoked, idle or expired tokens get 401.
 * Runs before the CSRF filter and marks the requests it authenticated, so that only a valid bearer
 * token, not any Authorization header, exempts a request from the CSRF check. The metrics scrape
 * token, when configured, is accepted on the metrics endpoint only and carries nothing else.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    /** Request attribute set when a valid bearer token authenticated the request. */
    public static final String AUTHENTICATED = BearerTokenFilter.class.getName() + ".authenticated";

    public static final String METRICS_PATH = "/actuator/prometheus";
    public static final String SCRAPE_AUTHORITY = "METRICS_SCRAPE";

    private final ApiTokenService tokens;
    private final UserAccounts users;
    private final byte @Nullable [] scrapeTokenHash;
    /** Kept on the request too, so the async dispatch that ends a stream (the live board) is still this user's. */
    private final SecurityContextRepository requestContext = new RequestAttributeSecurityContextRepository();

    public BearerTokenFilter(ApiTokenService tokens, UserAccounts users, String scrapeToken) {
        this.tokens = tokens;
        this.users = users;
        if (scrapeToken != null && !scrapeToken.isBlank() && scrapeToken.trim().length() < 32) {
            throw new IllegalStateException("CONSTABLE_METRICS_TOKEN must be at least 32 characters.");
        }
        this.scrapeTokenHash = scrapeToken == null || scrapeToken.isBlank() ? null : sha256(scrapeToken.trim());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(7).trim();
        if (scrapeTokenHash != null
                && METRICS_PATH.equals(request.getRequestURI())
                && MessageDigest.isEqual(scrapeTokenHash, sha256(presented))) {
            authenticate(
                    request,
                    response,
                    chain,
                    UsernamePasswordAuthenticationToken.authenticated(
                            "metrics-scraper", null, List.of(new SimpleGrantedAuthority(SCRAPE_AUTHORITY))));
            return;
        }
        Optional<ApiTokenService.LiveToken> live = tokens.authenticate(presented);
        Optional<UserAccount> user =
                live.flatMap(t -> users.findById(t.userId())).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemResponses.write(response, 401, "Unauthorized", "The bearer token is unknown, revoked or expired.");
            return;
        }
        request.setAttribute(
                SessionKeys.BEARER_KEY, SessionKeys.ofToken(live.get().tokenId()));
        authenticate(
                request,
                response,
                chain,
                UsernamePasswordAuthenticationToken.authenticated(
                        user.get().username(),
                        null,
                        List.of(
                                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                                FactorGrantedAuthority.fromAuthority(TotpSecondFactor.AUTHORITY))));
    }

    private void authenticate(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            UsernamePasswordAuthenticationToken auth)
            throws ServletException, IOException {
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
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

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
