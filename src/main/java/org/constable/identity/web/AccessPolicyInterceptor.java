package org.constable.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.PublicEndpoint;
import org.constable.shared.RecordRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

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
        Long recordId = guarded.orByRuleOnRecord().isEmpty() ? null : pathId(request);
        if (recordId != null) {
            policy.requireRecordAccess(
                    actors.require(), guarded.value(), RecordRef.of(guarded.orByRuleOnRecord(), recordId));
        } else {
            policy.require(actors.require(), guarded.value());
        }
        return true;
    }

    /** The {@code {id}} of the request's path, when there is one and it is a number. */
    private static @Nullable Long pathId(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof java.util.Map<?, ?> map && map.get("id") instanceof String id && id.matches("\\d{1,18}")) {
            return Long.valueOf(id);
        }
        return null;
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
