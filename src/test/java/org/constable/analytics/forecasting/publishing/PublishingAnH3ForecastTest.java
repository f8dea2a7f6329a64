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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst publishes a burglary forecast on H3 hexagons of resolution 9 and reads it back with
 * its cells named by H3 index and drawn as hexagons; an officer records patrol time in its top
 * hexagon; a resolution outside 7 to 11, a missing one, an unknown scheme or a method without an
 * H3 version is refused with a clear message and stores nothing.
 */
@ConstableHttpTest
class PublishingAnH3ForecastTest {

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

    @BeforeEach
    void setUp() {
        SmallPoliceUkFixture.importOnce(imports, db, folder);
        api = new Api(port);
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
    }

    private Api.Response publish(String method, String cells) {
        return api.post("/api/v1/analytics/forecasts", analyst, """
                {"crimeType":"Burglary","method":"%s","windowFrom":"2015-01","windowTo":"2015-03",%s"topCells":5}"""
                .formatted(method, cells));
    }

    @Test
    void anAnalystPublishesAnH3ForecastAndReadsItBackWithHexagonsNamedByTheirIndex() {
        Api.Response created = publish("naive", "\"cellScheme\":\"h3\",\"h3Resolution\":9,");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        JsonNode f = Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body());
        assertThat(f.get("cellScheme").asText()).isEqualTo("h3");
        assertThat(f.get("h3Resolution").asInt()).isEqualTo(9);
        assertThat(f.get("cellSize").asDouble()).isBetween(150.0, 250.0);
        assertThat(f.get("parameters").asText()).isEqualTo("naive 3 mo");
        assertThat(f.get("cells")).hasSize(3);
        JsonNode top = f.get("cells").get(0);
        assertThat(top.get("cellId").asText()).matches("89[0-9a-f]{13}");
        assertThat(top.get("risk").asDouble()).isEqualTo(15.0);
        assertThat(top.get("outline")).hasSize(7);
        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast WHERE id = ? AND cell_scheme = 'h3' AND h3_resolution = 9",
                id)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND record_refs LIKE ?",
                "%published-forecast:" + id + "%")).isEqualTo(1);

        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        String start = clock.instant().minus(Duration.ofHours(2)).toString();
        Api.Response dosage = api.post("/api/v1/analytics/forecasts/" + id + "/dosage", officer,
                "{\"cellId\":\"" + top.get("cellId").asText() + "\",\"unit\":\"Bravo 3\",\"startedAt\":\"" + start + "\",\"minutes\":40}");
        assertThat(dosage.status()).as(dosage.body()).isEqualTo(200);
        JsonNode summary = Json.read(api.get("/api/v1/analytics/forecasts/" + id + "/dosage", analyst).body());
        assertThat(summary.get("cells").get(0).get("minutes").asLong()).isEqualTo(40);
        assertThat(summary.get("cellsPatrolled").asInt()).isEqualTo(1);
    }

    @Test
    void retrospectiveAndProspectiveHotspotsPublishOnHexagons() {
        Api.Response retro = publish("retro-500", "\"cellScheme\":\"h3\",\"h3Resolution\":10,");
        Api.Response prohot = publish("prohot", "\"cellScheme\":\"h3\",\"h3Resolution\":9,");

        assertThat(retro.status()).as(retro.body()).isEqualTo(201);
        assertThat(Json.read(retro.body()).get("parameters").asText()).isEqualTo("retro 500 m 6 mo");
        assertThat(Json.read(retro.body()).get("cells").get(0).get("cellId").asText()).startsWith("8a");
        assertThat(prohot.status()).as(prohot.body()).isEqualTo(201);
        assertThat(Json.read(prohot.body()).get("parameters").asText()).isEqualTo("prohot d<8 rings dt<8");
    }

    @Test
    void aBadResolutionAnUnknownSchemeOrAMethodWithoutAnH3VersionIsRefusedAndNothingIsStored() {
        long before = db.count("SELECT count(*) FROM analytics.published_forecast");

        Api.Response tooCoarse = publish("naive", "\"cellScheme\":\"h3\",\"h3Resolution\":4,");
        assertThat(tooCoarse.status()).isEqualTo(400);
        assertThat(tooCoarse.body()).contains("H3 resolution must be a whole number from 7").contains("to 11").contains("not 4");
        assertThat(publish("naive", "\"cellScheme\":\"h3\",\"h3Resolution\":14,").status()).isEqualTo(400);
        assertThat(publish("naive", "\"cellScheme\":\"h3\",").body()).contains("H3 resolution must be a whole number");
        assertThat(publish("naive", "\"cellScheme\":\"triangles\",").body()).contains("Unknown cell scheme 'triangles'");
        Api.Response sepp = publish("sepp", "\"cellScheme\":\"h3\",\"h3Resolution\":9,");
        assertThat(sepp.status()).isEqualTo(400);
        assertThat(sepp.body()).contains("not available on H3 cells").contains("naive, retro-<metres> and prohot");

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast")).isEqualTo(before);
    }
}
