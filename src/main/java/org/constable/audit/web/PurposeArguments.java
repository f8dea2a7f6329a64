package org.constable.audit.web;

import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves {@link Purpose} parameters: the query parameter, else the header, trimmed; absent or
 * blank is refused with {@link AuditRecord.MissingPurpose}, which the API answers as 400 naming
 * {@code purpose}. Access has been decided before this runs (the access interceptor comes first),
 * so a role without the permission still gets 403.
 */
@Configuration(proxyBeanMethods = false)
class PurposeArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Purpose.class) && parameter.getParameterType() == String.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        String purpose = request.getParameter(Purpose.PARAMETER);
        if (purpose == null || purpose.isBlank()) {
            purpose = request.getHeader(Purpose.HEADER);
        }
        if (purpose == null || purpose.isBlank()) {
            throw AuditRecord.MissingPurpose.ofRequest();
        }
        // control characters or an essay: 400 naming purpose here, never a refused audit batch later
        AuditRecord.requirePurpose(purpose.trim());
        return purpose.trim();
    }
}
