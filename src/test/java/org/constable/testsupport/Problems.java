package org.constable.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Checks that a response is an RFC 9457 problem of the expected status, and reads its fields. */
public final class Problems {

    private Problems() {}

    /** Asserts problem+json with {@code status} in both the status line and the body; returns the body. */
    public static JsonNode problem(Api.Response r, int status) {
        String what = r.status() + " " + r.headers().firstValue("Content-Type").orElse("") + " " + r.body();
        assertThat(r.status()).as(what).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .as(what)
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode body = Json.read(r.body());
        assertThat(body.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(body.path("title").asString()).as(what).isNotBlank();
        assertThat(body.path("detail").asString()).as(what).isNotBlank();
        assertThat(body.path("type").asString()).as(what).isEqualTo("about:blank");
        return body;
    }

    /** Asserts a 400 problem whose {@code field} is {@code field}; returns the message given for it. */
    public static String fieldError(Api.Response r, String field) {
        JsonNode body = problem(r, 400);
        assertThat(body.path("field").asString()).as(r.body()).isEqualTo(field);
        JsonNode errors = body.path("errors");
        assertThat(errors.isArray()).as(r.body()).isTrue();
        assertThat(errors.get(0).path("field").asString()).as(r.body()).isEqualTo(field);
        return errors.get(0).path("message").asString();
    }
}
