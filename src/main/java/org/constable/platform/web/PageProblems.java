package org.constable.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.constable.platform.api.ApiProblems;
import org.constable.platform.api.ProblemCatalogue;
import org.constable.platform.api.ProblemCatalogue.Problem;
import org.slf4j.MDC;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Errors on pages: a readable page with the same status and words an API client would get, from
 * the same {@link ProblemCatalogue}; never a stack trace or an exception's own message. Nothing is
 * changed. (API handlers are answered first by ApiProblems, which has the higher precedence.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(Exception.class)
    String problem(Exception e, Model model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e;
        }
        Problem p = ProblemCatalogue.describe(e);
        ApiProblems.logServerFault(p, e, request);
        p.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        return page(model, response, p);
    }

    static String page(Model model, HttpServletResponse response, Problem p) {
        response.setStatus(p.status().value());
        model.addAttribute("title", pageTitle(p));
        model.addAttribute("detail", p.detail());
        model.addAttribute("errors", p.errors().size() > 1 ? p.errors() : java.util.List.of());
        model.addAttribute("reference", p.serverFault() ? MDC.get("correlationId") : null);
        return "error";
    }

    private static String pageTitle(Problem p) {
        return switch (p.status()) {
            case BAD_REQUEST -> "Please check what you entered";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Not allowed";
            case CONFLICT -> "Not possible now";
            default -> p.serverFault() ? "Something went wrong" : p.title();
        };
    }
}
