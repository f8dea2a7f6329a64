package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constable.identity.Actor;
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
 * A supervisor hands an investigation to another investigator and another supervisor over the API:
 * only to real users of the right role, with a reason; who held it before is kept, the change is
 * audited, and the new officer in charge finds it on their day while the old one no longer does.
 */
@ConstableHttpTest
class ChangingAnInvestigationsOfficerInChargeTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    DatabaseAdmin db;

    @Test
    void aSupervisorHandsTheInvestigationToAnotherOfficerInChargeAndTheHistoryIsKept() {
        Api api = new Api(port);
        TestUsers.TestUser oldOic = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser newOic = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser ds = users.create(Role.SUPERVISOR);
        TestUsers.TestUser di = users.create(Role.SUPERVISOR);
        Actor oic = scene.actorOf(oldOic.username());
        long crime = scene.crime(oic, false).id();
        long id = scene.open(oic, List.of(crime), oic, scene.actorOf(ds.username()))
                .id();
        String oldToken = api.token(users, oldOic);
        String newToken = api.token(users, newOic);
        String supervisor = api.token(users, ds);
        String path = "/api/v1/investigations/" + id + "/assignment";

        var notSupervisor = api.send(
                "PUT", path, oldToken, "{\"officerInCharge\":\"" + newOic.username() + "\",\"reason\":\"Leave\"}");
        assertThat(notSupervisor.status()).as(notSupervisor.body()).isEqualTo(403);
        var nobody = api.send("PUT", path, supervisor, "{\"officerInCharge\":\"nobody.here\",\"reason\":\"Leave\"}");
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(400);
        assertThat(nobody.body()).contains("officerInCharge").contains("nobody.here");
        var wrongRole = api.send(
                "PUT", path, supervisor, "{\"supervisor\":\"" + newOic.username() + "\",\"reason\":\"Leave\"}");
        assertThat(wrongRole.status()).as(wrongRole.body()).isEqualTo(400);
        assertThat(wrongRole.body()).contains("\"supervisor\"").contains("not a supervisor");
        var noReason = api.send("PUT", path, supervisor, "{\"officerInCharge\":\"" + newOic.username() + "\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(investigation(api, supervisor, id).get("officerInCharge").asString())
                .as("nothing changed")
                .isEqualTo(oldOic.username());

        var changed = api.send(
                "PUT",
                path,
                supervisor,
                "{\"officerInCharge\":\"" + newOic.username() + "\",\"supervisor\":\"" + di.username()
                        + "\",\"reason\":\"Long-term leave\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        JsonNode inv = investigation(api, supervisor, id);
        assertThat(inv.get("officerInCharge").asString()).isEqualTo(newOic.username());
        assertThat(inv.get("supervisor").asString()).isEqualTo(di.username());

        assertThat(myInvestigations(api, newToken)).contains(id);
        assertThat(myInvestigations(api, oldToken)).doesNotContain(id);

        var history = api.get("/api/v1/investigations/" + id + "/assignments?purpose=Handover", newToken);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode h = Json.read(history.body()).get(0);
        assertThat(h.get("fromOfficerInCharge").asString()).isEqualTo(oldOic.username());
        assertThat(h.get("toOfficerInCharge").asString()).isEqualTo(newOic.username());
        assertThat(h.get("fromSupervisor").asString()).isEqualTo(ds.username());
        assertThat(h.get("reason").asString()).isEqualTo("Long-term leave");
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ALTERATION' AND record_refs LIKE ? "
                                + "AND detail LIKE ?",
                        "%investigation:" + id + "%",
                        "%officer in charge%" + newOic.username() + "%"))
                .isEqualTo(1);
    }

    private static JsonNode investigation(Api api, String token, long id) {
        var r = api.get("/api/v1/investigations/" + id + "?purpose=Handover", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private static List<Long> myInvestigations(Api api, String token) {
        var r = api.get("/api/v1/investigations/my-day?purpose=Handover", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body())
                .get("investigations")
                .valueStream()
                .map(i -> i.get("id").asLong())
                .toList();
    }
}
