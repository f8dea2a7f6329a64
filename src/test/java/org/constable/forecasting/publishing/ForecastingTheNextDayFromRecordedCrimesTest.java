package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.constable.forecasting.h3.H3Cells;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
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
 * Vehicle crimes recorded through the crime API at exact times: an analyst publishes a next-day
 * forecast from the week before yesterday, reads it back with its data source and period (yesterday),
 * an officer logs patrol time in the top cell, and the dosage effect report counts yesterday's
 * crimes in the patrolled top cell, the unpatrolled one and elsewhere. Bad requests store nothing.
 * The same with both options of a forecast at once: robberies forecast for the next day on H3
 * resolution 9 hexagons, stored with cell scheme, resolution, data source and period, the effect
 * report finding the day's crimes in the hexagons by their stored outlines; a next-week prohot
 * forecast on hexagons; a method or resolution H3 cannot take is refused and nothing is stored.
 */
@ConstableHttpTest
class ForecastingTheNextDayFromRecordedCrimesTest {

    private static final ZoneId FORCE = ZoneId.of("Europe/London");
    private static final int RESOLUTION = 9;
    /** Robbery of personal property: police.uk "Robbery", a category no other recorded-crime test uses. */
    private static final String ROBBERY = "34B";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    Api api;
    String analyst;
    String officer;
    String investigator;
    long victim;
    LocalDate yesterday;
    Area hot;
    Area second;
    /** The centres of two H3 resolution 9 hexagons about 1.1 km apart: points a few metres off stay inside them. */
    Area hexagon;

