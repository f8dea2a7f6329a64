package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.constable.historic.application.PoliceUkImport;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An intelligence analyst publishes a next-month burglary forecast from the force's historic
 * crimes; it is stored exactly as asked and cannot be changed; a response officer records patrol
 * time in its top cells and the summary shows minutes per cell and the share of cells patrolled;
 * bad requests are refused and change nothing. The same on H3 hexagons: cells named by their H3
 * index, dosage recorded against them, and a resolution outside 7 to 11, a missing one, an unknown
 * scheme or a method without an H3 version refused with a clear message.
 */
@ConstableHttpTest
class PublishingAForecastAndRecordingPatrolDosageTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    PoliceUkImport imports;

    @Autowired
    MutableClock clock;

    Api api;
    String analyst;
    String officer;

    @BeforeEach
    void setUp() {
        SmallPoliceUkFixture.importOnce(imports, db);
        api = new Api(port);
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
    }

    private Api.Response publish(String horizon, String method, double cellSize, int topCells) {
        return api.post("/api/v1/analytics/forecasts", analyst, """
                {"crimeType":"Burglary","horizon":"%s","method":"%s","windowFrom":"2015-01","windowTo":"2015-03",
                 "cellSize":%s,"topCells":%d}""".formatted(horizon, method, cellSize, topCells));
    }

    @Test
    void anAnalystPublishesABurglaryForecastThatIsStoredExactlyAsAskedAndCannotBeChanged() {
        Api.Response created = publish("next-month", "naive", 200, 5);

        assertThat(created.status()).isEqualTo(201);
        JsonNode f = Json.read(created.body());
        long id = f.get("id").asLong();
        JsonNode read =
                Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body());
        for (JsonNode n : new JsonNode[] {f, read}) {
            assertThat(n.get("crimeType").asText()).isEqualTo("Burglary");
            assertThat(n.get("horizon").asText()).isEqualTo("NEXT_MONTH");
            assertThat(n.get("method").asText()).isEqualTo("naive");
            assertThat(n.get("parameters").asText()).isEqualTo("naive 3 mo");
            assertThat(n.get("dataSource").asText()).isEqualTo("POLICE_UK_MONTHS");
            assertThat(n.get("windowFrom").asText()).isEqualTo("2015-01-01");
            assertThat(n.get("windowTo").asText()).isEqualTo("2015-03-31");
            assertThat(n.get("periodFrom").asText()).isEqualTo("2015-04-01");
            assertThat(n.get("periodTo").asText()).isEqualTo("2015-04-30");
            assertThat(n.get("cellScheme").asText()).isEqualTo("square-grid-epsg27700");
            assertThat(n.get("cellSize").asDouble()).isEqualTo(200.0);
            assertThat(n.get("eventsUsed").asInt()).isEqualTo(24);
            assertThat(n.get("cells")).hasSize(3);
            assertThat(n.get("cells").get(0).get("rank").asInt()).isEqualTo(1);
            assertThat(n.get("cells").get(0).get("risk").asDouble()).isEqualTo(15.0);
            assertThat(n.get("cells").get(0).get("outline")).hasSize(5);
            assertThat(n.get("cells").get(2).get("risk").asDouble()).isEqualTo(3.0);
        }
        assertThat(read.get("publishedBy").asText()).isNotBlank();
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND record_refs LIKE ?",
                        "%published-forecast:" + id + "%"))
                .isEqualTo(1);

        // even a privileged connection (triggers on) cannot change a published forecast
        assertThatThrownBy(() ->
                        privileged("UPDATE analytics.published_forecast SET method = 'retro-500' WHERE id = " + id))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> privileged("DELETE FROM analytics.forecast_cell WHERE forecast_id = " + id))
                .hasMessageContaining("immutable");
        assertThat(Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst)
                                .body())
                        .get("method")
                        .asText())
                .isEqualTo("naive");
    }

    @Test
    void aForecastForTheNextWeekFromMonthlyDataOrWithAnUnknownMethodIsRefusedAndNothingIsStored() {
        long before = db.count("SELECT count(*) FROM analytics.published_forecast");

        Api.Response week = publish("next-week", "naive", 250, 5);
        assertThat(week.status()).isEqualTo(400);
        assertThat(week.body()).contains("only a next-month forecast is meaningful");
        assertThat(publish("next-month", "crystal-ball", 250, 5).status()).isEqualTo(400);
        assertThat(publish("next-month", "naive", 10, 5).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/analytics/forecasts", analyst, """
                {"crimeType":"Arson","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""").body()).contains("Unknown crime type 'Arson'");
        assertThat(api.post("/api/v1/analytics/forecasts", analyst, """
                {"crimeType":"Shoplifting","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""").body()).contains("nothing to forecast from");
        assertThat(api.post("/api/v1/analytics/forecasts", officer, """
                {"crimeType":"Burglary","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""").status())
                .isEqualTo(403);

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast"))
                .isEqualTo(before);
    }

    @Test
    void aResponseOfficerRecordsPatrolTimeAndTheSummaryShowsMinutesPerCellAndTheShareOfCellsPatrolled() {
        JsonNode f = Json.read(publish("next-month", "naive", 250, 5).body());
        long id = f.get("id").asLong();
        String top = f.get("cells").get(0).get("cellId").asText();
        String start = clock.instant().minus(Duration.ofHours(3)).toString();

        Api.Response first = api.post(
                "/api/v1/analytics/forecasts/" + id + "/dosage",
                officer,
                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + start + "\",\"minutes\":30}");
        api.post(
                "/api/v1/analytics/forecasts/" + id + "/dosage",
                officer,
                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 2\",\"startedAt\":\"" + start + "\",\"minutes\":15}");

        assertThat(first.status()).isEqualTo(200);
        JsonNode summary = Json.read(api.get("/api/v1/analytics/forecasts/" + id + "/dosage", analyst)
                .body());
        assertThat(summary.get("totalMinutes").asLong()).isEqualTo(45);
        assertThat(summary.get("cells").get(0).get("minutes").asLong()).isEqualTo(45);
        assertThat(summary.get("cells").get(1).get("minutes").asLong()).isZero();
        assertThat(summary.get("cellsPatrolled").asInt()).isEqualTo(1);
        assertThat(summary.get("shareOfTopCellsPatrolled").asDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    void patrolTimeForAnUnknownForecastAForeignCellNegativeMinutesOrTheFutureChangesNothing() {
        JsonNode f = Json.read(publish("next-month", "naive", 250, 5).body());
        long id = f.get("id").asLong();
        String top = f.get("cells").get(0).get("cellId").asText();
        Instant now = clock.instant();
        String past = now.minus(Duration.ofHours(3)).toString();
        long before = db.count("SELECT count(*) FROM analytics.patrol_dosage");

        assertThat(dosage(999_999_999L, top, past, 30).status()).isEqualTo(404);
        assertThat(dosage(id, "g-9999-9999", past, 30).body()).contains("is not one of the top cells");
        assertThat(dosage(id, top, past, -5).status()).isEqualTo(400);
        assertThat(dosage(id, top, now.plus(Duration.ofHours(1)).toString(), 30).body())
                .contains("must have ended by now");
        assertThat(dosage(id, top, now.minus(Duration.ofMinutes(10)).toString(), 30)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/analytics/forecasts/" + id + "/dosage",
                                analyst,
                                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + past
                                        + "\",\"minutes\":30}")
                        .status())
                .isEqualTo(403);

        assertThat(db.count("SELECT count(*) FROM analytics.patrol_dosage")).isEqualTo(before);
    }

    private Api.Response publishOn(String method, String cells) {
        return api.post("/api/v1/analytics/forecasts", analyst, """
                {"crimeType":"Burglary","method":"%s","windowFrom":"2015-01","windowTo":"2015-03",%s"topCells":5}""".formatted(method, cells));
    }

    @Test
    void anAnalystPublishesAnH3ForecastAndReadsItBackWithHexagonsNamedByTheirIndex() {
        Api.Response created = publishOn("naive", "\"cellScheme\":\"h3\",\"h3Resolution\":9,");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        JsonNode f =
                Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body());
        assertThat(f.get("cellScheme").asText()).isEqualTo("h3");
        assertThat(f.get("h3Resolution").asInt()).isEqualTo(9);
        assertThat(f.get("cellSize").asDouble()).isBetween(150.0, 250.0);
        assertThat(f.get("parameters").asText()).isEqualTo("naive 3 mo");
        assertThat(f.get("cells")).hasSize(3);
        JsonNode top = f.get("cells").get(0);
        assertThat(top.get("cellId").asText()).matches("89[0-9a-f]{13}");
        assertThat(top.get("risk").asDouble()).isEqualTo(15.0);
        assertThat(top.get("outline")).hasSize(7);
        assertThat(db.count(
                        "SELECT count(*) FROM analytics.published_forecast WHERE id = ? AND cell_scheme = 'h3' AND h3_resolution = 9",
                        id))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND record_refs LIKE ?",
                        "%published-forecast:" + id + "%"))
                .isEqualTo(1);

        String start = clock.instant().minus(Duration.ofHours(2)).toString();
        Api.Response recorded = dosage(id, top.get("cellId").asText(), start, 40);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode summary = Json.read(api.get("/api/v1/analytics/forecasts/" + id + "/dosage", analyst)
                .body());
        assertThat(summary.get("cells").get(0).get("minutes").asLong()).isEqualTo(40);
        assertThat(summary.get("cellsPatrolled").asInt()).isEqualTo(1);
    }

    @Test
    void retrospectiveAndProspectiveHotspotsPublishOnHexagons() {
        Api.Response retro = publishOn("retro-500", "\"cellScheme\":\"h3\",\"h3Resolution\":10,");
        Api.Response prohot = publishOn("prohot", "\"cellScheme\":\"h3\",\"h3Resolution\":9,");

        assertThat(retro.status()).as(retro.body()).isEqualTo(201);
        assertThat(Json.read(retro.body()).get("parameters").asText()).isEqualTo("retro 500 m 6 mo");
        assertThat(Json.read(retro.body()).get("cells").get(0).get("cellId").asText())
                .startsWith("8a");
        assertThat(prohot.status()).as(prohot.body()).isEqualTo(201);
        assertThat(Json.read(prohot.body()).get("parameters").asText()).isEqualTo("prohot d<8 rings dt<8");
    }

    @Test
    void aBadResolutionAnUnknownSchemeOrAMethodWithoutAnH3VersionIsRefusedAndNothingIsStored() {
        long before = db.count("SELECT count(*) FROM analytics.published_forecast");

        Api.Response tooCoarse = publishOn("naive", "\"cellScheme\":\"h3\",\"h3Resolution\":4,");
        assertThat(tooCoarse.status()).isEqualTo(400);
        assertThat(tooCoarse.body())
                .contains("H3 resolution must be a whole number from 7")
                .contains("to 11")
                .contains("not 4");
        assertThat(publishOn("naive", "\"cellScheme\":\"h3\",\"h3Resolution\":14,")
                        .status())
                .isEqualTo(400);
        assertThat(publishOn("naive", "\"cellScheme\":\"h3\",").body())
                .contains("H3 resolution must be a whole number");
        assertThat(publishOn("naive", "\"cellScheme\":\"triangles\",").body())
                .contains("Unknown cell scheme 'triangles'");
        Api.Response sepp = publishOn("sepp", "\"cellScheme\":\"h3\",\"h3Resolution\":9,");
        assertThat(sepp.status()).isEqualTo(400);
        assertThat(sepp.body()).contains("not available on H3 cells").contains("naive, retro-<metres> and prohot");

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast"))
                .isEqualTo(before);
    }

    private void privileged(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = db.connect();
                java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void patrolTimeWithoutACellSaysTheCellIsRequiredAndChangesNothing() {
        long id = Json.read(publish("next-month", "naive", 250, 5).body())
                .get("id")
                .asLong();
        String past = clock.instant().minus(Duration.ofHours(3)).toString();
        long before = db.count("SELECT count(*) FROM analytics.patrol_dosage");

        var r = api.post(
                "/api/v1/analytics/forecasts/" + id + "/dosage",
                officer,
                "{\"unit\":\"Alpha 1\",\"startedAt\":\"" + past + "\",\"minutes\":20}");

        String message = org.constable.testsupport.Problems.fieldError(r, "cellId");
        assertThat(message).contains("cellId is required").doesNotContain("null");
        assertThat(db.count("SELECT count(*) FROM analytics.patrol_dosage")).isEqualTo(before);
    }

    private Api.Response dosage(long id, String cell, String start, int minutes) {
        return api.post(
                "/api/v1/analytics/forecasts/" + id + "/dosage",
                officer,
                "{\"cellId\":\"" + cell + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + start + "\",\"minutes\":"
                        + minutes + "}");
    }
}
