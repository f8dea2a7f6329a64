package org.constable.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.search.SearchFixtures.created;
import static org.constable.search.SearchFixtures.getUntil;
import static org.constable.search.SearchFixtures.uniqueSurname;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The search box's suggestions offer a restricted person, address or vehicle only to someone with
 * need-to-know. Without it, typing the start of a restricted person's unique surname gives exactly
 * the answer a name nobody has gives (same status, same body but for the echoed text), on the API
 * and on the page, and so do the error messages.
 */
@ConstableHttpTest
class RestrictedRecordsNeverLeakThroughSuggestionsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void a_restricted_surname_suggests_nothing_without_need_to_know_and_looks_like_a_name_nobody_has()
            throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser officerUser = users.create(Role.RESPONSE_OFFICER);
        String officer = api.token(users, officerUser);
        String hiddenSurname = uniqueSurname("Quenby");
        String openSurname = uniqueSurname("Quenby");
        String nobody = uniqueSurname("Quenby");
        long hidden = created(api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Ottoline\",\"surname\":\"" + hiddenSurname + "\",\"restricted\":true}"));
        long open = created(api.post(
                "/api/v1/persons", supervisor, "{\"forename\":\"Marmaduke\",\"surname\":\"" + openSurname + "\"}"));
        String letters = uniqueSurname("").toUpperCase(Locale.ROOT);
        String vrm = "ZQ" + "71" + letters.substring(0, 3);
        long vehicle =
                created(api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"" + vrm + "\",\"restricted\":true}"));
        String outward = "ZQ" + (1 + (letters.charAt(3) - 'A') % 9);
        String postcode = outward + " 7" + letters.substring(3, 5);
        long location = created(api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"" + uniqueSurname("Hidden") + " Row\",\"town\":\"Levenfield\"," + "\"postcode\":\""
                        + postcode + "\",\"restricted\":true}"));

        TestUsers.TestUser watcherUser = users.create(Role.SUPERVISOR);
        for (String[] grant :
                new String[][] {{"person", "" + hidden}, {"vehicle", "" + vehicle}, {"location", "" + location}}) {
            api.post(
                    "/api/v1/need-to-know",
                    supervisor,
                    "{\"recordType\":\"" + grant[0] + "\",\"recordId\":" + grant[1] + ",\"userId\":" + watcherUser.id()
                            + "}");
        }
        String watcher = api.token(users, watcherUser);
        String hiddenStart = hiddenSurname.substring(0, hiddenSurname.length() - 2);
        // once the watcher (need-to-know) is offered them, they are in the index: what follows is the policy's doing
        assertThat(suggestUntil(api, watcher, hiddenStart, r -> texts(r).contains("Ottoline " + hiddenSurname))
                        .toString())
                .contains("Ottoline " + hiddenSurname);
        assertThat(suggestUntil(
                        api,
                        watcher,
                        vrm.substring(0, 5),
                        r -> texts(r).contains(vrm.substring(0, 4) + " " + vrm.substring(4))))
                .isNotNull();
        assertThat(texts(suggestUntil(
                        api,
                        watcher,
                        postcode.replace(" ", "").substring(0, outward.length() + 1),
                        r -> texts(r).contains(postcode))))
                .contains(postcode);
        // the open person is offered to the officer, so suggestions work for them
        assertThat(texts(suggestUntil(
                        api, officer, openSurname.substring(0, openSurname.length() - 1), r -> !texts(r).isEmpty())))
                .containsExactly("Marmaduke " + openSurname);

        String nobodyStart = nobody.substring(0, nobody.length() - 2);
        Api.Response none = api.get(path(nobodyStart, "Investigation"), officer);
        for (String q : new String[] {
            hiddenStart, hiddenSurname, "Ottoline " + hiddenStart, "ottoline " + hiddenSurname.toLowerCase(Locale.ROOT)
        }) {
            Api.Response r = api.get(path(q, "Investigation"), officer);
            assertThat(r.status()).isEqualTo(200);
            assertThat(Json.read(r.body()).get("suggestions").size()).as(q).isZero();
            assertThat(r.body().replace(q, "Q")).isEqualTo(none.body().replace(nobodyStart, "Q"));
            Api.Response page = api.get(pagePath(q), officer);
            Api.Response nonePage = api.get(pagePath(nobodyStart), officer);
            assertThat(page.status()).isEqualTo(nonePage.status()).isEqualTo(200);
            assertThat(page.body())
                    .doesNotContain(hiddenSurname)
                    .doesNotContain("Ottoline")
                    .isEqualTo(nonePage.body());
        }
        for (String q : new String[] {
            vrm.substring(0, 5), vrm, postcode.replace(" ", "").substring(0, outward.length() + 1), postcode
        }) {
            Api.Response r = api.get(path(q, "Investigation"), officer);
            assertThat(r.body().replace(q, ""))
                    .as(q)
                    .doesNotContain(vrm.substring(4))
                    .doesNotContain(postcode.substring(outward.length() + 1));
            assertThat(Json.read(r.body()).get("suggestions").size()).as(q).isZero();
        }

        // error messages say the same for a restricted name and one nobody has
        Api.Response noPurpose = api.get(path(hiddenSurname, null), officer);
        Api.Response noPurposeNobody = api.get(path(nobody, null), officer);
        assertThat(noPurpose.status()).isEqualTo(noPurposeNobody.status()).isEqualTo(400);
        assertThat(Json.read(noPurpose.body()).get("detail").asText())
                .isEqualTo(Json.read(noPurposeNobody.body()).get("detail").asText())
                .isEqualTo("A purpose is required for consultation of personal data.");
        Api.Response tooLong =
                api.get(path(hiddenSurname + " ".repeat(10) + "x".repeat(200), "Investigation"), officer);
        Api.Response tooLongNobody = api.get(path(nobody + " ".repeat(10) + "x".repeat(200), "Investigation"), officer);
        assertThat(tooLong.status()).isEqualTo(tooLongNobody.status()).isEqualTo(400);
        assertThat(Json.read(tooLong.body()).get("detail").asText())
                .isEqualTo(Json.read(tooLongNobody.body()).get("detail").asText())
                .isEqualTo("A search is at most 200 characters.");
        assertThat(api.get(path(hiddenSurname, "Investigation"), api.token(users, users.create(Role.AUDITOR)))
                        .status())
                .as("no PERSON_READ, no suggestions")
                .isEqualTo(403);

        // every suggestion request is an audited consultation with its purpose
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND actor = ? AND purpose = 'Investigation' "
                                + "AND detail LIKE 'search suggestions for%'",
                        officerUser.username()))
                .isGreaterThanOrEqualTo(8);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE actor = ? AND record_refs LIKE ?",
                        officerUser.username(),
                        "%person:" + open + "%"))
                .isGreaterThanOrEqualTo(1);

        // granted need-to-know, the officer is offered the restricted person
        api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + hidden + ",\"userId\":" + officerUser.id() + "}");
        assertThat(texts(suggestUntil(api, officer, hiddenStart, r -> !texts(r).isEmpty())))
                .containsExactly("Ottoline " + hiddenSurname);
    }

    private static String path(String q, String purpose) {
        return "/api/v1/search/suggestions?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (purpose == null ? "" : "&purpose=" + URLEncoder.encode(purpose, StandardCharsets.UTF_8));
    }

    private static String pagePath(String q) {
        return "/search/suggestions?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&purpose=Investigation";
    }

    private static java.util.List<String> texts(JsonNode r) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        r.get("suggestions").forEach(s -> texts.add(s.get("text").asText()));
        return texts;
    }

    private static JsonNode suggestUntil(Api api, String token, String q, Predicate<JsonNode> found)
            throws InterruptedException {
        return getUntil(api, token, path(q, "Incident response"), found);
    }
}
