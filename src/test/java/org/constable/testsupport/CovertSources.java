package org.constable.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.TestUsers.TestUser;
import tools.jackson.databind.JsonNode;

/**
 * A source's people for the tests of the covert source register: a source registrar of a chief
 * officer's standing (who may authorise a juvenile source too), a handler (a detective) and a
 * controller (a supervisor), each with a token; and the calls that register, authorise and meet a source.
 */
public final class CovertSources {

    public final TestUser registrar;
    public final TestUser handler;
    public final TestUser controller;
    public String registrarToken;
    public String handlerToken;
    public String controllerToken;
    private final Api api;
    private final TestUsers users;

    public CovertSources(Api api, TestUsers users) {
        this.api = api;
        this.users = users;
        this.registrar = users.create(Rank.CHIEF_SUPERINTENDENT, Role.SOURCE_REGISTRAR);
        this.handler = users.create(Role.INVESTIGATOR);
        this.controller = users.create(Role.SUPERVISOR);
        this.registrarToken = api.token(users, registrar);
        this.handlerToken = api.token(users, handler);
        this.controllerToken = api.token(users, controller);
    }

    /** New tokens for the three, after the clock has moved past the old ones' expiry. */
    public void refresh() {
        registrarToken = api.token(users, registrar);
        handlerToken = api.token(users, handler);
        controllerToken = api.token(users, controller);
    }

    /** Registers a source; every text is the caller's, so a test can put markers in each. */
    public long register(String pseudonym, String fullName, LocalDate born, String address, String contact) {
        var r = api.post(
                "/api/v1/sources",
                registrarToken,
                "{\"pseudonym\":\"" + pseudonym + "\",\"handler\":\"" + handler.username() + "\",\"controller\":\""
                        + controller.username() + "\",\"fullName\":\"" + fullName + "\",\"dateOfBirth\":\"" + born
                        + "\",\"address\":\"" + address + "\",\"contactDetails\":\"" + contact + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /** The registrar, as authorising officer, grants (or renews) the source's authorisation. */
    public JsonNode authorise(long source, String grounds) {
        var r = api.post("/api/v1/sources/" + source + "/authorisations", registrarToken, text(grounds));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body());
    }

    /** The handler logs a contact at the given instant; the answer as it came. */
    public Api.Response meet(long source, java.time.Instant at, String summary, String tasking, Long report) {
        return api.post(
                "/api/v1/sources/" + source + "/contacts",
                handlerToken,
                "{\"metAt\":\"" + at + "\",\"summary\":\"" + summary + "\",\"tasking\":\"" + tasking
                        + "\",\"intelligenceReportId\":" + report + "}");
    }

    /** GET of a source's address as one caller, with a purpose. */
    public Api.Response read(String path, String token) {
        return api.get(
                path + (path.contains("?") ? "&" : "?") + "purpose="
                        + URLEncoder.encode("Source management", StandardCharsets.UTF_8),
                token);
    }

    public static String text(String text) {
        return "{\"text\":\"" + text + "\"}";
    }
}
