package org.constable.platform.api;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the OpenAPI document's schemas so that two types never share one. By default a schema is
 * named by the type's simple name, so the calls reconciliation's {@code Report} and the response
 * times' {@code Report} became one schema, and the document described one endpoint with the other's
 * fields. A type declared inside another is named with its enclosing types first
 * ({@code CallReconciliationReport}, {@code ResponseReportReport}); a top-level type keeps its name.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSchemaNames {

    @Bean
    ModelResolver constableModelResolver(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new EnclosingTypeNames());
    }

    /** A nested type's schema name: its enclosing types' simple names, then its own. */
    static final class EnclosingTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = super.getNameOfClass(type);
            if (getUseFqn() || !type.getName().startsWith("org.constable.")) {
                return name;
            }
            StringBuilder qualified = new StringBuilder(type.getSimpleName());
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                qualified.insert(0, outer.getSimpleName());
            }
            return qualified.toString();
        }
    }
}
