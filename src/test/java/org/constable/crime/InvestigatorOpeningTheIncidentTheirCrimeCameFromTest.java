package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.crime.CrimeScene.crimeFromIncident;
import static org.constable.crime.CrimeScene.victim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12.7: the investigator in charge of a crime opens the incident it came from (page and API),
 * through AccessPolicy's named rule, and the read is audited with its purpose and the rule. The rule
 * opens only incidents of their own crimes: not another officer's, not the board, not the units.
 */
@ConstableHttpTest
class InvestigatorOpeningTheIncidentTheirCrimeCameFromTest {

    static final String RULE = "Officer in charge reads the incidents of their crime";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Test
    void theOfficerInChargeReadsTheirCrimesIncidentAndNothingElseOfCommandAndControl() {
        Api api = new Api(port);
        TestUsers.TestUser oicUser = users.create(Role.INVESTIGATOR);
        String oic = api.token(users, oicUser);
        TestUsers.TestUser otherUser = users.create(Role.INVESTIGATOR);
        String other = api.token(users, otherUser);
        CrimeScene scene = new CrimeScene(
                api,
                api.token(users, users.create(Role.CALL_HANDLER)),
                api.token(users, users.create(Role.DISPATCHER)));
        long incident = scene.closedIncident("CRIME_THEFT");
        long unrelated = scene.closedIncident("CRIME_THEFT");
        Instant from = clock.instant().minus(2, ChronoUnit.HOURS);
        var recorded = api.post(
                "/api/v1/crimes",
                oic,
                crimeFromIncident(
                        incident,
                        "49",
                        from,
                        from.plusSeconds(300),
                        "[" + victim(scene.person(oic, "Linked"), false) + "]",
                        oicUser.username()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String reference = Json.read(recorded.body()).get("reference").asString();

        var read = api.get("/api/v1/incidents/" + incident + "?purpose=Investigation%20of%20" + reference, oic);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(Json.read(read.body()).get("incident").get("id").asLong()).isEqualTo(incident);
        var page = api.get("/incidents/" + incident + "?purpose=Investigation", oic);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        Json.read(read.body()).get("incident").get("reference").asString());
        // the crime page links to the incident with the investigation as the purpose
        var crimePage =
                api.get("/crimes/" + Json.read(recorded.body()).get("id").asLong(), oic);
        assertThat(crimePage.status()).isEqualTo(200);
        assertThat(crimePage.body()).contains("/incidents/" + incident + "?purpose=Investigation");

        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND actor = ? "
                                + "AND record_refs LIKE ? AND purpose = ? AND detail LIKE ?",
                        oicUser.username(),
                        "%incident:" + incident + "%",
                        "Investigation of " + reference,
                        "read under the rule \"" + RULE + "\": officer in charge of " + reference + "%"))
                .isOne();

        assertThat(api.get("/api/v1/incidents/" + incident + "?purpose=Investigation", other)
                        .status())
                .as("an investigator not in charge of the crime")
                .isEqualTo(403);
        assertThat(api.get("/incidents/" + incident, other).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/incidents/" + unrelated + "?purpose=Investigation", oic)
                        .status())
                .as("an incident of no crime of theirs")
                .isEqualTo(403);
        for (String path : new String[] {
            "/api/v1/board", "/api/v1/units", "/board", "/api/v1/incidents/" + incident + "/recommendations"
        }) {
            assertThat(api.get(path, oic).status()).as(path).isEqualTo(403);
        }
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ACCESS_DENIED' AND actor = ? "
                                + "AND record_refs LIKE ?",
                        otherUser.username(),
                        "%incident:" + incident + "%"))
                .isPositive();

        // a role that reads incidents reads it as before, without a rule in the entry
        TestUsers.TestUser dispatcherUser = users.create(Role.DISPATCHER);
        assertThat(api.get(
                                "/api/v1/incidents/" + incident + "?purpose=Command%20and%20control",
                                api.token(users, dispatcherUser))
                        .status())
                .isEqualTo(200);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND actor = ? "
                                + "AND record_refs LIKE ? AND detail IS NULL",
                        dispatcherUser.username(),
                        "%incident:" + incident + "%"))
                .isOne();
    }
}
