package org.constable.platform.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditRecord;
import org.constable.shared.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error as an RFC 9457 problem detail, with field errors where a request was invalid.
 * Nothing here decides anything: it only says what went wrong in a form clients can read.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or wrong.");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::fieldError)
                .toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are missing or wrong.");
        p.setProperty(
                "errors",
                e.getParameterValidationResults().stream()
                        .flatMap(r -> r.getResolvableErrors().stream()
                                .map(err -> Map.of(
                                        "field",
                                                String.valueOf(
                                                        r.getMethodParameter().getParameterName()),
                                        "message", String.valueOf(err.getDefaultMessage()))))
                        .toList());
        return p;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(
                HttpStatus.BAD_REQUEST, "Unreadable request", "The request body or a parameter could not be read.");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class})
    ProblemDetail missing(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(AuditRecord.MissingPurpose.class)
    ProblemDetail missingPurpose(AuditRecord.MissingPurpose e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Purpose required", e.getMessage());
        p.setProperty("errors", List.of(Map.of("field", "purpose", "message", e.getMessage())));
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage());
    }

    @ExceptionHandler(org.constable.audit.AuditWriteFailed.class)
    ProblemDetail auditUnavailable(org.constable.audit.AuditWriteFailed e) {
        log.error("Audit write failed: {}", e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Audit trail unavailable",
                "The access could not be recorded in the audit trail, so nothing was shown or changed. Try again shortly.");
    }

    @ExceptionHandler(org.constable.shared.Conflict.class)
    ProblemDetail refused(org.constable.shared.Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "Someone else changed this record; reload it and try again.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data.");
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        String correlation = MDC.get("correlationId");
        if (correlation != null) {
            p.setProperty("correlationId", correlation);
        }
        return p;
    }

    private static Map<String, String> fieldError(FieldError f) {
        return Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()));
    }
}
