package org.constable.analytics.forecasting.publishing;

import org.constable.crime.legacy.application.PoliceUkImport;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An intelligence analyst publishes a next-month burglary forecast from the force's historic
 * crimes; it is stored exactly as asked and cannot be changed; a response officer records patrol
 * time in its top cells and the summary shows minutes per cell and the share of cells patrolled;
 * bad requests are refused and change nothing.
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
    @TempDir
    Path folder;

    Api api;
    String analyst;
    String officer;

    @BeforeEach
    void setUp() {
        SmallPoliceUkFixture.importOnce(imports, db, folder);
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
        JsonNode read = Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body());
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
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND record_refs LIKE ?",
                "%published-forecast:" + id + "%")).isEqualTo(1);

        // even a privileged connection (triggers on) cannot change a published forecast
        assertThatThrownBy(() -> privileged("UPDATE analytics.published_forecast SET method = 'retro-500' WHERE id = " + id))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> privileged("DELETE FROM analytics.forecast_cell WHERE forecast_id = " + id))
                .hasMessageContaining("immutable");
        assertThat(Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body()).get("method").asText()).isEqualTo("naive");
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
                {"crimeType":"Arson","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""").body())
                .contains("Unknown crime type 'Arson'");
        assertThat(api.post("/api/v1/analytics/forecasts", analyst, """
                {"crimeType":"Shoplifting","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""").body())
                .contains("nothing to forecast from");
        assertThat(api.post("/api/v1/analytics/forecasts", officer, """
                {"crimeType":"Burglary","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""").status()).isEqualTo(403);

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast")).isEqualTo(before);
    }

    @Test
    void aResponseOfficerRecordsPatrolTimeAndTheSummaryShowsMinutesPerCellAndTheShareOfCellsPatrolled() {
        JsonNode f = Json.read(publish("next-month", "naive", 250, 5).body());
        long id = f.get("id").asLong();
        String top = f.get("cells").get(0).get("cellId").asText();
        String start = clock.instant().minus(Duration.ofHours(3)).toString();

        Api.Response first = api.post("/api/v1/analytics/forecasts/" + id + "/dosage", officer,
                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + start + "\",\"minutes\":30}");
        api.post("/api/v1/analytics/forecasts/" + id + "/dosage", officer,
                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 2\",\"startedAt\":\"" + start + "\",\"minutes\":15}");

        assertThat(first.status()).isEqualTo(200);
        JsonNode summary = Json.read(api.get("/api/v1/analytics/forecasts/" + id + "/dosage", analyst).body());
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
        assertThat(dosage(id, top, now.plus(Duration.ofHours(1)).toString(), 30).body()).contains("must have ended by now");
        assertThat(dosage(id, top, now.minus(Duration.ofMinutes(10)).toString(), 30).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/analytics/forecasts/" + id + "/dosage", analyst,
                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + past + "\",\"minutes\":30}").status()).isEqualTo(403);

        assertThat(db.count("SELECT count(*) FROM analytics.patrol_dosage")).isEqualTo(before);
    }

    private void privileged(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private Api.Response dosage(long id, String cell, String start, int minutes) {
        return api.post("/api/v1/analytics/forecasts/" + id + "/dosage", officer,
                "{\"cellId\":\"" + cell + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + start + "\",\"minutes\":" + minutes + "}");
    }
}
