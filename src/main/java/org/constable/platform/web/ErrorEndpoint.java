package org.constable.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.constable.identity.PublicEndpoint;
import org.constable.platform.api.ApiProblems;
import org.constable.platform.api.ProblemCatalogue;
import org.constable.platform.api.ProblemCatalogue.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container's error page, reached for every error no handler answered: exceptions raised in
 * filters, errors the container or Spring Security sent, requests no handler took (404, 405, 415).
 * API addresses get an RFC 9457 problem, pages the readable error page, both from
 * {@link ProblemCatalogue}. A visit to /error itself, with no error behind it, is a plain 404.
 */
@Controller
@PublicEndpoint(because = "an error must be answered whoever asked, signed in or not")
class ErrorEndpoint implements ErrorController {

    /** A request attribute a filter may set to the exception it refused the request with, before sendError. */
    static final String REFUSAL = ErrorEndpoint.class.getName() + ".refusal";

    private final ErrorAttributes errors;
    private final JsonMapper json;

    ErrorEndpoint(ErrorAttributes errors, JsonMapper json) {
        this.errors = errors;
        this.json = json;
    }

    /** A view name for a page; null once an API problem has been written. */
    @RequestMapping("/error")
    @Nullable String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        // the error dispatch runs after the correlation filter has cleared the log context: take the id it sent
        String correlation = response.getHeader(CorrelationIdFilter.HEADER);
        boolean restore = correlation != null && MDC.get("correlationId") == null;
        if (restore) {
            MDC.put("correlationId", correlation);
        }
        try {
            return answer(request, response, model);
        } finally {
            if (restore) {
                MDC.remove("correlationId");
            }
        }
    }

    private @Nullable String answer(HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException {
        Problem p = problem(request);
        String uri = originalUri(request);
        if (!isApi(uri)) {
            p.headers().forEach((name, values) -> values.forEach(v -> response.setHeader(name, v)));
            return PageProblems.page(model, response, p);
        }
        ResponseEntity<ProblemDetail> entity = ApiProblems.response(p, uri);
        response.resetBuffer();
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(v -> response.setHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(entity.getBody()));
        return null;
    }

    private Problem problem(HttpServletRequest request) {
        Throwable refusal = request.getAttribute(REFUSAL) instanceof Throwable t
                ? t
                : errors.getError(new ServletWebRequest(request));
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (refusal != null) {
            Problem p = ProblemCatalogue.describe(refusal);
            ApiProblems.logServerFault(p, refusal, request);
            return p;
        }
        return ProblemCatalogue.forStatus(status instanceof Integer code ? code : 404);
    }

    private static String originalUri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String s ? s : request.getRequestURI();
    }

    static boolean isApi(String uri) {
        return uri.startsWith("/api/") || uri.startsWith("/actuator/");
    }
}
