package org.constable.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.constable.testsupport.Json;
import org.constable.testsupport.OpenApiSchemas;
import tools.jackson.databind.JsonNode;

/**
 * The application's OpenAPI document held against what an endpoint really answered: a success's status must
 * be one the document gives for the operation, and a JSON answer's fields must all be in the
 * documented schema (an object's own fields; an array's first element's). Issue 19 found the
 * document promising 200 {@code {id, reference}} for a call answered 201 with other fields.
 */
final class OpenApiDocument {

    private final JsonNode doc;

    OpenApiDocument(String body) {
        this.doc = Json.read(body);
    }

    /** What is wrong with the document for this answer; empty when it tells the truth. */
    List<String> mismatches(String template, String method, int status, String body) {
        List<String> wrong = new ArrayList<>();
        if (status < 200 || status >= 300) {
            return wrong; // refusals are problem details (RFC 9457), one shape for every endpoint
        }
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + template + " -> " + status;
        JsonNode operation = doc.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
        if (operation.isMissingNode()) {
            wrong.add(where + ": not in the document");
            return wrong;
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            wrong.add(where + ": the document gives only "
                    + operation.path("responses").propertyNames());
            return wrong;
        }
        if (body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("["))) {
            return wrong;
        }
        JsonNode schema = OpenApiSchemas.body(doc, response);
        if (schema == null) {
            wrong.add(where + ": answered JSON, the document describes no body");
            return wrong;
        }
        JsonNode answer = Json.read(body);
        if (answer.isArray()) {
            if (!"array".equals(schema.path("type").asString(""))) {
                wrong.add(where + ": answered an array, the document describes " + schema.path("type"));
                return wrong;
            }
            if (answer.isEmpty()) {
                return wrong;
            }
            answer = answer.get(0);
            schema = OpenApiSchemas.resolve(doc, schema.path("items"));
        }
        if (answer.isObject() && schema.has("properties")) {
            Set<String> documented = new TreeSet<>(schema.path("properties").propertyNames());
            Set<String> undocumented = new TreeSet<>(answer.propertyNames());
            undocumented.removeAll(documented);
            if (!undocumented.isEmpty()) {
                wrong.add(where + ": answered fields " + undocumented + " the document does not have (it says "
                        + documented + ")");
            }
        }
        return wrong;
    }
}
