package org.constable.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
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
 *
 * <p>One transaction per keyed request (ADR 0074): the filter opens it, holds the key with a lock
 * that ends with the transaction, lets the handler's work join it, and stores the answer in it, so
 * the work and its key commit together or not at all. A request that dies leaves nothing behind
 * and its key is free at once; a second request with the key while the first runs waits for
 * it (at most 3 s, ADR 0113) and is answered with what it committed, or 409 with Retry-After if it
 * still runs. If the commit goes unanswered, the key's row in the database tells whether the work
 * is durable, and the client is answered from it rather than by a guess.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    /** How long the answer to an unanswered commit waits for the old transaction to end. */
    private static final int RESOLVE_WAIT_SECONDS = 10;
    /**
     * How long a duplicate sent while its first request runs waits for that request's commit, to be
     * answered with it (ADR 0113); a first request still running after this is answered 409.
     */
    private static final long DUPLICATE_WAIT_MILLIS = 3000;

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final tools.jackson.databind.json.JsonMapper json =
            tools.jackson.databind.json.JsonMapper.builder().build();

    public IdempotencyFilter(
            IdempotencyKeys keys,
            PlatformTransactionManager transactions,
            Clock clock,
            AccessPolicy policy,
            CurrentActor actors,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.keys = keys;
        this.transactions = transactions;
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
        TransactionStatus tx = transactions.getTransaction(TransactionDefinition.withDefaults());
        try {
            if (!keys.holdWithin(owner, key, DUPLICATE_WAIT_MILLIS)) {
                rollbackQuietly(tx);
                inProgress(response);
                return;
            }
            Optional<IdempotencyKeys.Stored> existing = keys.find(owner, key);
            if (existing.isPresent() && !existing.get().finished()) {
                // a claim committed by a request that died: nobody holds the key, so nobody answers it
                keys.forgetUnanswered(owner, key);
                existing = Optional.empty();
            }
            if (existing.isPresent()) {
                rollbackQuietly(tx);
                answerFromStore(existing.get(), hash, request, response);
                return;
            }
            ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
            chain.doFilter(new CachedBodyRequest(request, body), wrapped);
            IdempotencyKeys.Answer answer = new IdempotencyKeys.Answer(
                    wrapped.getStatus(),
                    wrapped.getContentType(),
                    wrapped.getContentAsByteArray(),
                    wrapped.getHeader("Location"));
            if (answer.status() >= 500) {
                // server errors are not stored, and whatever the request did is undone: a retry can still succeed
                rollbackQuietly(tx);
            } else if (tx.isRollbackOnly()) {
                // refused after something was written: undo it, and keep the refusal on its own
                rollbackQuietly(tx);
                if (answer.status() >= 400) {
                    storeRefusal(owner, key, request, hash, answer);
                }
            } else {
                keys.store(owner, key, request.getMethod(), request.getRequestURI(), hash, answer, clock.instant());
                try {
                    transactions.commit(tx);
                } catch (RuntimeException unanswered) {
                    resolveUnansweredCommit(owner, key, hash, unanswered, response);
                    return;
                }
            }
            wrapped.copyBodyToResponse();
        } finally {
            if (!tx.isCompleted()) {
                rollbackQuietly(tx);
            }
        }
    }

    /**
     * The commit was sent but its answer did not come back (the connection ended): the work may or
     * may not be durable. The key's row commits with the work, so the database says which: once the
     * old transaction has surely ended (its hold on the key is gone), the row is there or it is not.
     * The key is never given up on a guess.
     */
    private void resolveUnansweredCommit(
            String owner, String key, String hash, RuntimeException unanswered, HttpServletResponse response)
            throws IOException {
        Optional<IdempotencyKeys.Stored> outcome;
        try {
            outcome = new TransactionTemplate(transactions).execute(s -> {
                keys.hold(owner, key, RESOLVE_WAIT_SECONDS);
                return keys.find(owner, key);
            });
        } catch (RuntimeException stillUnreachable) {
            log.warn(
                    "The commit of a request with an Idempotency-Key went unanswered ({}) and its outcome "
                            + "could not be read yet ({}); the client is told to retry with the same key",
                    unanswered.getMessage(),
                    stillUnreachable.getMessage());
            resetUnlessSent(response);
            unavailable(response, "The outcome is not known yet. Retry with the same Idempotency-Key to learn it.");
            return;
        }
        resetUnlessSent(response);
        if (outcome != null && outcome.isPresent() && outcome.get().finished()) {
            log.warn(
                    "The commit of a request went unanswered ({}) but it is durable: answering it from its key",
                    unanswered.getMessage());
            replay(outcome.get(), hash, response);
            return;
        }
        log.warn("The commit of a request went unanswered ({}) and it is not durable", unanswered.getMessage());
        unavailable(response, "Nothing was saved. Retry with the same Idempotency-Key.");
    }

    /**
     * Keeps a 4xx whose work was rolled back, so that a replay answers the same; skipped if the key
     * was taken meanwhile, and only logged if it fails (a retry is then refused afresh).
     */
    private void storeRefusal(
            String owner, String key, HttpServletRequest request, String hash, IdempotencyKeys.Answer answer) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                if (keys.tryHold(owner, key) && keys.find(owner, key).isEmpty()) {
                    keys.store(owner, key, request.getMethod(), request.getRequestURI(), hash, answer, clock.instant());
                }
            });
        } catch (RuntimeException e) {
            log.warn("A refusal was answered but not kept for its Idempotency-Key: {}", e.getMessage());
        }
    }

    private static void resetUnlessSent(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.reset();
        }
    }

    private void rollbackQuietly(TransactionStatus tx) {
        try {
            transactions.rollback(tx);
        } catch (RuntimeException e) {
            log.debug("Rollback after a failed request failed too: {}", e.getMessage());
        }
    }

    private void answerFromStore(
            IdempotencyKeys.Stored stored, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (stored.requestHash().equals(hash) && !stillAllowed(request)) {
            writeProblem(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Forbidden",
                    "You may no longer do this, so the stored response is not replayed.");
            return;
        }
        replay(stored, hash, response);
    }

    private void inProgress(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        writeProblem(
                response,
                HttpStatus.CONFLICT,
                "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry shortly.");
    }

    private void unavailable(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("Retry-After", ProblemCatalogue.RETRY_AFTER_SECONDS);
        writeProblem(response, HttpStatus.SERVICE_UNAVAILABLE, "Outcome not confirmed", detail);
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
            inProgress(response);
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
}
