package org.constable.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.constable.platform.api.ProblemCatalogue.Problem;
import org.constable.shared.InvalidInput;
import org.constable.shared.InvalidInput.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every error of an API handler as an RFC 9457 problem detail (application/problem+json), drawn
 * from {@link ProblemCatalogue}. The body always has {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} and {@code correlationId}; a request at fault adds
 * {@code errors} (a list of {@code field} and {@code message}) and, when one field is at fault,
 * {@code field}; a missing record adds {@code kind} and {@code id}. Nothing here decides anything.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> problem(Exception e, HttpServletRequest request) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e; // nobody is listening; let the container drop it quietly
        }
        Problem p = ProblemCatalogue.describe(e);
        logServerFault(p, e, request);
        return response(p, request.getRequestURI());
    }

    /** The response for a problem, with problem+json whatever the client asked to accept. */
    public static ResponseEntity<ProblemDetail> response(Problem p, String instance) {
        return ResponseEntity.status(p.status())
                .headers(p.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(p, instance));
    }

    public static ProblemDetail body(Problem p, String instance) {
        ProblemDetail detail = problem(p.status(), p.title(), p.detail());
        if (instance != null) {
            detail.setInstance(URI.create(safePath(instance)));
        }
        if (!p.errors().isEmpty()) {
            detail.setProperty("errors", fieldErrors(p.errors()));
            if (p.errors().stream().map(FieldError::field).distinct().count() == 1) {
                detail.setProperty("field", p.errors().get(0).field());
            }
        }
        p.properties().forEach(detail::setProperty);
        return detail;
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

    /**
     * A 500 is logged in full with its correlation id, since the response says nothing of it; an
     * IllegalArgumentException that is not an {@link InvalidInput} is logged as a warning with where
     * it was thrown, since the user was told only that a value was not valid.
     */
    public static void logServerFault(Problem p, Throwable e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // the client hung up (a cut upload, a closed tab): nothing failed on this side
            log.info(
                    "Client went away during {} {} (correlation {})",
                    request.getMethod(),
                    safePath(requestedUri(request)),
                    MDC.get("correlationId"));
            return;
        }
        if (p.serverFault() && p.status() != HttpStatus.SERVICE_UNAVAILABLE) {
            log.error(
                    "Server fault on {} {} (correlation {})",
                    request.getMethod(),
                    safePath(requestedUri(request)),
                    MDC.get("correlationId"),
                    e);
        } else if (p.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            log.error("Service unavailable on {}: {}", safePath(requestedUri(request)), e.toString());
        } else if (e instanceof IllegalArgumentException && !(e instanceof InvalidInput)) {
            // answered with a generic 400; an internal check that fired is a bug someone must see.
            // The message is left out: it may quote what the user sent
            StackTraceElement[] trace = e.getStackTrace();
            log.warn(
                    "Refused without words for the user on {} {} (correlation {}): {} thrown at {}",
                    request.getMethod(),
                    safePath(requestedUri(request)),
                    MDC.get("correlationId"),
                    e.getClass().getName(),
                    trace.length == 0 ? "?" : trace[0]);
        }
    }

    /** On the error dispatch the request names /error; the log must name what the user asked for. */
    private static String requestedUri(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .map(f -> Map.of("field", f.field(), "message", f.message()))
                .toList();
    }

    /** The path as a URI reference, without anything a URI may not hold. */
    static String safePath(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            sb.append(c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' ? c : '_');
        }
        return sb.toString();
    }
}
