package org.constable.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.PublicEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the Idempotency-Key header on every POST under /api/v1: the same key with the same
 * request (path, query string and body) gets the first response again; the same key with another
 * request is 422. Keys belong to the user who sent them, and a replay is given only while that
 * user may still call the endpoint: AccessPolicy is asked again, as for a first request. Server
 * errors are not stored, so a retry can still succeed. Token issue is the one POST left out: each
 * call issues a new token, and its response must never be stored.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final tools.jackson.databind.json.JsonMapper json =
            tools.jackson.databind.json.JsonMapper.builder().build();

    public IdempotencyFilter(
            IdempotencyKeys keys,
            Clock clock,
            AccessPolicy policy,
            CurrentActor actors,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.keys = keys;
        this.clock = clock;
        this.policy = policy;
        this.actors = actors;
        this.mappings = mappings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Token issue is left out on purpose: a stored response would keep the bearer token in clear.
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/v1/")
                || request.getRequestURI().startsWith("/api/v1/tokens")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!key.matches("[\\x21-\\x7e]{1,255}")) {
            writeProblem(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Invalid Idempotency-Key",
                    "The Idempotency-Key must be 1 to 255 visible ASCII characters.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String owner = owner();
        String query = request.getQueryString();
        String hash = sha256(
                request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n", body);
        Optional<IdempotencyKeys.Stored> existing = keys.find(owner, key);
        if (existing.isEmpty()
                && !keys.claim(owner, key, request.getMethod(), request.getRequestURI(), hash, clock.instant())) {
            existing = keys.find(owner, key);
        }
        if (existing.isPresent()) {
            if (existing.get().requestHash().equals(hash) && !stillAllowed(request)) {
                writeProblem(
                        response,
                        HttpStatus.FORBIDDEN,
                        "Forbidden",
                        "You may no longer do this, so the stored response is not replayed.");
                return;
            }
            replay(existing.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), wrapped);
            if (wrapped.getStatus() < 500) {
                keys.complete(
                        owner,
                        key,
                        wrapped.getStatus(),
                        wrapped.getContentType(),
                        wrapped.getContentAsByteArray(),
                        wrapped.getHeader("Location"));
                stored = true;
            }
        } finally {
            if (!stored) {
                keys.release(owner, key);
            }
            wrapped.copyBodyToResponse();
        }
    }

    private void replay(IdempotencyKeys.Stored stored, String hash, HttpServletResponse response) throws IOException {
        if (!stored.requestHash().equals(hash)) {
            writeProblem(
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request.");
            return;
        }
        if (!stored.finished()) {
            writeProblem(
                    response,
                    HttpStatus.CONFLICT,
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
            return;
        }
        response.setStatus(Objects.requireNonNull(stored.status(), "a finished request has a status"));
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    /**
     * Whether the user replaying may still call this endpoint: the permission its handler declares,
     * asked of AccessPolicy with the user's current roles (a refusal is audited as usual).
     */
    private boolean stillAllowed(HttpServletRequest request) {
        Optional<Actor> actor = actors.get();
        if (actor.isEmpty()) {
            return false;
        }
        HandlerMethod method;
        try {
            HandlerExecutionChain chain = mappings.getObject().getHandler(request);
            if (chain == null || !(chain.getHandler() instanceof HandlerMethod m)) {
                return false;
            }
            method = m;
        } catch (Exception e) {
            return false;
        }
        Guarded guarded = method.getMethodAnnotation(Guarded.class);
        if (guarded == null) {
            guarded = method.getBeanType().getAnnotation(Guarded.class);
        }
        if (guarded == null) {
            return method.hasMethodAnnotation(PublicEndpoint.class)
                    || method.getBeanType().isAnnotationPresent(PublicEndpoint.class);
        }
        try {
            policy.require(actor.get(), guarded.value());
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail p = ApiProblems.problem(status, title, detail);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(p.getType()));
        body.put("title", p.getTitle());
        body.put("status", p.getStatus());
        body.put("detail", p.getDetail());
        if (p.getProperties() != null) {
            body.putAll(p.getProperties());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private static String owner() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "anonymous" : auth.getName();
    }

    private static String sha256(String prefix, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prefix.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the body be read again after it was hashed. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
