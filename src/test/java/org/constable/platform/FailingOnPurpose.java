package org.constable.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Test only: endpoints and a filter that fail the ways real code can, each with a secret in the
 * exception's message that must never reach a response. The endpoints are added to the shared
 * application context's handler mapping only while ErrorBodiesAreProblemsTest runs ({@link
 * #register}), so that the tests that walk every endpoint never meet them and the test needs no
 * application context of its own (ADR 0062); the filter, inert for every other address, is part of
 * the shared context (see ConstableHttpTest).
 */
public final class FailingOnPurpose {

    static final String SECRET = "SECRET-DETAIL-jdbc:postgresql://db/constable password=hunter2";

    private FailingOnPurpose() {}

    /** Adds the failing endpoints to the running application; returns what to remove afterwards. */
    static List<RequestMappingInfo> register(RequestMappingHandlerMapping mappings) {
        List<RequestMappingInfo> added = new ArrayList<>();
        for (Object handler : List.of(new Api(), new Page())) {
            for (Method method : handler.getClass().getDeclaredMethods()) {
                GetMapping get = method.getAnnotation(GetMapping.class);
                if (get == null) {
                    continue;
                }
                RequestMappingInfo info = RequestMappingInfo.paths(get.value())
                        .methods(RequestMethod.GET)
                        .options(mappings.getBuilderConfiguration())
                        .build();
                mappings.registerMapping(info, handler, method);
                added.add(info);
            }
        }
        return added;
    }

    static void unregister(RequestMappingHandlerMapping mappings, List<RequestMappingInfo> added) {
        added.forEach(mappings::unregisterMapping);
    }

    @TestComponent // kept out of the application's component scan: added by register(), not as a bean
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

    /** Throws for one address only; part of every shared context, inert for every other request. */
    @TestComponent
    public static class FailingFilter extends OncePerRequestFilter {
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
