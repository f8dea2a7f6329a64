package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final int UPDATES = 25;
    private static final int WARM_UPDATES = 3;
    private static final int CONNECT_BATCH = 50;
    private static final long MISSING = Long.MAX_VALUE;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    org.constable.custody.persistence.SuiteStore suites;

    @Autowired
    java.time.Clock clock;

    private final HttpClient streams = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final HttpClient posts = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One board: counts "hello" and "incident" events and stamps the arrival of each incident event. */
    static final class Board implements Flow.Subscriber<String> {
        final long[] arrivals = new long[UPDATES + WARM_UPDATES + 1];
        final AtomicInteger incidents = new AtomicInteger();
        final CountDownLatch hello;
        final CountDownLatch[] perUpdate;
        Flow.Subscription subscription;
        String event;

        Board(CountDownLatch hello, CountDownLatch[] perUpdate) {
            this.hello = hello;
            this.perUpdate = perUpdate;
            Arrays.fill(arrivals, MISSING);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                if ("hello".equals(event)) {
                    hello.countDown();
                } else if ("detention".equals(event)) {
                    int k = incidents.getAndIncrement();
                    if (k < arrivals.length) {
                        arrivals[k] = now;
                        perUpdate[k].countDown();
                    }
                }
            } else if (line.isEmpty()) {
                event = null;
            }
        }

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onComplete() {}
    }

    record Result(
            int subscribers, int updates, long[] latencies, long missing, double[] postMs, double[] lastArrivalMs) {
        double percentileMs(double p) {
            return BenchmarkSupport.percentile(latencies, p) / 1e6;
        }

        double shareWithin(long nanos) {
            long within = Arrays.stream(latencies).filter(l -> l <= nanos).count();
            return within / (double) latencies.length;
        }
    }

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
        Result single = run(1, sergeant, sergeant, stream, detentions);
        System.out.printf(Locale.ROOT, "[benchmark] 1 subscriber: p50 %.2f ms%n", single.percentileMs(50));
        Result many = run(SUBSCRIBERS, sergeant, sergeant, stream, detentions);
        System.out.printf(
                Locale.ROOT,
                "[benchmark] %d subscribers: p50 %.2f ms, p99 %.2f ms%n",
                SUBSCRIBERS,
                many.percentileMs(50),
                many.percentileMs(99));
        double minutes = (System.nanoTime() - started) / 60e9;
        BenchmarkSupport.publish("custody-suite-board-fan-out", report(single, many, minutes));
        assertThat(many.missing()).as("events that never arrived").isZero();
    }

    private Result run(int subscribers, String streamToken, String postToken, String path, List<Long> detentions)
            throws Exception {
        CountDownLatch[] perUpdate = new CountDownLatch[UPDATES + WARM_UPDATES + 1];
        for (int k = 0; k < perUpdate.length; k++) {
            perUpdate[k] = new CountDownLatch(subscribers);
        }
        List<Board> boards = new ArrayList<>();
        List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + streamToken)
                .GET()
                .build();
        // connect in batches, each batch confirmed by its "hello" event, so the accept backlog never overflows
        long connectStart = System.nanoTime();
        for (int opened = 0; opened < subscribers; opened += CONNECT_BATCH) {
            int batch = Math.min(CONNECT_BATCH, subscribers - opened);
            CountDownLatch hello = new CountDownLatch(batch);
            for (int i = 0; i < batch; i++) {
                Board b = new Board(hello, perUpdate);
                boards.add(b);
                responses.add(streams.sendAsync(subscribe, HttpResponse.BodyHandlers.fromLineSubscriber(b)));
            }
            if (!hello.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + (batch - hello.getCount()) + " of a batch of " + batch
                        + " streams connected (" + opened + " before)");
            }
        }
        // (the response futures complete only when a stream ends; a "hello" event proves a 200 stream)
        System.out.printf(
                Locale.ROOT,
                "[benchmark] %d streams open in %.1f s%n",
                subscribers,
                (System.nanoTime() - connectStart) / 1e9);

        int total = WARM_UPDATES + UPDATES;
        long[] sent = new long[total];
        double[] postMs = new double[UPDATES];
        double[] lastArrivalMs = new double[UPDATES];
        for (int k = 0; k < total; k++) {
            Thread.sleep(200);
            HttpRequest log = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/custody/detentions/" + detentions.get(k % detentions.size()) + "/visits"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + postToken)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"roused\":true,\"seen\":\"Fan-out visit " + k + "\"}"))
                    .build();
            sent[k] = System.nanoTime();
            var r = posts.send(log, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
            perUpdate[k].await(30, TimeUnit.SECONDS);
            if (k >= WARM_UPDATES) {
                postMs[k - WARM_UPDATES] = (answered - sent[k]) / 1e6;
                long last = 0;
                for (Board b : boards) {
                    last = Math.max(last, b.arrivals[k] == MISSING ? 0 : b.arrivals[k] - sent[k]);
                }
                lastArrivalMs[k - WARM_UPDATES] = last / 1e6;
            }
        }
        long[] latencies = new long[subscribers * UPDATES];
        long missing = 0;
        int i = 0;
        for (Board b : boards) {
            for (int k = WARM_UPDATES; k < total; k++) {
                long l = b.arrivals[k] == MISSING ? MISSING : b.arrivals[k] - sent[k];
                missing += l == MISSING ? 1 : 0;
                latencies[i++] = l;
            }
        }
        for (Board b : boards) {
            b.subscription.cancel();
        }
        for (var r : responses) {
            r.cancel(true);
        }
        Arrays.sort(latencies);
        Thread.sleep(1000);
        return new Result(subscribers, UPDATES, latencies, missing, postMs, lastArrivalMs);
    }

    private static String report(Result single, Result many, double minutes) {
        StringBuilder md = new StringBuilder();
        md.append("### Custody suite board fan-out over SSE (GET /custody/suites/{id}/stream), 60 detainees, update by"
                + " POST /api/v1/custody/detentions/{id}/visits\n\n");
        md.append(String.format(
                Locale.ROOT,
                "JVM sees %d processors; %d measured updates per run (after %d warm-up updates), "
                        + "one at a time, 200 ms apart; latency = client reads the \"detention\" event − POST about to be sent; "
                        + "measured part took %.1f min.%n%n",
                Runtime.getRuntime().availableProcessors(),
                UPDATES,
                WARM_UPDATES,
                minutes));
        md.append(
                "| Subscribers | (client, update) pairs | Missing | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | Within 1 s | "
                        + "POST answered, median (ms) | Last client reached, median (ms) | p99 < 1 s? |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : List.of(single, many)) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %.2f | %.2f | %.2f | %s | %.2f%% | %.2f | %.2f | %s |%n",
                    r.subscribers(),
                    r.latencies().length,
                    r.missing(),
                    r.percentileMs(50),
                    r.percentileMs(95),
                    r.percentileMs(99),
                    r.missing() > 0 ? "never" : String.format(Locale.ROOT, "%.2f", r.percentileMs(100)),
                    100 * r.shareWithin(1_000_000_000L),
                    median(r.postMs()),
                    median(r.lastArrivalMs()),
                    r.percentileMs(99) < 1000 ? "yes" : "**no**"));
        }
        md.append(String.format(
                Locale.ROOT,
                "%nRatio %d subscribers / 1 subscriber: p50 %.1fx, p99 %.1fx.%n",
                many.subscribers(),
                many.percentileMs(50) / single.percentileMs(50),
                many.percentileMs(99) / single.percentileMs(99)));
        return md.toString();
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
