package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.Json;
import tools.jackson.databind.JsonNode;

/**
 * Builds a small world of restricted and open POLE records through the real API, for the adversarial
 * tests: addresses and people whose names are canaries (strings that must never appear where the
 * caller has no need-to-know), need-to-know grants, and calls that raise incidents at them.
 */
final class RestrictedWorld {

    private final Api api;

    RestrictedWorld(Api api) {
        this.api = api;
    }

    /** A marker no other test uses, all letters so that it survives any normalisation of names. */
    static String canary(String what) {
        String letters = UUID.randomUUID()
                .toString()
                .replaceAll("[^a-f]", "")
                .toUpperCase(Locale.ROOT)
                .replace('A', 'Q')
                .replace('E', 'K');
        return what + "Canary" + (letters + "ZZZZZZZZ").substring(0, 8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An address at the area's point; its street is {@code "7 " + street + " Close"}. */
    long location(String token, String street, Area at, boolean restricted) {
        var created = api.post(
                "/api/v1/locations",
                token,
                "{\"premises\":\"Flat 2\",\"street\":\"7 " + street + " Close\",\"town\":\"Testford\","
                        + "\"postcode\":\"TF1 2AB\",\"latitude\":" + at.latitude() + ",\"longitude\":"
                        + at.longitude() + ",\"restricted\":" + restricted + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.read(created.body()).get("id").asLong();
    }

    long person(String token, String surname, boolean restricted) {
        var created = api.post(
                "/api/v1/persons",
                token,
                "{\"forename\":\"Ida\",\"surname\":\"" + surname + "\",\"restricted\":" + restricted + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.read(created.body()).get("id").asLong();
    }

    /** Need-to-know on one record for one user, granted by a supervisor. */
    void grant(String supervisor, String recordType, long recordId, long userId) {
        var granted = api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"" + recordType + "\",\"recordId\":" + recordId + ",\"userId\":" + userId + "}");
        assertThat(granted.status()).as(granted.body()).isBetween(200, 204);
    }

    /** A 999 call at a gazetteer address, by a handler who may see it; returns the incident's id. */
    long callAt(String handler, long locationId) {
        var call = api.post(
                "/api/v1/calls",
                handler,
                "{\"channel\":\"EMERGENCY_999\",\"caller\":{\"anonymous\":true},\"location\":{\"locationId\":"
                        + locationId + "},\"whatHappened\":\"Shouting heard\",\"callType\":\"DOMESTIC\",\"thrive\":"
                        + thrive("HIGH", "HIGH", "MEDIUM", "HIGH") + "}");
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        return Json.read(call.body()).get("incidentId").asLong();
    }

    /** Closes an incident with a classification (a crime-indicative one goes to the NCRS monitor). */
    void close(String dispatcher, long incident, String classification) {
        var closed = api.post(
                "/api/v1/incidents/" + incident + "/closure",
                dispatcher,
                "{\"classification\":\"" + classification + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
    }

    /** A GET that must succeed; returns the body. */
    String ok(String path, String token) {
        var r = api.get(path, token);
        assertThat(r.status()).as(path + " -> " + r.body()).isEqualTo(200);
        return r.body();
    }

    JsonNode okJson(String path, String token) {
        return Json.read(ok(path, token));
    }

    static JsonNode byId(JsonNode array, String field, long id) {
        for (JsonNode n : array) {
            if (n.get(field).asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + id + " in " + array);
    }
}
