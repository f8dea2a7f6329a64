package org.constable.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Over the API: a custody sergeant gives a detainee their rights, records the solicitor asked for,
 * the person to be told, property in a sealed bag, a meal, a healthcare professional's word and a
 * visitor; an interview is refused while the detainee is unfit and without the solicitor, and goes
 * ahead once the grounds are recorded; property still held shows when the detainee leaves and is
 * handed back afterwards. Every read is audited with its purpose; bad input names its field and
 * changes nothing.
 */
@ConstableHttpTest
class CustodySergeantRecordingRightsPropertyAndInterviewsTest {

    static final String PURPOSE = "purpose=Custody%20record";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SuiteStore suites;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    Api api;
    TestUsers.TestUser sergeantUser;
    String sergeant;
    long suite;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sergeantUser = users.create(Role.CUSTODY_OFFICER);
        sergeant = api.token(users, sergeantUser);
        suite = suites.open("Care suite " + System.nanoTime(), List.of("C1")).id();
    }

    long bookedInAndAuthorised() {
        var p = api.post(
                "/api/v1/persons",
                sergeant,
                "{\"forename\":\"Cal\",\"surname\":\"Cared" + System.nanoTime() % 100000 + "\"}");
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long person = Json.read(p.body()).get("id").asLong();
        Instant arrived = clock.instant().minus(Duration.ofMinutes(10));
        var r = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                sergeant,
                "{\"personId\":" + person + ",\"arrestingOfficer\":\"PC 9 Webb\",\"arrestGrounds\":\"Seen stealing\","
                        + "\"offences\":[{\"description\":\"Theft\",\"indictable\":true}],"
                        + "\"arrestedAt\":\"" + arrived.minus(Duration.ofMinutes(20)) + "\",\"arrivedAt\":\"" + arrived
                        + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = Json.read(r.body()).get("id").asLong();
        ok(post(id, "/authorisation", "{\"grounds\":\"To obtain evidence by questioning\"}"));
        return id;
    }

    Api.Response post(long id, String path, String body) {
        return api.post("/api/v1/custody/detentions/" + id + path, sergeant, body);
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 204);
    }

    JsonNode care(long id) {
        var r = api.get("/api/v1/custody/detentions/" + id + "/care?" + PURPOSE, sergeant);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    @Test
    void rightsGivenAndWhatIsOutstandingShowsAtAGlance() {
        long id = bookedInAndAuthorised();
        assertThat(care(id).get("outstanding").toString()).contains("Rights not yet given");

        ok(post(id, "/rights", "{\"occasion\":\"BOOKING_IN\",\"codesOffered\":true}"));
        ok(post(id, "/legal-advice", "{\"requested\":true,\"solicitor\":\"Ms Khan, Khan & Co\"}"));
        ok(post(id, "/informing", "{\"who\":\"Mother, 07700 900123\"}"));
        JsonNode care = care(id);
        assertThat(care.get("outstanding").toString())
                .doesNotContain("Rights not yet given")
                .contains("solicitor not yet contacted")
                .contains("Mother, 07700 900123 not yet told");

        ok(post(id, "/solicitor", "{\"solicitor\":\"Ms Khan\"}"));
        assertThat(care(id).get("outstanding").toString()).contains("not yet arrived");
        ok(post(id, "/solicitor", "{\"solicitor\":\"Ms Khan\",\"arrived\":true}"));
        // PACE s.56(2): the inspector authorises the delay and records it as the authority (ADR 0071)
        var inspectorUser = users.create(Rank.INSPECTOR, Role.SUPERVISOR);
        String inspector = api.token(users, inspectorUser);
        ok(api.post(
                "/api/v1/custody/detentions/" + id + "/informing-delays",
                inspector,
                "{\"who\":\"Mother, 07700 900123\",\"grounds\":\"Would alert others involved not yet arrested\"}"));
        care = care(id);
        assertThat(care.get("outstanding").toString())
                .doesNotContain("solicitor")
                .doesNotContain("not yet told");
        assertThat(care.get("rights").toString())
                .contains("Ms Khan arrived")
                .contains("delayed on the authority of " + inspectorUser.username())
                .contains("Offered");
        ok(post(id, "/rights", "{\"occasion\":\"BEFORE_INTERVIEW\",\"codesOffered\":true}"));
        assertThat(care(id).get("rights").toString()).contains("at booking in").contains("before an interview");

        List<String> log = entries(id);
        assertThat(log)
                .contains(
                        "RIGHTS_GIVEN",
                        "LEGAL_ADVICE",
                        "SOLICITOR_CONTACTED",
                        "SOLICITOR_ARRIVED",
                        "INFORM_REQUESTED",
                        "INFORMING_DELAYED");
        assertThat(jdbc.sql("SELECT count(*) FROM custody.entry WHERE detention_id = ? AND by_user IN (?, ?)")
                        .param(id)
                        .param(sergeantUser.username())
                        .param(inspectorUser.username())
                        .query(Long.class)
                        .single())
                .as("every entry names its author")
                .isEqualTo((long) log.size());
        assertThat(jdbc.sql("SELECT by_user FROM custody.entry WHERE detention_id = ? AND kind = 'INFORMING_DELAYED'")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("the inspector who delayed the telling is its author")
                .isEqualTo(inspectorUser.username());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND actor = ? "
                                + "AND purpose = 'Custody record' AND record_refs LIKE ?")
                        .param(sergeantUser.username())
                        .param("%" + id + "%")
                        .query(Long.class)
                        .single())
                .as("every read of the care is audited with its purpose")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void anInterviewWaitsForFitnessAndTheSolicitorUnlessTheGroundsAreRecorded() {
        long id = bookedInAndAuthorised();
        ok(post(id, "/rights", "{\"occasion\":\"BOOKING_IN\",\"codesOffered\":true}"));
        ok(post(id, "/legal-advice", "{\"requested\":true}"));
        ok(post(
                id,
                "/medical",
                "{\"professional\":\"Nurse Patel\",\"seen\":true,\"said\":\"Intoxicated, sleep it off\","
                        + "\"fitToDetain\":true,\"fitToInterview\":false}"));
        var scheduled = post(
                id,
                "/interviews",
                "{\"scheduledFor\":\"" + clock.instant().plus(Duration.ofHours(1)) + "\","
                        + "\"officer\":\"DC 31 Rowe\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        int n = Json.read(scheduled.body()).get("interview").asInt();

        var refused = post(id, "/interviews/" + n + "/start", "{\"solicitorPresent\":false}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("groundsToProceed")
                .contains("unfit to be interviewed")
                .contains("the solicitor the detainee asked for");
        assertThat(entries(id)).doesNotContain("INTERVIEW_STARTED");

        ok(post(
                id,
                "/medical",
                "{\"professional\":\"Nurse Patel\",\"seen\":true,\"said\":\"Now sober\",\"fitToInterview\":true}"));
        var stillNoSolicitor = post(id, "/interviews/" + n + "/start", "{}");
        assertThat(stillNoSolicitor.status()).isEqualTo(400);
        assertThat(stillNoSolicitor.body()).doesNotContain("unfit").contains("solicitor");
        ok(
                post(
                        id,
                        "/interviews/" + n + "/start",
                        "{\"groundsToProceed\":\"Superintendent's authority: delay would risk harm to others (Code C 6.6(b))\"}"));
        var noReference = post(id, "/interviews/" + n + "/end", "{\"recordingReference\":\" \"}");
        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.body()).contains("recordingReference");
        ok(post(id, "/interviews/" + n + "/end", "{\"recordingReference\":\"REC-2026-0042\"}"));
        JsonNode interview = care(id).get("interviews").get(0);
        assertThat(interview.get("officer").asString()).isEqualTo("DC 31 Rowe");
        assertThat(interview.get("status").asString()).contains("REC-2026-0042");
        assertThat(String.join("\n", texts(id))).contains("going ahead without the solicitor the detainee asked for");
    }

    @Test
    void propertyStillHeldShowsOnReleaseAndIsHandedBackAfter() {
        long id = bookedInAndAuthorised();
        ok(post(id, "/property", "{\"description\":\"Mobile phone, black\",\"bag\":\"SB-1001\"}"));
        ok(post(id, "/property", "{\"description\":\"Wallet with £20\",\"bag\":\"SB-1002\"}"));
        ok(post(id, "/property/1/outcome", "{\"retained\":true,\"note\":\"Evidence of the theft\"}"));
        ok(post(id, "/meals", "{\"offered\":\"Microwave meal and tea\",\"taken\":true}"));
        ok(post(id, "/visitors", "{\"who\":\"Rev. Ellis, chaplain\",\"purpose\":\"Welfare\"}"));
        var badItem = post(id, "/property/1/outcome", "{\"retained\":false}");
        assertThat(badItem.status())
                .as("an item already dealt with is not held")
                .isEqualTo(400);
        assertThat(badItem.body()).contains("item");

        ok(post(id, "/disposal", "{\"kind\":\"RELEASED_UNDER_INVESTIGATION\"}"));
        JsonNode care = care(id);
        assertThat(care.get("outstanding").toString()).contains("Property not yet returned: item 2 Wallet");
        assertThat(care.get("heldProperty").toString()).contains("SB-1002").doesNotContain("SB-1001");
        assertThat(post(id, "/meals", "{\"offered\":\"Tea\"}").status())
                .as("care is not recorded once the detainee has left")
                .isEqualTo(409);
        ok(post(id, "/property/2/outcome", "{\"retained\":false,\"note\":\"Signed for\"}"));
        care = care(id);
        assertThat(care.get("outstanding").toString()).doesNotContain("Property");
        assertThat(entries(id)).contains("PROPERTY_TAKEN", "PROPERTY_RETAINED", "PROPERTY_RETURNED", "MEAL", "VISITOR");
    }

    @Test
    void badCareInputNamesTheFieldAndChangesNothing() {
        long id = bookedInAndAuthorised();
        int before = entries(id).size();
        var noRights = post(id, "/legal-advice", "{\"requested\":true}");
        assertThat(noRights.status())
                .as("legal advice follows the rights being given")
                .isEqualTo(409);
        ok(post(id, "/rights", "{\"occasion\":\"BOOKING_IN\"}"));
        before++;
        for (String[] bad : new String[][] {
            {"/rights", "{}", "occasion"},
            {"/legal-advice", "{}", "requested"},
            {"/informing", "{\"who\":\"\"}", "who"},
            {"/informing", "{\"who\":\"Wife\",\"delayedByInspector\":\"Insp Moss\"}", "delayedByInspector"},
            {"/interpreter", "{\"language\":\"Polish\"}", "interpreter"},
            {"/property", "{\"bag\":\"SB-1\"}", "description"},
            {"/medical", "{\"professional\":\"Dr Lee\",\"seen\":true}", "said"},
            {"/visitors", "{}", "who"},
            {"/interviews", "{\"officer\":\"DC Rowe\"}", "scheduledFor"},
            {"/interviews/7/start", "{}", "interview"},
        }) {
            var r = post(id, bad[0], bad[1]);
            assertThat(r.status()).as(bad[0] + " " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(bad[0]).contains("\"" + bad[2] + "\"");
        }
        var delayWithoutGrounds = api.post(
                "/api/v1/custody/detentions/" + id + "/informing-delays",
                api.token(users, users.create(Rank.INSPECTOR, Role.SUPERVISOR)),
                "{\"who\":\"Wife\"}");
        assertThat(delayWithoutGrounds.status()).as(delayWithoutGrounds.body()).isEqualTo(400);
        assertThat(delayWithoutGrounds.body()).contains("\"grounds\"");
        assertThat(entries(id)).hasSize(before);
    }

    List<String> entries(long id) {
        return jdbc.sql("SELECT kind FROM custody.entry WHERE detention_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    List<String> texts(long id) {
        return jdbc.sql("SELECT text FROM custody.entry WHERE detention_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }
}
