package org.constable.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every POST operation in the application's own OpenAPI document, each with a sample body made from
 * its request schema (every property given a plausible value), so that a fuzzer can start from a body
 * that reaches validation and change one field at a time.
 */
final class ApiPostOperations {

    /** One POST operation: its path template and a sample body (null when it takes none). */
    record Operation(String path, JsonNode sample, List<String> fields) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    private final JsonNode components;

    private ApiPostOperations(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    static List<Operation> from(JsonNode document) {
        ApiPostOperations ops = new ApiPostOperations(document);
        List<Operation> found = new ArrayList<>();
        JsonNode paths = document.path("paths");
        List<String> names = new ArrayList<>(paths.propertyNames());
        names.sort(null);
        for (String path : names) {
            JsonNode post = paths.get(path).get("post");
            if (post == null) {
                continue;
            }
            JsonNode schema = post.path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            JsonNode sample = schema.isMissingNode() ? null : ops.sample(schema, 0);
            List<String> fields = new ArrayList<>();
            if (sample != null) {
                leaves(sample, "", fields);
            }
            found.add(new Operation(path, sample, List.copyOf(fields)));
        }
        return List.copyOf(found);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (s.has(combined) && s.get(combined).size() > 0) {
                return sample(s.get(combined).get(0), depth + 1);
            }
        }
        String type = s.path("type").isArray()
                ? s.path("type").get(0).asString()
                : s.path("type").asString("");
        if (type.isEmpty() && s.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                JsonNode props = s.path("properties");
                for (String name : props.propertyNames()) {
                    o.set(name, sample(props.get(name), depth + 1));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                a.add(sample(s.path("items"), depth + 1));
                return a;
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(53.45);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "string" -> {
                return NODES.stringNode(
                        switch (s.path("format").asString("")) {
                            case "date" -> "2026-11-30";
                            case "date-time" -> "2026-11-30T10:15:00Z";
                            case "uuid" -> "3f2b8c1e-0d4a-4f6b-9c7e-2a1b3c4d5e6f";
                            default -> "Fuzz";
                        });
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    /** JSON pointers of every value in the sample, containers included, the root last. */
    private static void leaves(JsonNode node, String pointer, List<String> into) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                leaves(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), pointer + "/" + i, into);
            }
        }
        into.add(pointer);
    }
}
