package org.constable.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test only: endpoints and a filter that fail the ways real code can, each with a secret in the
 * exception's message that must never reach a response. Imported only by ErrorBodiesAreProblemsTest.
 */
final class FailingOnPurpose {

    static final String SECRET = "SECRET-DETAIL-jdbc:postgresql://db/constable password=hunter2";

    private FailingOnPurpose() {}

    @TestComponent
    @RestController
    static class Api {
        @GetMapping("/api/v1/test-failures/bug")
        @Guarded(Permission.SIGNED_IN)
        String bug() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/api/v1/test-failures/library")
        @Guarded(Permission.SIGNED_IN)
        String library() {
            return Thread.State.valueOf(SECRET).name();
        }

        /** Constable's own code, but not words for users: an internal check that a request reached. */
        @GetMapping("/api/v1/test-failures/own-check")
        @Guarded(Permission.SIGNED_IN)
        String ownCheck() {
            throw new IllegalArgumentException(SECRET);
        }

        /** A user's mistake, said for the user. */
        @GetMapping("/api/v1/test-failures/user-mistake")
        @Guarded(Permission.SIGNED_IN)
        String userMistake() {
            throw new InvalidInput("callsign", "callsign must be 2 to 10 letters and digits.");
        }

        @GetMapping("/api/v1/test-failures/internal-check")
        @Guarded(Permission.SIGNED_IN)
        String internalCheck() {
            return RecordRef.of(SECRET, 1).toString();
        }
    }

    @TestComponent
    @Controller
    static class Page {
        @GetMapping("/test-failures/bug")
        @Guarded(Permission.SIGNED_IN)
        String bug() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test-failures/own-check")
        @Guarded(Permission.SIGNED_IN)
        String ownCheck() {
            throw new IllegalArgumentException(SECRET);
        }
    }

    @TestComponent
    static class FailingFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestURI().endsWith("/test-failures/in-a-filter")) {
                throw new IllegalStateException(SECRET);
            }
            chain.doFilter(request, response);
        }
    }
}
