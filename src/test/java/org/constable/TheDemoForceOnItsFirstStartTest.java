package org.constable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.constable.identity.DemoUsers;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.Api;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.DemoForceHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12.8: the demo force starts with a realistic shape. Officers work in teams (the supervisor's
 * team list has its officers' victims), two crime registrars can decide each other's requests, the
 * last days have calls and incidents worked and closed by the control room, and months of recorded
 * crime give the dashboards, the open-data export and the forecasts something real to show. All of it
 * made through the modules' own use cases; the demo logins are the documented ones.
 */
@DemoForceHttpTest
class TheDemoForceOnItsFirstStartTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Test
    void theDemoForceHasTeamsTwoRegistrarsDaysOfIncidentsAndMonthsOfCrime() {
        Api api = new Api(port);
        assertThat(demoUsers.logins())
                .extracting(DemoUsers.DemoLogin::username)
                .startsWith(
                        "demo.call-handler",
                        "demo.dispatcher",
                        "demo.response-officer",
                        "demo.investigator",
                        "demo.custody-officer",
                        "demo.intelligence-analyst",
                        "demo.crime-registrar",
                        "demo.supervisor",
                        "demo.auditor",
                        "demo.administrator")
                .contains("demo.crime-registrar-2");

        // teams: the supervisor's team is the response team with its officers and their victims
        assertThat(db.count("SELECT count(*) FROM identity.app_user u JOIN identity.team t ON t.id = u.team_id "
                        + "WHERE t.name = (SELECT t2.name FROM identity.app_user s JOIN identity.team t2 ON t2.id = s.team_id "
                        + "WHERE s.username = 'demo.supervisor')"))
                .isGreaterThanOrEqualTo(4);
        JsonNode team = Json.read(
                ok(api.get("/api/v1/victim-care/team-due?purpose=Victim%20care", token(api, "demo.supervisor"))));
        assertThat(team.get("scope").asString()).isEqualTo("team");
        assertThat(team.get("due").size() + team.get("overdue").size()).isPositive();

        // the custody suite: detainees at different points of their clocks, one visit overdue
        String custody = token(api, "demo.custody-officer");
        JsonNode suites = Json.read(ok(api.get("/api/v1/custody/suites", custody)));
        assertThat(suites.size()).isEqualTo(1);
        JsonNode suiteBoard = Json.read(ok(api.get(
                "/api/v1/custody/suites/" + suites.get(0).get("id").asLong() + "/board?purpose=Custody%20suite%20board",
                custody)));
        assertThat(suiteBoard.get("rows").size()).isEqualTo(4);
        assertThat(suiteBoard.get("rows").toString())
                .contains("Visit overdue", "Appropriate adult needed", "Superintendent's extension");
        // their rights and care: an interview recorded with its recording, the juvenile's mother not yet told
        StringBuilder care = new StringBuilder();
        for (JsonNode row : suiteBoard.get("rows")) {
            care.append(ok(api.get(
                    "/api/v1/custody/detentions/" + row.get("detentionId").asLong() + "/care?purpose=Custody%20record",
                    custody)));
        }
        assertThat(care.toString())
                .contains("REC-NM-2026-0193", "Retained as evidence", "Mother (07700 900789) not yet told");

        // intelligence: the unit has reports awaiting evaluation and graded ones; an investigator reads the
        // graded items on the person's page, sanitised, with the grade in words
        JsonNode desk = Json.read(ok(api.get(
                "/api/v1/intelligence/desk?purpose=Intelligence%20unit", token(api, "demo.intelligence-analyst"))));
        assertThat(desk.get("awaiting").size()).isGreaterThanOrEqualTo(2);
        assertThat(desk.get("graded").size()).isGreaterThanOrEqualTo(3);
        long subject =
                db.count("SELECT min(l.record_id) FROM intelligence.report_link l WHERE l.record_type = 'person' "
                        + "AND EXISTS (SELECT 1 FROM intelligence.evaluation e WHERE e.report_id = l.report_id)");
        JsonNode picture = Json.read(ok(api.get(
                "/api/v1/intelligence/persons/" + subject + "?purpose=Investigation",
                token(api, "demo.investigator"))));
        assertThat(picture.get("count").asInt()).isPositive();
        assertThat(picture.get("latest").get(0).get("gradeWords").asString()).contains(" — ");

        // the last days: calls taken, incidents worked and closed, some still open on the board
        assertThat(db.count("SELECT count(*) FROM contact.call")).isGreaterThan(20);
        assertThat(db.count("SELECT count(*) FROM dispatch.incident WHERE status = 'CLOSED'"))
                .isGreaterThan(20);
        assertThat(db.count("SELECT count(DISTINCT opened_at::date) FROM dispatch.incident"))
                .isGreaterThanOrEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE status = 'CLEARED'"))
                .isGreaterThan(20);

        // live work whatever the hour of the first start (a quiet night used to close every job, and
        // left the board, the officer's phone and the walk of the incident pages with nothing):
        // calls wait for a unit, and the demo response officer's car is on its way to one
        assertThat(db.count("SELECT count(*) FROM dispatch.incident i WHERE i.status = 'OPEN' AND NOT EXISTS "
                        + "(SELECT 1 FROM dispatch.assignment a WHERE a.incident_id = i.id AND a.status <> 'CLEARED')"))
                .isGreaterThanOrEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment a JOIN dispatch.unit u ON u.id = a.unit_id "
                        + "JOIN dispatch.incident i ON i.id = a.incident_id "
                        + "WHERE u.callsign = 'RV01' AND a.status <> 'CLEARED' AND i.status = 'OPEN'"))
                .isEqualTo(1);
        assertThat(ok(api.get("/officer", token(api, "demo.response-officer"))))
                .as("the officer's phone shows the job")
                .contains("/incidents/");

        // months of recorded crime, by the officers of the teams
        String analyst = token(api, "demo.intelligence-analyst");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        JsonNode crimes = Json.read(ok(
                        api.get("/api/v1/dashboards/overview?from=" + today.minusMonths(6) + "&to=" + today, analyst)))
                .get("crimes");
        assertThat(crimes.get("recorded").asLong()).isGreaterThan(100);
        long monthsWithCrime = 0;
        for (JsonNode n : crimes.get("recordedSeries")) {
            monthsWithCrime += n.asLong() > 0 ? 1 : 0;
        }
        assertThat(monthsWithCrime).isGreaterThanOrEqualTo(5);
        assertThat(db.count("SELECT count(DISTINCT officer_in_charge) FROM crime.crime"))
                .isGreaterThanOrEqualTo(6);
        assertThat(db.count("SELECT count(*) FROM crime.outcome")).isPositive();

        // two registrars: the request one of them made is decided by the other
        String secondRegistrar = token(api, "demo.crime-registrar-2");
        JsonNode pending =
                Json.read(ok(api.get("/api/v1/crime-change-requests?purpose=Crime%20recording", secondRegistrar)));
        JsonNode byFirst = null;
        for (JsonNode r : pending) {
            if (r.get("requestedBy").asString().equals("demo.crime-registrar")) {
                byFirst = r;
            }
        }
        assertThat(byFirst)
                .as("a request by the first registrar waits: %s", pending)
                .isNotNull();
        assertThat(api.post(
                                "/api/v1/crime-change-requests/"
                                        + byFirst.get("id").asLong() + "/decision",
                                token(api, "demo.crime-registrar"),
                                "{\"approve\":true}")
                        .status())
                .as("not by the registrar who asked")
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/crime-change-requests/"
                                        + byFirst.get("id").asLong() + "/decision",
                                secondRegistrar,
                                "{\"approve\":true,\"note\":\"Agreed on the CCTV.\"}")
                        .status())
                .isEqualTo(204);

        // open data of last month (the demo derived its snap points), and a forecast from the recorded crimes
        var export = api.post(
                "/api/v1/open-data/exports",
                analyst,
                "{\"month\":\"" + YearMonth.from(today).minusMonths(1)
                        + "\",\"recipient\":\"police.uk\",\"justification\":\"Monthly publication\"}");
        assertThat(export.status()).as(export.body()).isEqualTo(201);
        assertThat(Json.read(export.body()).get("rows").asLong()).isGreaterThan(10);
        var forecast = api.post(
                "/api/v1/analytics/forecasts", analyst, """
                {"source":"recorded","crimeType":"Burglary","horizon":"next-week","method":"naive","windowFrom":"%s",
                 "windowTo":"%s","cellSize":250,"topCells":5}""".formatted(today.minusDays(90), today.minusDays(1)));
        assertThat(forecast.status()).as(forecast.body()).isEqualTo(201);
    }

    private String token(Api api, String username) {
        clock.advance(Duration.ofSeconds(Rfc6238Totp.STEP_SECONDS));
        String code = Rfc6238Totp.codeAt(
                accounts.findByUsername(username).orElseThrow().totpSecret(), clock.instant());
        Api.Response r = api.post(
                "/api/v1/tokens",
                null,
                "{\"username\":\"" + username + "\",\"password\":\"" + demoUsers.password() + "\",\"code\":\"" + code
                        + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("token").asString();
    }

    private static String ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.body();
    }
}
