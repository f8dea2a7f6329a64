package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator's day lists the open investigations they are officer in charge of and those
 * whose team they are on, newest first, and nobody else's.
 */
@ConstableHttpTest
class AnInvestigatorsDayListsWhatTheyLeadAndTheTeamsTheyAreOnTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Test
    void theOfficerInChargeAndTheTeamMemberSeeTheInvestigationAndAStrangerDoesNot() {
        Api api = new Api(port);
        TestUsers.TestUser lead = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser colleague = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser stranger = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser sup = users.create(Role.SUPERVISOR);
        String leadToken = api.token(users, lead);
        Actor actor = scene.actor(Role.INVESTIGATOR);

        long onTheTeam = open(api, leadToken, scene.crime(actor, false).id(), lead, sup, List.of(colleague));
        long ledByColleague = open(api, leadToken, scene.crime(actor, false).id(), colleague, sup, List.of());

        assertThat(openInvestigations(api, api.token(users, colleague))).containsExactly(ledByColleague, onTheTeam);
        assertThat(openInvestigations(api, leadToken)).containsExactly(onTheTeam);
        assertThat(openInvestigations(api, api.token(users, stranger))).isEmpty();
    }

    private static long open(
            Api api,
            String token,
            long crime,
            TestUsers.TestUser oic,
            TestUsers.TestUser sup,
            List<TestUsers.TestUser> team) {
        String members = String.join(
                ",", team.stream().map(u -> "\"" + u.username() + "\"").toList());
        var r = api.post(
                "/api/v1/investigations",
                token,
                "{\"title\":\"Burglary\",\"crimeIds\":[" + crime + "],\"officerInCharge\":\"" + oic.username()
                        + "\",\"supervisor\":\"" + sup.username() + "\",\"team\":[" + members
                        + "],\"plan\":\"House to house\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private static List<Long> openInvestigations(Api api, String token) {
        var r = api.get("/api/v1/investigations/my-day?purpose=Investigation", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        Json.read(r.body())
                .get("investigations")
                .forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
