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
import java.util.function.IntFunction;

/**
 * The benchmarks' Server-Sent Events client, shared by the fan-out benchmarks of the control room's
 * board and the custody suite's board: N clients hold a stream open (bearer token), updates are sent
 * one at a time, and for every (client, update) pair the time from just before the update is sent
 * to that client reading the update's event.
 */
final class SseFanOutClient {

    static final int UPDATES = 25;
    static final int WARM_UPDATES = 3;
    static final int CONNECT_BATCH = 50;
    static final long MISSING = Long.MAX_VALUE;

    private final int port;
    /** The name of the event an update produces on the stream ("incident", "detention"). */
    private final String updateEvent;

    private final HttpClient streams = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final HttpClient posts = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    SseFanOutClient(int port, String updateEvent) {
        this.port = port;
        this.updateEvent = updateEvent;
    }

    /** One board: counts "hello" and the update events and stamps the arrival of each update event. */
    final class Board implements Flow.Subscriber<String> {
        final long[] arrivals = new long[UPDATES + WARM_UPDATES + 1];
        final AtomicInteger updates = new AtomicInteger();
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
                } else if (updateEvent.equals(event)) {
                    int k = updates.getAndIncrement();
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

    /**
     * Opens {@code subscribers} streams of {@code streamPath}, then sends the warm-up and measured
     * updates one at a time, 200 ms apart ({@code update} makes the k-th request, answered 204), and
     * reads when each client saw each update's event.
     */
    Result run(int subscribers, String streamPath, String streamToken, IntFunction<HttpRequest> update)
            throws Exception {
        CountDownLatch[] perUpdate = new CountDownLatch[UPDATES + WARM_UPDATES + 1];
        for (int k = 0; k < perUpdate.length; k++) {
            perUpdate[k] = new CountDownLatch(subscribers);
        }
        List<Board> boards = new ArrayList<>();
        List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + streamPath))
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
            HttpRequest log = update.apply(k);
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

    /** The Markdown table of a run with one subscriber (the same-run baseline) and one with many. */
    String report(String heading, Result single, Result many, double minutes) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(heading).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "JVM sees %d processors; %d measured updates per run (after %d warm-up updates), "
                        + "one at a time, 200 ms apart; latency = client reads the \"" + updateEvent
                        + "\" event − POST about to be sent; "
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
