package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntFunction;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live fan-out of the board: N clients hold GET /api/v1/board/stream open (SSE, bearer token),
 * then an incident is updated (POST /api/v1/incidents/{id}/log) again and again; for every
 * (client, update) pair the time from just before the POST is sent to that client reading the
 * "incident" event. The same is done first with a single subscriber as the same-run baseline.
 * Updates are sent one at a time: the next only after every client got the last (or 30 s passed).
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=BoardFanOutBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@Order(2) // when run together with ClassOrderer$OrderAnnotation: calls, then fan-out, then the 1M-row lookup
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class BoardFanOutBenchmark {

    private static final int SUBSCRIBERS = 1000;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void boardFanOutToAThousandSubscribers() throws Exception {
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        var call = api.post(
                "/api/v1/calls",
                handler,
                "{\"channel\":\"EMERGENCY_999\",\"location\":{\"latitude\":53.45,\"longitude\":-2.2},"
                        + "\"whatHappened\":\"Fan-out benchmark incident\",\"callType\":\"ASSAULT\",\"thrive\":{"
                        + "\"threat\":{\"level\":\"MEDIUM\"},\"harm\":{\"level\":\"MEDIUM\"},\"risk\":{\"level\":\"MEDIUM\"},"
                        + "\"investigation\":{\"level\":\"LOW\"},\"vulnerability\":{\"level\":\"LOW\"},\"engagement\":{\"level\":\"LOW\"}}}");
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incidentId = Json.read(call.body()).get("incidentId").asLong();

        SseFanOutClient client = new SseFanOutClient(port, "incident");
        IntFunction<HttpRequest> update = k -> HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/incidents/" + incidentId + "/log"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + handler)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Fan-out benchmark update " + k + "\"}"))
                .build();
        long started = System.nanoTime();
        SseFanOutClient.Result single = client.run(1, "/api/v1/board/stream", dispatcher, update);
        System.out.printf(Locale.ROOT, "[benchmark] 1 subscriber: p50 %.2f ms%n", single.percentileMs(50));
        SseFanOutClient.Result many = client.run(SUBSCRIBERS, "/api/v1/board/stream", dispatcher, update);
        System.out.printf(
                Locale.ROOT,
                "[benchmark] %d subscribers: p50 %.2f ms, p99 %.2f ms%n",
                SUBSCRIBERS,
                many.percentileMs(50),
                many.percentileMs(99));
        double minutes = (System.nanoTime() - started) / 60e9;
        BenchmarkSupport.publish(
                "board-fan-out",
                client.report(
                        "Board fan-out over SSE (GET /api/v1/board/stream), update by POST /api/v1/incidents/{id}/log",
                        single,
                        many,
                        minutes));
        assertThat(many.missing()).as("events that never arrived").isZero();
    }
}