    Area nextHexagon;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        victim = RecordedCrimeFixture.victim(api, investigator);
        yesterday = LocalDate.ofInstant(clock.instant(), FORCE).minusDays(1);
        hot = CommandAndControl.freshArea();
        second = hot.offset(0, 1100);
        hexagon = centreOfHexagonAt(hot.offset(-3000, 0));
        nextHexagon = centreOfHexagonAt(hot.offset(-1900, 0));
    }

    /** Records a theft from a vehicle (45, police.uk "Vehicle crime") that began on the day at the time, at the place. */
    private void vehicleCrime(LocalDate day, String time, Area where) {
        RecordedCrimeFixture.crime(
                api,
                investigator,
                victim,
                "45",
                day.atTime(LocalTime.parse(time)).atZone(FORCE).toInstant(),
                where);
    }

    private Api.Response publish(String horizon, LocalDate from, LocalDate to, String crimeType) {
        return api.post("/api/v1/analytics/forecasts", analyst, """
                {"source":"recorded","crimeType":"%s","horizon":"%s","method":"naive","windowFrom":"%s","windowTo":"%s",
                 "cellSize":250,"topCells":2}""".formatted(crimeType, horizon, from, to));
    }

    private static Area centreOfHexagonAt(Area a) {
        double[] c = H3Cells.centre(H3Cells.cellOf(a.latitude(), a.longitude(), RESOLUTION));
        return new Area(c[0], c[1]);
    }

    private static String hexagonOf(Area a) {
        return H3Cells.id(H3Cells.cellOf(a.latitude(), a.longitude(), RESOLUTION));
    }

    private void robbery(LocalDate day, String time, Area where) {
        RecordedCrimeFixture.crime(
                api,
                investigator,
                victim,
                ROBBERY,
                day.atTime(LocalTime.parse(time)).atZone(FORCE).toInstant(),
                where);
    }

    private Api.Response publishRobbery(String horizon, String method, LocalDate from, LocalDate to, String cells) {
        return api.post("/api/v1/analytics/forecasts", analyst, """
                {"source":"recorded","crimeType":"Robbery","horizon":"%s","method":"%s","windowFrom":"%s","windowTo":"%s",
                 %s"topCells":2}""".formatted(horizon, method, from, to, cells));
    }

    @Test
    void aNextDayForecastFromRecordedCrimesIsStoredWithItsSourceAndPeriodAndItsEffectReportCountsYesterdaysCrimes() {
        LocalDate last = yesterday.minusDays(1);
        LocalDate first = yesterday.minusDays(7);
        vehicleCrime(yesterday.minusDays(10), "11:00", hot); // before the window: not used
        vehicleCrime(last.minusDays(4), "09:00", second);
        vehicleCrime(last.minusDays(2), "10:00", hot);
        vehicleCrime(last.minusDays(1), "14:00", hot);
        vehicleCrime(last, "22:30", hot);
        // the forecast day: 2 in the hot cell, 1 in the second, 1 two kilometres away
        vehicleCrime(yesterday, "08:00", hot.offset(20, 20));
        vehicleCrime(yesterday, "20:00", hot.offset(30, 10));
        vehicleCrime(yesterday, "12:00", hot.offset(20, 1120));
        vehicleCrime(yesterday, "13:00", hot.offset(2000, 2000));

        var created = publish("next-day", first, last, "Vehicle crime");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        JsonNode f = readNaiveNextDayForecast(id, first, last);
        assertThat(f.get("crimeType").asText()).isEqualTo("Vehicle crime");

        String top = f.get("cells").get(0).get("cellId").asText();
        Instant patrolStart = yesterday.atTime(10, 0).atZone(FORCE).toInstant();
        assertThat(api.post(
                                "/api/v1/analytics/forecasts/" + id + "/dosage",
                                officer,
                                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + patrolStart
                                        + "\",\"minutes\":30}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/analytics/forecasts/" + id + "/dosage",
                                officer,
                                "{\"cellId\":\"" + top + "\",\"unit\":\"Alpha 2\",\"startedAt\":\""
                                        + patrolStart.minusSeconds(86_400) + "\",\"minutes\":15}")
                        .status())
                .isEqualTo(200);

        JsonNode e = completeEffectReport(id);
        assertGroup(e.get("patrolledTopCells"), 1, 30, 3.0, 2);
        assertGroup(e.get("unpatrolledTopCells"), 1, 0, 1.0, 1);
        assertThat(e.get("restOfArea").get("crimesHappened").asInt()).isEqualTo(1);
        assertThat(e.get("restOfArea").get("patrolMinutes").isNull()).isTrue();
        assertThat(e.get("minutesOutsidePeriod").asLong()).isEqualTo(15);
        assertThat(e.get("caveat").asText()).contains("Observational");
    }

    /** The forecast as read back: a naive next-day one from recorded crimes, yesterday forecast, 4 crimes in 2 top cells (3 and 1). */
    private JsonNode readNaiveNextDayForecast(long id, LocalDate first, LocalDate last) {
        JsonNode f =
                Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body());
        assertThat(f.get("dataSource").asText()).isEqualTo("RECORDED_EXACT");
        assertThat(f.get("horizon").asText()).isEqualTo("NEXT_DAY");
        assertThat(f.get("windowFrom").asText()).isEqualTo(first.toString());
        assertThat(f.get("windowTo").asText()).isEqualTo(last.toString());
        assertThat(f.get("periodFrom").asText()).isEqualTo(yesterday.toString());
        assertThat(f.get("periodTo").asText()).isEqualTo(yesterday.toString());
        assertThat(f.get("parameters").asText()).isEqualTo("naive 28 d");
        assertThat(f.get("eventsUsed").asInt()).isEqualTo(4);
        assertThat(f.get("cells")).hasSize(2);
        assertThat(f.get("cells").get(0).get("risk").asDouble()).isEqualTo(3.0);
        assertThat(f.get("cells").get(1).get("risk").asDouble()).isEqualTo(1.0);
        return f;
    }

    private JsonNode completeEffectReport(long id) {
        var report = api.get("/api/v1/analytics/forecasts/" + id + "/effect", analyst);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode e = Json.read(report.body());
        assertThat(e.get("periodComplete").asBoolean()).isTrue();
        return e;
    }

    private static void assertGroup(JsonNode g, int cells, long minutes, double forecast, int happened) {
        assertThat(g.get("cells").asInt()).isEqualTo(cells);
        assertThat(g.get("patrolMinutes").asLong()).isEqualTo(minutes);
        assertThat(g.get("crimesForecast").asDouble()).isEqualTo(forecast);
        assertThat(g.get("crimesHappened").asInt()).isEqualTo(happened);
    }

    @Test
    void aWindowEndingInTheFutureOrEmptyOrBackwardsAnUnknownTypeOrANextDayFromMonthsIsRefusedAndNothingIsStored() {
        long before = db.count("SELECT count(*) FROM analytics.published_forecast");
        LocalDate today = yesterday.plusDays(1);

        assertThat(publish("next-day", today.minusDays(3), today.plusDays(1), "Vehicle crime")
                        .body())
                .contains("cannot end in the future");
        assertThat(publish("next-day", today.minusDays(3), today.minusDays(5), "Vehicle crime")
                        .body())
                .contains("the last not before the first");
        assertThat(publish("next-week", today.minusDays(3), today.minusDays(1), "Mischief")
                        .body())
                .contains("Unknown crime type 'Mischief'");
        assertThat(publish("next-week", LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 7), "Bicycle theft")
                        .body())
                .contains("No recorded 'Bicycle theft' crimes")
                .contains("nothing to forecast from");
        var months = api.post("/api/v1/analytics/forecasts", analyst, """
                {"source":"historic","crimeType":"Burglary","horizon":"next-day","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""");
        assertThat(months.status()).isEqualTo(400);
        assertThat(months.body()).contains("only a next-month forecast is meaningful");

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast"))
                .isEqualTo(before);
    }

    @Test
    void aNextDayForecastOnH3HexagonsFromRecordedCrimesIsStoredAndItsEffectReportFindsTheDaysCrimesInTheHexagons() {
        LocalDate last = yesterday.minusDays(1);
        LocalDate first = yesterday.minusDays(7);
        robbery(first.minusDays(3), "11:00", hexagon); // before the window: not used
        robbery(last.minusDays(4), "09:00", nextHexagon);
        robbery(last.minusDays(2), "10:00", hexagon.offset(15, -10));
        robbery(last.minusDays(1), "14:00", hexagon);
        robbery(last, "23:30", hexagon.offset(-20, 5));
        // the forecast day: 2 in the first hexagon, 1 in the next, 1 some kilometres away
        robbery(yesterday, "00:30", hexagon.offset(20, 20));
        robbery(yesterday, "20:00", hexagon.offset(-30, 10));
        robbery(yesterday, "12:00", nextHexagon.offset(10, -20));
        robbery(yesterday, "13:00", hexagon.offset(2000, 2000));

        var created = publishRobbery("next-day", "naive", first, last, "\"cellScheme\":\"h3\",\"h3Resolution\":9,");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        JsonNode f = readNaiveNextDayForecast(id, first, last);
        assertThat(f.get("cellScheme").asText()).isEqualTo("h3");
        assertThat(f.get("h3Resolution").asInt()).isEqualTo(RESOLUTION);
        assertThat(f.get("cells").get(0).get("cellId").asText()).isEqualTo(hexagonOf(hexagon));
        assertThat(f.get("cells").get(0).get("outline")).hasSize(7);
        assertThat(f.get("cells").get(1).get("cellId").asText()).isEqualTo(hexagonOf(nextHexagon));
        assertThat(db.count(
                        "SELECT count(*) FROM analytics.published_forecast WHERE id = ? AND cell_scheme = 'h3' AND h3_resolution = 9"
                                + " AND data_source = 'RECORDED_EXACT' AND period_from = period_to",
                        id))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND record_refs LIKE ?"
                                + " AND detail LIKE '%H3 resolution 9 hexagons%exact offence times%'",
                        "%published-forecast:" + id + "%"))
                .isEqualTo(1);

        String top = hexagonOf(hexagon);
        Instant patrolStart = yesterday.atTime(10, 0).atZone(FORCE).toInstant();
        assertThat(api.post(
                                "/api/v1/analytics/forecasts/" + id + "/dosage",
                                officer,
                                "{\"cellId\":\"" + top + "\",\"unit\":\"Bravo 1\",\"startedAt\":\"" + patrolStart
                                        + "\",\"minutes\":40}")
                        .status())
                .isEqualTo(200);

        JsonNode e = completeEffectReport(id);
        assertGroup(e.get("patrolledTopCells"), 1, 40, 3.0, 2);
        assertGroup(e.get("unpatrolledTopCells"), 1, 0, 1.0, 1);
        assertThat(e.get("restOfArea").get("crimesHappened").asInt()).isEqualTo(1);
        assertThat(e.get("cells").get(0).get("cellId").asText()).isEqualTo(top);
        assertThat(e.get("cells").get(0).get("crimesHappened").asInt()).isEqualTo(2);
    }

    @Test
    void aNextWeekProhotForecastOnHexagonsRunsWeeklyAndWhatH3CannotTakeIsRefusedWithNothingStored() {
        LocalDate last = yesterday.minusDays(30);
        robbery(last.minusDays(16), "09:00", hexagon); // two whole weeks before the cut-off: dt = 2
        robbery(last.minusDays(1), "18:00", hexagon.offset(10, 10)); // dt = 0
        robbery(last, "07:00", nextHexagon);

        var week = publishRobbery(
                "next-week", "prohot", last.minusDays(20), last, "\"cellScheme\":\"h3\",\"h3Resolution\":10,");
        assertThat(week.status()).as(week.body()).isEqualTo(201);
        JsonNode w = Json.read(week.body());
        assertThat(w.get("parameters").asText()).startsWith("prohot d<").contains("rings");
        assertThat(w.get("h3Resolution").asInt()).isEqualTo(10);
        assertThat(w.get("periodFrom").asText()).isEqualTo(last.plusDays(1).toString());
        assertThat(w.get("periodTo").asText()).isEqualTo(last.plusDays(7).toString());
        assertThat(w.get("eventsUsed").asInt()).isEqualTo(3);
        // weeks, not months, count dt: 1/(1+2) + 1/(1+0) in the hexagon's own cell (d = 0)
        JsonNode topCell = w.get("cells").get(0);
        assertThat(topCell.get("cellId").asText())
                .isEqualTo(H3Cells.id(H3Cells.cellOf(hexagon.latitude(), hexagon.longitude(), 10)));
        assertThat(topCell.get("risk").asDouble()).isCloseTo(4.0 / 3, within(1e-9));

        long before = db.count("SELECT count(*) FROM analytics.published_forecast");
        var sepp = publishRobbery(
                "next-day", "sepp", last.minusDays(20), last, "\"cellScheme\":\"h3\",\"h3Resolution\":9,");
        assertThat(sepp.status()).isEqualTo(400);
        assertThat(sepp.body()).contains("not available on H3 cells").contains("naive, retro-<metres> and prohot");
        var coarse = publishRobbery(
                "next-day", "naive", last.minusDays(20), last, "\"cellScheme\":\"h3\",\"h3Resolution\":6,");
        assertThat(coarse.status()).isEqualTo(400);
        assertThat(coarse.body())
                .contains("H3 resolution must be a whole number from 7")
                .contains("not 6");
        var empty = publishRobbery(
                "next-day",
                "naive",
                LocalDate.of(2001, 1, 1),
                LocalDate.of(2001, 1, 7),
                "\"cellScheme\":\"h3\",\"h3Resolution\":9,");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("No recorded 'Robbery' crimes");
        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast"))
                .isEqualTo(before);
    }
}
