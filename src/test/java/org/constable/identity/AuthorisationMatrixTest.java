package org.constable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constable.identity.domain.RolePermissions;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what: every endpoint declares its permission, every role gets 403 exactly where the
 * matrix says no, restricted records are indistinguishable from missing ones, and field rules and
 * role changes take effect at once.
 */
@ConstableHttpTest
class AuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    Api api;

    record Endpoint(String method, String path, Permission permission, boolean stream) {}

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everyHandlerMethodDeclaresAPermissionOrSaysWhyItIsPublic() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            String type = method.getBeanType().getName();
            if (type.startsWith("org.springframework.boot.") || type.startsWith("org.springdoc.")) {
                return;
            }
            boolean guarded = method.hasMethodAnnotation(Guarded.class)
                    || method.getBeanType().isAnnotationPresent(Guarded.class);
            boolean publicEndpoint = method.hasMethodAnnotation(PublicEndpoint.class)
                    || method.getBeanType().isAnnotationPresent(PublicEndpoint.class);
            if (!guarded && !publicEndpoint) {
                undeclared.add(info + " -> " + method);
            }
        });
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(undeclared)
                .as("handler methods without @Guarded or @PublicEndpoint")
                .isEmpty();
    }

    @Test
    void everyRoleGets403ExactlyWhereTheMatrixDeniesThePermission() {
        List<Endpoint> endpoints = guardedApiEndpoints();
        assertThat(endpoints).as("guarded API endpoints").hasSizeGreaterThan(10);
        assertThat(endpoints).as("the board's event stream is checked too").anyMatch(Endpoint::stream);
        long throwawayUser = users.create(Role.DISPATCHER).id();
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            // the highest rank, so that only the role decides here; the rank is the next test's dimension
            tokens.put(role, api.token(users, users.create(Rank.CHIEF_SUPERINTENDENT, role)));
        }
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String path = e.path().startsWith("/api/v1/users/")
                    ? e.path().replace("{id}", Long.toString(throwawayUser)).replaceAll("\\{[^}]+}", "1")
                    : e.path().replaceAll("\\{[^}]+}", "1");
            String body = e.method().equals("POST") || e.method().equals("PUT") ? "{}" : null;
            for (Role role : Role.values()) {
                boolean granted = RolePermissions.grants(Set.of(role), e.permission());
                if (e.stream()) {
                    // a Server-Sent Events stream never ends: check the status only, then hang up
                    int status = api.openStreamStatus(path, tokens.get(role));
                    if (status != (granted ? 200 : 403)) {
                        wrong.add(role + " " + e.method() + " " + path + " (stream, " + e.permission() + ", granted="
                                + granted + ") -> " + status);
                    }
                    continue;
                }
                var r = api.send(e.method(), path, tokens.get(role), body);
                if (granted == (r.status() == 403)) {
                    wrong.add(role + " " + e.method() + " " + path + " (" + e.permission() + ", granted=" + granted
                            + ") -> " + r.status() + " " + r.body());
                }
                if (r.status() == 401) {
                    wrong.add(role + " " + e.method() + " " + path + " -> 401: the token stopped working");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The custody decisions PACE gives to a rank, by the API endpoint that makes each, and the role that holds its permission. */
    static final List<Object[]> RANKED_ENDPOINTS = List.of(
            new Object[] {
                "/api/v1/custody/suites/1/detentions", Role.CUSTODY_OFFICER, RankedDecision.CUSTODY_OFFICER_DECISION
            },
            new Object[] {
                "/api/v1/custody/detentions/1/authorisation",
                Role.CUSTODY_OFFICER,
                RankedDecision.CUSTODY_OFFICER_DECISION
            },
            new Object[] {
                "/api/v1/custody/detentions/1/refusal", Role.CUSTODY_OFFICER, RankedDecision.CUSTODY_OFFICER_DECISION
            },
            new Object[] {
                "/api/v1/custody/detentions/1/observation-level",
                Role.CUSTODY_OFFICER,
                RankedDecision.CUSTODY_OFFICER_DECISION
            },
            new Object[] {
                "/api/v1/custody/detentions/1/disposal", Role.CUSTODY_OFFICER, RankedDecision.CUSTODY_OFFICER_DECISION
            },
            new Object[] {"/api/v1/custody/detentions/1/reviews", Role.SUPERVISOR, RankedDecision.DETENTION_REVIEW},
            new Object[] {
                "/api/v1/custody/detentions/1/review-postponements", Role.SUPERVISOR, RankedDecision.DETENTION_REVIEW
            },
            new Object[] {
                "/api/v1/custody/detentions/1/informing-delays", Role.SUPERVISOR, RankedDecision.DELAY_IN_INFORMING
            },
            new Object[] {"/api/v1/custody/detentions/1/extensions", Role.SUPERVISOR, RankedDecision.DETENTION_EXTENSION
            },
            new Object[] {"/api/v1/sources/1/authorisations", Role.SOURCE_REGISTRAR, RankedDecision.CHIS_AUTHORISATION},
            new Object[] {
                "/api/v1/covert/authorisations/1/grant", Role.SUPERVISOR, RankedDecision.DIRECTED_SURVEILLANCE_AUTHORITY
            });

    @Test
    void everyRankGets403ExactlyWhereTheRankPolicyDeniesTheCustodyDecision() {
        assertThat(RANKED_ENDPOINTS.stream().map(e -> e[2]).distinct())
                .as("every ranked decision has an endpoint here")
                .containsExactlyInAnyOrder((Object[]) RankedDecision.values());
        List<Rank> ranks = new ArrayList<>(List.of(Rank.values()));
        ranks.add(null); // no rank recorded
        Map<String, String> tokens = new java.util.HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Object[] e : RANKED_ENDPOINTS) {
            String path = (String) e[0];
            Role role = (Role) e[1];
            RankedDecision decision = (RankedDecision) e[2];
            for (Rank rank : ranks) {
                String token =
                        tokens.computeIfAbsent(role + "/" + rank, k -> api.token(users, users.create(rank, role)));
                boolean allowed = org.constable.identity.domain.RankPolicy.allows(rank, decision);
                var r = api.post(path, token, "{}");
                if (allowed == (r.status() == 403)) {
                    wrong.add(rank + " " + role + " POST " + path + " (" + decision + ", allowed=" + allowed + ") -> "
                            + r.status() + " " + r.body());
                }
                if (!allowed && r.status() == 403) {
                    String needed = org.constable.identity.domain.RankPolicy.needed(decision)
                            .label();
                    if (!r.body().contains("needs the rank of " + needed + " or above")) {
                        wrong.add(rank + " " + path + ": the refusal does not name the rank needed: " + r.body());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRestrictedPersonLooksExactlyLikeAMissingOneUntilNeedToKnowIsGranted() {
        var a = users.create(Role.INVESTIGATOR);
        var b = users.create(Role.INVESTIGATOR);
        var supervisor = users.create(Role.SUPERVISOR);
        String tokenA = api.token(users, a);
        String tokenB = api.token(users, b);
        String surname = "Hidden" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        var created = api.post(
                "/api/v1/persons",
                tokenA,
                "{\"forename\":\"Rosa\",\"surname\":\"" + surname + "\",\"restricted\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        long missing = id + 1_000_000;

        var hidden = api.get("/api/v1/persons/" + id + "?purpose=enquiry", tokenB);
        var absent = api.get("/api/v1/persons/" + missing + "?purpose=enquiry", tokenB);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(hidden.headers().firstValue("Content-Type"))
                .isEqualTo(absent.headers().firstValue("Content-Type"));
        JsonNode h = Json.read(hidden.body());
        JsonNode m = Json.read(absent.body());
        assertThat(fieldNames(h)).isEqualTo(fieldNames(m));
        assertThat(h.get("title")).isEqualTo(m.get("title"));
        assertThat(h.get("status")).isEqualTo(m.get("status"));
        assertThat(h.get("type")).isEqualTo(m.get("type"));
        assertThat(h.get("detail").asString().replace(Long.toString(id), "ID"))
                .isEqualTo(m.get("detail").asString().replace(Long.toString(missing), "ID"));
        assertThat(hidden.body()).doesNotContain("Rosa").doesNotContain("restricted");

        var search = api.get("/api/v1/persons?surname=" + surname + "&purpose=enquiry", tokenB);
        assertThat(search.status()).isEqualTo(200);
        assertThat(Json.read(search.body()).size()).isZero();

        var grant = api.post(
                "/api/v1/need-to-know",
                api.token(users, supervisor),
                "{\"recordType\":\"person\",\"recordId\":" + id + ",\"userId\":" + b.id() + "}");
        assertThat(grant.status()).as(grant.body()).isEqualTo(204);

        var opened = api.get("/api/v1/persons/" + id + "?purpose=enquiry", tokenB);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(Json.read(opened.body()).get("forename").asString()).isEqualTo("Rosa");
        var found = api.get("/api/v1/persons?surname=" + surname + "&purpose=enquiry", tokenB);
        assertThat(Json.read(found.body()).size()).isEqualTo(1);
    }

    @Test
    void aLinkToARestrictedPersonIsNotShownEvenByIdWithoutNeedToKnow() {
        var a = users.create(Role.INVESTIGATOR);
        var b = users.create(Role.INVESTIGATOR);
        var supervisor = users.create(Role.SUPERVISOR);
        String tokenA = api.token(users, a);
        String tokenB = api.token(users, b);
        String tokenS = api.token(users, supervisor);
        long open = Json.read(api.post(
                                "/api/v1/persons",
                                tokenA,
                                "{\"forename\":\"Open\",\"surname\":\"Linkholder\",\"restricted\":false}")
                        .body())
                .get("id")
                .asLong();
        long covert = Json.read(api.post(
                                "/api/v1/persons",
                                tokenA,
                                "{\"forename\":\"Covert\",\"surname\":\"Linkholder\",\"restricted\":true}")
                        .body())
                .get("id")
                .asLong();
        assertThat(api.post(
                                "/api/v1/need-to-know",
                                tokenS,
                                "{\"recordType\":\"person\",\"recordId\":" + covert + ",\"userId\":" + a.id() + "}")
                        .status())
                .isEqualTo(204);
        var link = api.post(
                "/api/v1/links",
                tokenA,
                "{\"fromType\":\"PERSON\",\"fromId\":" + open + ",\"toType\":\"PERSON\",\"toId\":" + covert
                        + ",\"kind\":\"ASSOCIATE\"}");
        assertThat(link.status()).as(link.body()).isEqualTo(201);

        JsonNode seenByB = Json.read(
                api.get("/api/v1/persons/" + open + "?purpose=enquiry", tokenB).body());
        assertThat(seenByB.get("links").size()).isZero();
        JsonNode seenByA = Json.read(
                api.get("/api/v1/persons/" + open + "?purpose=enquiry", tokenA).body());
        assertThat(seenByA.get("links").size()).isEqualTo(1);
        assertThat(seenByA.get("links").get(0).get("toId").asLong()).isEqualTo(covert);
    }

    @Test
    void aCrimeRegistrarSeesThePersonButNotWhereTheyLive() {
        var investigator = users.create(Role.INVESTIGATOR);
        var registrar = users.create(Role.CRIME_REGISTRAR);
        String token = api.token(users, investigator);
        long person = Json.read(api.post(
                                "/api/v1/persons",
                                token,
                                "{\"forename\":\"Wendy\",\"surname\":\"Withheld\",\"dateOfBirth\":\"1980-02-03\",\"restricted\":false}")
                        .body())
                .get("id")
                .asLong();
        var location = api.post(
                "/api/v1/locations",
                token,
                "{\"street\":\"1 Secret Lane\",\"town\":\"Hiddenham\",\"postcode\":\"HD1 1AA\",\"restricted\":false}");
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        long locationId = Json.read(location.body()).get("id").asLong();
        var address = api.post(
                "/api/v1/persons/" + person + "/addresses",
                token,
                "{\"locationId\":" + locationId + ",\"kind\":\"HOME\"}");
        assertThat(address.status()).as(address.body()).isEqualTo(204);

        JsonNode seenByInvestigator = Json.read(
                api.get("/api/v1/persons/" + person + "?purpose=enquiry", token).body());
        assertThat(seenByInvestigator.get("addressesWithheld").asBoolean()).isFalse();
        assertThat(seenByInvestigator.get("addresses").size()).isEqualTo(1);

        var r = api.get("/api/v1/persons/" + person + "?purpose=crime%20recording", api.token(users, registrar));
        assertThat(r.status()).isEqualTo(200);
        JsonNode seen = Json.read(r.body());
        assertThat(seen.get("surname").asString()).isEqualTo("Withheld");
        assertThat(seen.get("addressesWithheld").asBoolean()).isTrue();
        assertThat(seen.get("addresses").size()).isZero();
        assertThat(r.body()).doesNotContain("Secret Lane").doesNotContain("HD1 1AA");
    }

    @Test
    void revokingARoleTakesEffectOnTheNextRequestWithTheSameToken() {
        var officer = users.create(Role.INVESTIGATOR, Role.DISPATCHER);
        var administrator = users.create(Role.ADMINISTRATOR);
        String token = api.token(users, officer);
        String person = "{\"forename\":\"Ray\",\"surname\":\"Revoked\",\"restricted\":false}";
        assertThat(api.post("/api/v1/persons", token, person).status()).isEqualTo(201);

        var revoke = api.send(
                "DELETE",
                "/api/v1/users/" + officer.id() + "/roles/INVESTIGATOR",
                api.token(users, administrator),
                null);
        assertThat(revoke.status()).as(revoke.body()).isEqualTo(204);

        assertThat(api.post("/api/v1/persons", token, person).status()).isEqualTo(403);
        var me = api.get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("DISPATCHER").doesNotContain("INVESTIGATOR");
    }

    private List<Endpoint> guardedApiEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            HandlerMethod method = entry.getValue();
            Guarded guarded = method.getMethodAnnotation(Guarded.class);
            if (guarded == null) {
                guarded = method.getBeanType().getAnnotation(Guarded.class);
            }
            if (guarded == null) {
                continue;
            }
            Set<RequestMethod> verbs = entry.getKey().getMethodsCondition().getMethods();
            boolean stream = entry.getKey().getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(m -> m.isCompatibleWith(org.springframework.http.MediaType.TEXT_EVENT_STREAM));
            for (String path : entry.getKey().getPatternValues()) {
                if (!path.startsWith("/api/v1/")) {
                    continue;
                }
                if (verbs.isEmpty()) {
                    endpoints.add(new Endpoint("GET", path, guarded.value(), stream));
                }
                for (RequestMethod verb : verbs) {
                    endpoints.add(new Endpoint(verb.name(), path, guarded.value(), stream));
                }
            }
        }
        return endpoints;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>(node.propertyNames());
        return names;
    }
}
