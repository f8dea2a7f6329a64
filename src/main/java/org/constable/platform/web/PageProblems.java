package org.constable.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.constable.shared.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a readable page with the same status an API client would get. Nothing is changed. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(RecordNotFound.class)
    String notFound(RecordNotFound e, Model model, HttpServletResponse response) {
        return page(model, response, 404, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(model, response, 403, "Not allowed", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    String invalid(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 400, "Please check what you entered", e.getMessage());
    }

    @ExceptionHandler(org.constable.shared.Conflict.class)
    String refused(org.constable.shared.Conflict e, Model model, HttpServletResponse response) {
        return page(model, response, 409, "Not possible now", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(OptimisticLockingFailureException e, Model model, HttpServletResponse response) {
        return page(
                model,
                response,
                409,
                "Changed by someone else",
                "Someone else changed this record while you were editing. Open it again to see their change; yours was not saved.");
    }

    private static String page(Model model, HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "error";
    }
}
