package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The GET endpoints of the application's own OpenAPI document, and how the tests that walk all of
 * them fill a path's ids and the required query parameters: one place for the purpose test and the
 * adversarial walk, so a new endpoint is met the same way by both.
 */
final class OpenApiGets {

    /** A GET endpoint as documented: its path template, its parameters, and whether it is an event stream. */
    record Endpoint(String path, List<JsonNode> parameters, boolean stream) {}

    private OpenApiGets() {}

    /** Every GET endpoint of {@code /api/v1/openapi}. */
    static List<Endpoint> read(Api api) {
        var doc = api.get("/api/v1/openapi", null);
        assertThat(doc.status()).as(doc.body()).isEqualTo(200);
        List<Endpoint> endpoints = new ArrayList<>();
        JsonNode paths = Json.read(doc.body()).get("paths");
        for (String path : paths.propertyNames()) {
            JsonNode get = paths.get(path).get("get");
            if (get == null) {
                continue;
            }
            List<JsonNode> parameters = new ArrayList<>();
            get.path("parameters").forEach(parameters::add);
            boolean stream = get.path("responses").toString().contains("text/event-stream");
            endpoints.add(new Endpoint(path, parameters, stream));
        }
        return endpoints;
    }

    /**
     * The path with each id in its path variables, one path per id; the template itself when it has
     * none; null when it has some and no ids are given (a new endpoint the walk must be told of).
     */
    static List<String> withIds(String template, List<Long> ids) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        return ids == null
                ? null
                : ids.stream()
                        .map(id -> template.replaceAll("\\{[^}]+}", Long.toString(id)))
                        .toList();
    }

    /**
     * A query string with a value for each required query parameter (the purpose aside): {@code
     * from} {@code daysBack} days ago and {@code to} tomorrow (dates or instants as documented), the
     * others from {@code values}; appended to {@code start} (a query string or ""). Null if a required
     * parameter has no value, so a new one is reported rather than skipped.
     */
    static String requiredQuery(
            Endpoint e, String start, MutableClock clock, int daysBack, Map<String, String> values) {
        StringBuilder q = new StringBuilder(start);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        for (JsonNode p : e.parameters()) {
            String name = p.get("name").asString();
            boolean required = p.has("required") && p.get("required").asBoolean();
            if (!required || !"query".equals(p.get("in").asString()) || name.equals("purpose")) {
                continue;
            }
            String format = p.path("schema").path("format").asString("");
            String value = switch (name) {
                case "from" ->
                    format.equals("date")
                            ? today.minusDays(daysBack).toString()
                            : clock.instant().minus(Duration.ofDays(daysBack)).toString();
                case "to" ->
                    format.equals("date")
                            ? today.plusDays(1).toString()
                            : clock.instant().plus(Duration.ofDays(1)).toString();
                default -> values.get(name);
            };
            if (value == null) {
                return null;
            }
            q.append(q.isEmpty() ? '?' : '&').append(name).append('=').append(enc(value));
        }
        return q.toString();
    }

    /** The permission the handler of {@code GET path} is guarded by. */
    static Permission permissionOf(RequestMappingHandlerMapping mappings, String path) {
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            if (info.getPathPatternsCondition() == null
                    || !info.getPathPatternsCondition().getPatternValues().contains(path)) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            Guarded g = entry.getValue().getMethodAnnotation(Guarded.class);
            if (g != null) {
                return g.value();
            }
        }
        throw new AssertionError("no guarded GET handler for " + path);
    }
}
