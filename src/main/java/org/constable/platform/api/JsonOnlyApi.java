package org.constable.platform.api;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads and writes JSON only. Libraries on the class path (GraphHopper brings Jackson's XML
 * format, springdoc its YAML) would otherwise make Spring read and write XML, YAML, CBOR and Smile
 * too: each is another parser facing the network and another way to get past checks written with
 * JSON in mind. Request bodies also go through {@link RequestBodyRules}.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyApi implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(JsonOnlyApi::keepJsonOnly);
    }

    static void keepJsonOnly(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(JsonOnlyApi::speaksAnotherFormat);
        converters.replaceAll(c -> c instanceof JacksonJsonHttpMessageConverter json
                ? new JacksonJsonHttpMessageConverter(json.getMapper()
                        .rebuild()
                        .addModule(RequestBodyRules.module())
                        .build())
                : c);
    }

    private static boolean speaksAnotherFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(JsonOnlyApi::structuredButNotJson);
    }

    private static boolean structuredButNotJson(MediaType type) {
        String subtype = type.getSubtype();
        return subtype.equals("xml")
                || subtype.endsWith("+xml")
                || subtype.contains("yaml")
                || subtype.contains("cbor")
                || subtype.contains("smile");
    }
}
