package org.constable.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.PublicEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Puts every controller method behind AccessPolicy before its arguments are even read. A method
 * with neither {@link Guarded} nor {@link PublicEndpoint} is refused: deny by default.
 */
@Component
public class AccessPolicyInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessPolicyInterceptor.class);

    private final AccessPolicy policy;
    private final CurrentActor actors;

    public AccessPolicyInterceptor(AccessPolicy policy, CurrentActor actors) {
        this.policy = policy;
        this.actors = actors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Guarded guarded = requirement(method);
        if (guarded == null) {
            if (method.hasMethodAnnotation(PublicEndpoint.class)
                    || method.getBeanType().isAnnotationPresent(PublicEndpoint.class)
                    || isFrameworkEndpoint(method)) {
                return true;
            }
            log.error("Refusing {}: it declares no @Guarded permission", method);
            throw new AccessDeniedException("This endpoint declares no permission, so nobody may use it.");
        }
        if (guarded.orByRecordRule()) {
            policy.requireSomewhere(actors.require(), guarded.value());
        } else {
            policy.require(actors.require(), guarded.value());
        }
        return true;
    }

    public static Guarded requirement(HandlerMethod method) {
        Guarded onMethod = method.getMethodAnnotation(Guarded.class);
        return onMethod != null ? onMethod : method.getBeanType().getAnnotation(Guarded.class);
    }

    /** The framework's own error and API-document endpoints. */
    public static boolean isFrameworkEndpoint(HandlerMethod method) {
        String type = method.getBeanType().getName();
        return type.startsWith("org.springframework.boot.") || type.startsWith("org.springdoc.");
    }
}
