package org.constable.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.core.ConditionTimeoutException;
import org.constable.testsupport.Api;

/**
 * A dispatcher reading the board and an incident in a loop, one request after another, timing
 * each: the user who must stay fast while the adversarial tests hammer the application.
 */
final class DispatcherAtWork implements AutoCloseable {

    /** Statuses counted by code; 0 counts reads that got no answer at all. */
    record Figures(int samples, double p50Millis, double p99Millis, double maxMillis, Map<Integer, Integer> statuses) {
        @Override
        public String toString() {
            return String.format(
                    "%d reads: p50 %.1f ms, p99 %.1f ms, max %.1f ms, statuses %s",
                    samples, p50Millis, p99Millis, maxMillis, statuses);
        }
    }

    private record Sample(long startNanos, long endNanos, int status, boolean board) {}

    private final Api api;
    private final String token;
    private final long incidentId;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    DispatcherAtWork(Api api, String token, long incidentId) {
        this.api = api;
        this.token = token;
        this.incidentId = incidentId;
        this.thread = new Thread(this::work, "dispatcher-at-work");
        this.thread.setDaemon(true);
    }

    /** Reads a little first, so the figures are of a warm application, then keeps reading. */
    DispatcherAtWork start() {
        for (int i = 0; i < 20; i++) {
            read(i);
        }
        thread.start();
        return this;
    }

    private void work() {
        int i = 0;
        while (running) {
            long start = System.nanoTime();
            boolean board = i % 2 == 0;
            int status;
            try {
                status = read(i++);
            } catch (RuntimeException noAnswer) {
                status = 0; // no answer within the client's 30 s: a stall, recorded as such
            }
            samples.add(new Sample(start, System.nanoTime(), status, board));
        }
    }

    private int read(int i) {
        return i % 2 == 0
                ? api.get("/api/v1/board?purpose=Command%20and%20control", token)
                        .status()
                : api.get("/api/v1/incidents/" + incidentId + "?purpose=Command%20and%20control", token)
                        .status();
    }

    /** The reads that overlapped the interval [fromNanos, toNanos]. */
    Figures during(long fromNanos, long toNanos) {
        List<Sample> in;
        synchronized (samples) {
            in = samples.stream()
                    .filter(s -> s.endNanos() >= fromNanos && s.startNanos() <= toNanos)
                    .toList();
        }
        List<Long> nanos =
                in.stream().map(s -> s.endNanos() - s.startNanos()).sorted().toList();
        Map<Integer, Integer> statuses = new TreeMap<>();
        in.forEach(s -> statuses.merge(s.status(), 1, Integer::sum));
        return new Figures(
                nanos.size(),
                percentile(nanos, 0.50),
                percentile(nanos, 0.99),
                nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1) / 1e6,
                statuses);
    }

    /**
     * The next {@code reads} reads (at least 30) with nothing else going on: the machine's own noise
     * (a loaded 2-core box is shared with other work), measured in the same run as what it is compared
     * with, over as many reads, and allowed for in its bound.
     */
    Figures quiet(int reads) throws InterruptedException {
        long from = System.nanoTime();
        awaitSamplesAfter(from, Math.max(30, reads));
        return during(from, System.nanoTime());
    }

    /** The slowest reads overlapping the interval, with what they read and when they started: for the report. */
    String slowest(long fromNanos, long toNanos, int count) {
        synchronized (samples) {
            return samples.stream()
                    .filter(s -> s.endNanos() >= fromNanos && s.startNanos() <= toNanos)
                    .sorted((a, b) -> Long.compare(b.endNanos() - b.startNanos(), a.endNanos() - a.startNanos()))
                    .limit(count)
                    .map(s -> String.format(
                            "%s %.0f ms at +%.0f ms",
                            s.board() ? "board" : "incident",
                            (s.endNanos() - s.startNanos()) / 1e6,
                            (s.startNanos() - fromNanos) / 1e6))
                    .toList()
                    .toString();
        }
    }

    /** Waits until at least {@code count} reads were taken after {@code fromNanos}. */
    void awaitSamplesAfter(long fromNanos, int count) throws InterruptedException {
        try {
            await(count + " dispatcher reads taken")
                    .atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        synchronized (samples) {
                            return samples.stream()
                                            .filter(s -> s.startNanos() >= fromNanos)
                                            .count()
                                    >= count;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            // as many as were taken: the figures say how many
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(60_000);
    }
}
