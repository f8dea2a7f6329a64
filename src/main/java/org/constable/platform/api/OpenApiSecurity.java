package org.constable.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.constable.identity.PublicEndpoint;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says how to sign in: a bearer token from {@code POST /api/v1/tokens}, or
 * the session cookie of a browser signed in with both factors. Every operation needs one of the
 * two, except those marked {@link PublicEndpoint}, which declare no requirement.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    static final String BEARER = "bearerToken";
    static final String SESSION = "sessionCookie";

    @Bean
    OpenAPI constableOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Constable API")
                        .version("v1")
                        .description("REST/JSON under /api/v1. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from POST /api/v1/tokens (password and one-time code)."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description(
                                                "The session of a browser signed in with password and one-time code;"
                                                        + " writes also need the CSRF token.")))
                .security(
                        List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
    }

    @Bean
    OperationCustomizer publicEndpointsNeedNoSignIn() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PublicEndpoint.class)
                    || handler.getBeanType().isAnnotationPresent(PublicEndpoint.class)) {
                operation.setSecurity(List.of());
            }
            return operation;
        };
    }
}
