package org.constable.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.people.NominalFixtures.freshSurname;
import static org.constable.people.NominalFixtures.ok;
import static org.constable.people.NominalFixtures.person;

import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An analyst asks for likely duplicate persons: seeded duplicates (a familiar forename, a typing
 * slip with day and month swapped, a married name at the same address) are found with their
 * reasons; a father and son of one name, or strangers born on one day, are not; and a restricted
 * record never shows to someone without need-to-know.
 */
@ConstableHttpTest
class ReportingLikelyDuplicatePersonsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    Api api;
    String analyst;
    String investigator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
    }

    record Shown(long first, long second, int score, String reasons) {}

    @Test
    void seededDuplicatesAreFoundWithTheirReasonsAndObviousNonDuplicatesAreNot() {
        String base = freshSurname();
        long john = person(api, investigator, "John", base + "ton", "1980-01-02", false);
        long jon = person(api, investigator, "Jon", base + "ton", "1980-01-02", false);
        long mary = person(api, investigator, "Mary", base + "ford", "1975-03-04", false);
        long maryTypo = person(api, investigator, "Mary", base + "fort", "1975-04-03", false);
        long lucy = person(api, investigator, "Lucy", base + "well", "1991-07-08", false);
        long lucyMarried = person(api, investigator, "Lucy", base + "hurst", "1991-07-08", false);
        long home = NominalFixtures.location(api, investigator, "8 Wedding Lane");
        ok(api.post(
                "/api/v1/persons/" + lucy + "/addresses",
                investigator,
                "{\"locationId\":" + home + ",\"kind\":\"PREVIOUS\"}"));
        ok(api.post(
                "/api/v1/persons/" + lucyMarried + "/addresses",
                investigator,
                "{\"locationId\":" + home + ",\"kind\":\"HOME\"}"));
        long father = person(api, investigator, "Peter", base + "more", "1960-01-01", false);
        long son = person(api, investigator, "Peter", base + "more", "1990-06-06", false);
        long strangerA = person(api, investigator, "Zed", base + "by", "1999-09-09", false);
        long strangerB = person(api, investigator, "Yann", base + "dale", "1999-09-09", false);

        List<Shown> shown = report(analyst, base);

        assertThat(find(shown, john, jon)).isNotNull().satisfies(s -> {
            assertThat(s.score()).isGreaterThanOrEqualTo(85);
            assertThat(s.reasons()).contains("same surname", "familiar form", "same date of birth");
        });
        assertThat(find(shown, mary, maryTypo))
                .isNotNull()
                .satisfies(
                        s -> assertThat(s.reasons()).contains("nearly the same").contains("day and month swapped"));
        assertThat(find(shown, lucy, lucyMarried))
                .isNotNull()
                .satisfies(s -> assertThat(s.reasons()).contains("same address").contains("same date of birth"));
        assertThat(find(shown, father, son)).isNull();
        assertThat(find(shown, strangerA, strangerB)).isNull();
    }

    @Test
    void aRestrictedRecordNeverShowsInTheReportWithoutNeedToKnow() {
        String base = freshSurname();
        long open = person(api, investigator, "Rita", base, "1982-02-02", false);
        long hidden = person(api, investigator, "Rita", base, "1982-02-02", true);
        var cleared = users.create(Role.INTELLIGENCE_ANALYST);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        ok(api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + hidden + ",\"userId\":" + cleared.id() + "}"));

        var withoutNeed = api.get("/api/v1/duplicate-persons?purpose=data+quality&limit=200&surname=" + base, analyst);
        assertThat(withoutNeed.status()).isEqualTo(200);
        assertThat(withoutNeed.body()).doesNotContain(Long.toString(hidden)).doesNotContain(base);

        assertThat(find(report(api.token(users, cleared), base), open, hidden)).isNotNull();
    }

    @Test
    void theReportNeedsAPurposeAndARoleThatMaintainsNominals() {
        assertThat(api.get("/api/v1/duplicate-persons", analyst).status()).isEqualTo(400);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        assertThat(api.get("/api/v1/duplicate-persons?purpose=curious", handler).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/duplicate-persons?purpose=x&limit=0", analyst)
                        .status())
                .isEqualTo(400);
    }

    private List<Shown> report(String token, String surnamePrefix) {
        var r = api.get("/api/v1/duplicate-persons?purpose=data+quality&limit=200&surname=" + surnamePrefix, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Shown> shown = new ArrayList<>();
        for (JsonNode p : Json.read(r.body())) {
            List<String> reasons = new ArrayList<>();
            p.get("reasons").forEach(x -> reasons.add(x.asString()));
            shown.add(new Shown(
                    p.get("firstId").asLong(),
                    p.get("secondId").asLong(),
                    p.get("score").asInt(),
                    String.join("; ", reasons)));
        }
        return shown;
    }

    private static Shown find(List<Shown> shown, long a, long b) {
        return shown.stream()
                .filter(s -> (s.first() == a && s.second() == b) || (s.first() == b && s.second() == a))
                .findFirst()
                .orElse(null);
    }
}
