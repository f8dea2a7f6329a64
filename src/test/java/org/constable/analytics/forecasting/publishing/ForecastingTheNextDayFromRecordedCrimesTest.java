package org.constable.analytics.forecasting.publishing;

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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vehicle crimes recorded through the crime API at exact times: an analyst publishes a next-day
 * forecast from the week before yesterday, reads it back with its data source and period (yesterday),
 * an officer logs patrol time in the top cell, and the dosage effect report counts yesterday's
 * crimes in the patrolled top cell, the unpatrolled one and elsewhere. Bad requests store nothing.
 */
@ConstableHttpTest
class ForecastingTheNextDayFromRecordedCrimesTest {

    private static final ZoneId FORCE = ZoneId.of("Europe/London");

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
    }

    /** Records a theft from a vehicle (45, police.uk "Vehicle crime") that began on the day at the time, at the place. */
    private void vehicleCrime(LocalDate day, String time, Area where) {
        RecordedCrimeFixture.crime(api, investigator, victim, "45", day.atTime(LocalTime.parse(time)).atZone(FORCE).toInstant(), where);
    }

    private Api.Response publish(String horizon, LocalDate from, LocalDate to, String crimeType) {
        return api.post("/api/v1/analytics/forecasts", analyst, """
                {"source":"recorded","crimeType":"%s","horizon":"%s","method":"naive","windowFrom":"%s","windowTo":"%s",
                 "cellSize":250,"topCells":2}""".formatted(crimeType, horizon, from, to));
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
        JsonNode f = Json.read(api.get("/api/v1/analytics/forecasts/" + id, analyst).body());
        assertThat(f.get("dataSource").asText()).isEqualTo("RECORDED_EXACT");
        assertThat(f.get("horizon").asText()).isEqualTo("NEXT_DAY");
        assertThat(f.get("crimeType").asText()).isEqualTo("Vehicle crime");
        assertThat(f.get("windowFrom").asText()).isEqualTo(first.toString());
        assertThat(f.get("windowTo").asText()).isEqualTo(last.toString());
        assertThat(f.get("periodFrom").asText()).isEqualTo(yesterday.toString());
        assertThat(f.get("periodTo").asText()).isEqualTo(yesterday.toString());
        assertThat(f.get("parameters").asText()).isEqualTo("naive 28 d");
        assertThat(f.get("eventsUsed").asInt()).isEqualTo(4);
        assertThat(f.get("cells")).hasSize(2);
        assertThat(f.get("cells").get(0).get("risk").asDouble()).isEqualTo(3.0);
        assertThat(f.get("cells").get(1).get("risk").asDouble()).isEqualTo(1.0);

        String top = f.get("cells").get(0).get("cellId").asText();
        Instant patrolStart = yesterday.atTime(10, 0).atZone(FORCE).toInstant();
        assertThat(api.post("/api/v1/analytics/forecasts/" + id + "/dosage", officer, "{\"cellId\":\"" + top
                + "\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + patrolStart + "\",\"minutes\":30}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/analytics/forecasts/" + id + "/dosage", officer, "{\"cellId\":\"" + top
                + "\",\"unit\":\"Alpha 2\",\"startedAt\":\"" + patrolStart.minusSeconds(86_400) + "\",\"minutes\":15}").status()).isEqualTo(200);

        var report = api.get("/api/v1/analytics/forecasts/" + id + "/effect", analyst);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode e = Json.read(report.body());
        assertThat(e.get("periodComplete").asBoolean()).isTrue();
        assertGroup(e.get("patrolledTopCells"), 1, 30, 3.0, 2);
        assertGroup(e.get("unpatrolledTopCells"), 1, 0, 1.0, 1);
        assertThat(e.get("restOfArea").get("crimesHappened").asInt()).isEqualTo(1);
        assertThat(e.get("restOfArea").get("patrolMinutes").isNull()).isTrue();
        assertThat(e.get("minutesOutsidePeriod").asLong()).isEqualTo(15);
        assertThat(e.get("caveat").asText()).contains("Observational");
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

        assertThat(publish("next-day", today.minusDays(3), today.plusDays(1), "Vehicle crime").body())
                .contains("cannot end in the future");
        assertThat(publish("next-day", today.minusDays(3), today.minusDays(5), "Vehicle crime").body())
                .contains("the last not before the first");
        assertThat(publish("next-week", today.minusDays(3), today.minusDays(1), "Mischief").body())
                .contains("Unknown crime type 'Mischief'");
        assertThat(publish("next-week", LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 7), "Bicycle theft").body())
                .contains("No recorded 'Bicycle theft' crimes").contains("nothing to forecast from");
        var months = api.post("/api/v1/analytics/forecasts", analyst, """
                {"source":"historic","crimeType":"Burglary","horizon":"next-day","method":"naive","windowFrom":"2015-01","windowTo":"2015-03"}""");
        assertThat(months.status()).isEqualTo(400);
        assertThat(months.body()).contains("only a next-month forecast is meaningful");

        assertThat(db.count("SELECT count(*) FROM analytics.published_forecast")).isEqualTo(before);
    }
}
