package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live fan-out of a custody suite board: a suite with 60 detainees (half at level 2, visited every
 * 30 minutes), N clients hold GET /custody/suites/{id}/stream open (SSE, bearer token), then cell
 * visits are recorded (POST /api/v1/custody/detentions/{id}/visits) round the detainees; for every
 * (client, update) pair the time from just before the POST is sent to that client reading the
 * "detention" event. The same is done first with a single subscriber as the same-run baseline.
 * Updates are sent one at a time, 200 ms apart (60 detainees visited every 30 minutes is one visit
 * every 30 s: this is a much denser burst than a real suite's).
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=CustodySuiteBoardFanOutBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class CustodySuiteBoardFanOutBenchmark {

    private static final int SUBSCRIBERS = 200;
    private static final int DETAINEES = 60;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    org.constable.custody.persistence.SuiteStore suites;

    @Autowired
    java.time.Clock clock;

    @Test
    void suiteBoardFanOutToTwoHundredBoards() throws Exception {
        Api api = new Api(port);
        String sergeant = api.token(users, users.create(Role.CUSTODY_OFFICER));
        List<String> cells = new ArrayList<>();
        for (int c = 1; c <= DETAINEES; c++) {
            cells.add("F" + c);
        }
        var suite = suites.open("Fan-out suite " + System.nanoTime(), cells);
        List<Long> detentions = new ArrayList<>();
        var cellRows = suites.cells(suite.id());
        for (int i = 0; i < DETAINEES; i++) {
            var person = api.post(
                    "/api/v1/persons",
                    sergeant,
                    "{\"forename\":\"Fan\",\"surname\":\"Out" + System.nanoTime() % 1000000 + "\"}");
            assertThat(person.status()).as(person.body()).isEqualTo(201);
            long personId = Json.read(person.body()).get("id").asLong();
            var booked = api.post(
                    "/api/v1/custody/suites/" + suite.id() + "/detentions",
                    sergeant,
                    "{\"personId\":" + personId + ",\"cellId\":"
                            + cellRows.get(i).id()
                            + ",\"arrestingOfficer\":\"PC 1\",\"arrestGrounds\":\"g\",\"offences\":[{\"description\":\"Theft\"}],"
                            + "\"arrestedAt\":\"" + clock.instant().minus(Duration.ofMinutes(30))
                            + "\",\"risk\":{\"drugsOrAlcohol\":"
                            + (i % 2 == 0) + "}}");
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            long id = Json.read(booked.body()).get("id").asLong();
            var auth = api.post("/api/v1/custody/detentions/" + id + "/authorisation", sergeant, "{\"grounds\":\"g\"}");
            assertThat(auth.status()).as(auth.body()).isEqualTo(204);
            detentions.add(id);
        }
        String stream = "/custody/suites/" + suite.id() + "/stream";
        long started = System.nanoTime();
        SseFanOutClient client = new SseFanOutClient(port, "detention");
        IntFunction<HttpRequest> update = k -> HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/custody/detentions/" + detentions.get(k % detentions.size()) + "/visits"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + sergeant)
                .POST(HttpRequest.BodyPublishers.ofString("{\"roused\":true,\"seen\":\"Fan-out visit " + k + "\"}"))
                .build();
        SseFanOutClient.Result single = client.run(1, stream, sergeant, update);
        System.out.printf(Locale.ROOT, "[benchmark] 1 subscriber: p50 %.2f ms%n", single.percentileMs(50));
        SseFanOutClient.Result many = client.run(SUBSCRIBERS, stream, sergeant, update);
        System.out.printf(
                Locale.ROOT,
                "[benchmark] %d subscribers: p50 %.2f ms, p99 %.2f ms%n",
                SUBSCRIBERS,
                many.percentileMs(50),
                many.percentileMs(99));
        double minutes = (System.nanoTime() - started) / 60e9;
        BenchmarkSupport.publish(
                "custody-suite-board-fan-out",
                client.report(
                        "Custody suite board fan-out over SSE (GET /custody/suites/{id}/stream), 60 detainees, update by"
                                + " POST /api/v1/custody/detentions/{id}/visits",
                        single,
                        many,
                        minutes));
        assertThat(many.missing()).as("events that never arrived").isZero();
    }
}
