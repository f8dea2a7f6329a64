package org.constable.platform.api;

import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditWriteFailed;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.InvalidInput.FieldError;
import org.constable.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one table from "what went wrong" to what the user is told: status, title, a detail meant for
 * people and, where the request was at fault, the fields. API problems and error pages are both
 * drawn from it, so the two never disagree. A detail never carries the message of an exception
 * raised by a library or an internal check, and a 500 never carries any exception's message.
 */
public final class ProblemCatalogue {

    /** What the user is told. {@code headers} are those the status needs (Allow for 405, Accept for 415). */
    public record Problem(
            HttpStatus status,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, Object> properties,
            HttpHeaders headers) {

        static Problem of(HttpStatus status, String title, String detail) {
            return new Problem(status, title, detail, List.of(), Map.of(), HttpHeaders.EMPTY);
        }

        static Problem invalid(String detail, List<FieldError> errors) {
            return new Problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors, Map.of(), HttpHeaders.EMPTY);
        }

        Problem withHeaders(HttpHeaders more) {
            return new Problem(status, title, detail, errors, properties, more);
        }

        public boolean serverFault() {
            return status.is5xxServerError();
        }
    }

    public static final String SERVER_FAULT =
            "Something went wrong on our side. Nothing about it is shown here; quote the reference when you report it.";

    /** The detail for an IllegalArgumentException that is not an {@link InvalidInput}. */
    static final String NOT_VALID = "A value in the request is not valid.";

    private ProblemCatalogue() {}

    public static Problem describe(Throwable e) {
        RequestTooLarge tooLarge = causeOf(e, RequestTooLarge.class);
        if (tooLarge != null) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large", tooLarge.getMessage());
        }
        if (e instanceof AuditRecord.MissingPurpose m) {
            return new Problem(
                    HttpStatus.BAD_REQUEST,
                    "Purpose required",
                    m.getMessage(),
                    List.of(new FieldError("purpose", m.getMessage())),
                    Map.of(),
                    HttpHeaders.EMPTY);
        }
        if (e instanceof InvalidInput i) {
            return Problem.invalid(i.getMessage(), i.errors());
        }
        if (e instanceof RecordNotFound n) {
            return notFound(n);
        }
        if (e instanceof BindException b) {
            return fields(b.getBindingResult().getFieldErrors().stream()
                    .map(ProblemCatalogue::fieldError)
                    .toList());
        }
        if (e instanceof HandlerMethodValidationException v) {
            return fields(v.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(err -> {
                        String name = String.valueOf(r.getMethodParameter().getParameterName());
                        return new FieldError(name, name + " " + err.getDefaultMessage());
                    }))
                    .toList());
        }
        if (e instanceof HttpMessageNotReadableException u) {
            return unreadable(u);
        }
        if (e instanceof TypeMismatchException t) {
            String field = t.getPropertyName() == null ? "a parameter" : t.getPropertyName();
            return single(field, field + " must be " + AllowedValues.of(t.getRequiredType()) + ".");
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return single(m.getParameterName(), m.getParameterName() + " is required.");
        }
        if (e instanceof MissingRequestHeaderException m) {
            return single(m.getHeaderName(), "The header " + m.getHeaderName() + " is required.");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of(HttpStatus.FORBIDDEN, "Forbidden", deniedDetail(e));
        }
        if (e instanceof AuthenticationException) {
            return Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in, or send a bearer token.");
        }
        if (e instanceof AuditWriteFailed) {
            return Problem.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Audit trail unavailable",
                            "The access could not be recorded in the audit trail, so nothing was shown or changed. Try again shortly.")
                    .withHeaders(retryAfter());
        }
        if (databaseUnreachable(e)) {
            return Problem.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Database unavailable",
                            "The records cannot be reached just now. Try again in a few seconds; if you were saving"
                                    + " something, check whether it was saved before you enter it again.")
                    .withHeaders(retryAfter());
        }
        if (e instanceof Conflict c) {
            return Problem.of(HttpStatus.CONFLICT, "Conflict", c.getMessage());
        }
        if (e instanceof OptimisticLockingFailureException) {
            return Problem.of(
                    HttpStatus.CONFLICT, "Conflict", "Someone else changed this record; reload it and try again.");
        }
        if (e instanceof ConcurrencyFailureException) {
            // a deadlock or a lock wait given up: another request changed the same records at that moment
            return Problem.of(
                    HttpStatus.CONFLICT,
                    "Conflict",
                    "Someone else was changing the same records at that moment; reload and try again.");
        }
        if (e instanceof DataIntegrityViolationException) {
            return Problem.of(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data.");
        }
        if (e instanceof ErrorResponse r) {
            return framework(e, r);
        }
        if (e instanceof IllegalArgumentException i) {
            // only InvalidInput (above) carries words for users; any other, whoever raised it, is
            // answered without its message (ADR 0058)
            return Problem.invalid(NOT_VALID, List.of());
        }
        if (e instanceof DateTimeException) {
            return Problem.invalid("A date or time in the request is not valid.", List.of());
        }
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", SERVER_FAULT);
    }

    /** A status reached without an exception (the container's own errors, a direct visit to /error). */
    public static Problem forStatus(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null || status.is5xxServerError()) {
            return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", SERVER_FAULT);
        }
        return switch (status) {
            case NOT_FOUND -> Problem.of(status, "Not found", "There is nothing at this address.");
            case BAD_REQUEST ->
                Problem.of(
                        status,
                        "Bad request",
                        "The request could not be read: the address or a header holds something that is not allowed.");
            case UNAUTHORIZED -> Problem.of(status, "Unauthorized", "Sign in, or send a bearer token.");
            case FORBIDDEN -> Problem.of(status, "Forbidden", "You may not do this.");
            default -> Problem.of(status, status.getReasonPhrase(), status.getReasonPhrase() + ".");
        };
    }

    /** Whether Constable's own code (not Spring Security) raised a refusal, with a message. */
    private static boolean thrownByConstable(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0 || e.getMessage() == null) {
            return false;
        }
        String thrower = trace[0].getClassName();
        return thrower.startsWith("org.constable.");
    }

    private static Problem notFound(RecordNotFound n) {
        Map<String, Object> properties = Map.of("kind", n.kind(), "id", n.id());
        List<FieldError> errors = n.field() == null ? List.of() : List.of(new FieldError(n.field(), n.getMessage()));
        return new Problem(HttpStatus.NOT_FOUND, "Not found", n.getMessage(), errors, properties, HttpHeaders.EMPTY);
    }

    private static Problem unreadable(HttpMessageNotReadableException e) {
        List<FieldError> errors = UnreadableInput.explain(e);
        if (!errors.isEmpty()) {
            return fields(errors);
        }
        InvalidInput refused = causeOf(e, InvalidInput.class);
        if (refused != null) {
            return Problem.invalid(refused.getMessage(), refused.errors());
        }
        return Problem.invalid(
                "The request body could not be read: send one JSON object (Content-Type: application/json).",
                List.of());
    }

    private static Problem framework(Throwable e, ErrorResponse r) {
        HttpStatus status = HttpStatus.resolve(r.getStatusCode().value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String detail;
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            Set<HttpMethod> allowed = m.getSupportedHttpMethods();
            detail = "This address does not take " + m.getMethod() + "."
                    + (allowed == null || allowed.isEmpty()
                            ? ""
                            : " It takes "
                                    + allowed.stream()
                                            .map(HttpMethod::name)
                                            .sorted()
                                            .collect(Collectors.joining(", "))
                                    + ".");
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            detail = "The body must be JSON: send it with Content-Type: application/json.";
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            detail = "This address answers in JSON only: accept application/json or application/problem+json.";
        } else if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            detail = "There is nothing at this address.";
        } else if (e instanceof MaxUploadSizeExceededException) {
            detail = "The request is too large.";
        } else if (status.is5xxServerError()) {
            detail = SERVER_FAULT;
        } else {
            detail = status.getReasonPhrase() + ".";
        }
        String title = status.is5xxServerError() ? "Server error" : status.getReasonPhrase();
        return Problem.of(status, title, detail).withHeaders(r.getHeaders());
    }

    private static FieldError fieldError(org.springframework.validation.FieldError f) {
        if (f.isBindingFailure() && f.contains(TypeMismatchException.class)) {
            Class<?> required = f.unwrap(TypeMismatchException.class).getRequiredType();
            return new FieldError(f.getField(), f.getField() + " must be " + AllowedValues.of(required) + ".");
        }
        if (f.isBindingFailure()) {
            return new FieldError(f.getField(), f.getField() + " could not be read.");
        }
        // Bean Validation's messages are words for users ("must not be blank")
        return new FieldError(f.getField(), f.getField() + " " + f.getDefaultMessage());
    }

    private static Problem single(String field, String message) {
        return Problem.invalid(message, List.of(new FieldError(field, message)));
    }

    private static Problem fields(List<FieldError> errors) {
        if (errors.size() == 1) {
            return Problem.invalid(errors.get(0).message(), errors);
        }
        return Problem.invalid(
                "Some fields are missing or wrong: "
                        + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "))
                        + ".",
                errors);
    }

    private static String deniedDetail(Throwable e) {
        // Constable's refusals are worded for users ("You can only update the unit you crew."); Spring
        // Security's own say only "Access Denied"
        String message = e.getMessage();
        return message != null && thrownByConstable(e) ? message : "You may not do this.";
    }

    /** Seconds a client is asked to wait before trying again when the database or audit trail is unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static HttpHeaders retryAfter() {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return h;
    }

    /**
     * The database could not be reached: no connection within the pool's timeout, a connection lost
     * in the middle of a request, or a transaction that could not begin (ADR 0076).
     */
    private static boolean databaseUnreachable(Throwable e) {
        return causeOf(e, CannotCreateTransactionException.class) != null
                || causeOf(e, DataAccessResourceFailureException.class) != null
                || causeOf(e, java.sql.SQLTransientConnectionException.class) != null
                || causeOf(e, java.sql.SQLNonTransientConnectionException.class) != null;
    }

    static <T extends Throwable> @Nullable T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
