package org.constable.testsupport;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of the application's OpenAPI document as a test reads them: a {@code $ref} followed
 * into {@code components/schemas} until it names a schema itself.
 */
public final class OpenApiSchemas {

    private OpenApiSchemas() {}

    /** The schema itself, following references in the document {@code doc}. */
    public static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asString();
            s = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    /** The schema of a documented response's body (its first content type's), resolved; null when it has none. */
    public static @Nullable JsonNode body(JsonNode doc, JsonNode response) {
        for (JsonNode content : response.path("content")) {
            return resolve(doc, content.path("schema"));
        }
        return null;
    }
}
