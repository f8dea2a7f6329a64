package org.constable.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the benchmarks share: a closed-loop load of {@code count} operations over {@code clients}
 * threads, pooled latency samples with percentiles, PostgreSQL's own single-row insert rate as the
 * same-run baseline, and writing a report to stdout and {@code target/benchmarks/}.
 */
final class BenchmarkSupport {

    private BenchmarkSupport() {}

    /** One measured round: every operation's latency (ns) and the wall time of the whole round. */
    record Round(long[] latencies, long wallNanos) {}

    /** All rounds of one variant, pooled. */
    static final class Samples {
        private final List<Round> rounds = new ArrayList<>();
        private long[] sorted;

        void add(Round r) {
            rounds.add(r);
            sorted = null;
        }

        long count() {
            return rounds.stream().mapToLong(r -> r.latencies().length).sum();
        }

        double throughput() {
            return count() / (rounds.stream().mapToLong(Round::wallNanos).sum() / 1e9);
        }

        double percentileMs(double p) {
            if (sorted == null) {
                sorted = rounds.stream()
                        .flatMapToLong(r -> Arrays.stream(r.latencies()))
                        .sorted()
                        .toArray();
            }
            return percentile(sorted, p) / 1e6;
        }
    }

    /** The p-th percentile (nearest rank) of sorted values. */
    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Runs {@code count} operations over {@code clients} fresh threads; records each operation's latency. */
    static Round parallel(int clients, int count, Runnable operation) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(
                    () -> {
                        ready.countDown();
                        try {
                            go.await();
                            int i;
                            while ((i = next.getAndIncrement()) < count && failure.get() == null) {
                                long t0 = System.nanoTime();
                                operation.run();
                                latencies[i] = System.nanoTime() - t0;
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "bench-" + t);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - t0;
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark operation failed", failure.get());
        }
        return new Round(latencies, wall);
    }

    /** Prints a report and writes it to {@code target/benchmarks/<name>.md}. */
    static void publish(String name, String report) throws IOException {
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * PostgreSQL's own autocommit single-row INSERT rate into a bare table (bigserial key,
     * timestamptz, ~160 characters of text) in a temporary schema, one JDBC connection per thread,
     * as the superuser of the same server: the baseline the application's writes are set against.
     */
    static final class PostgresInsertRate implements AutoCloseable {

        private static final String PAYLOAD =
                "actor=benchmark roles=INVESTIGATOR op=CONSULTATION refs=person:123 purpose=benchmark "
                        + "hash=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

        private final String superuserUrl;
        private final String serverInfo;

        PostgresInsertRate(String superuserUrl) throws SQLException {
            this.superuserUrl = superuserUrl;
            try (Connection c = DriverManager.getConnection(superuserUrl);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_tmp CASCADE");
                s.execute("CREATE SCHEMA bench_tmp");
                // Roughly the width of an audit row: a key, a timestamp and some text; no other index.
                s.execute(
                        "CREATE TABLE bench_tmp.single_row_insert (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL, payload TEXT NOT NULL)");
                serverInfo = serverInfo(s);
            }
        }

        /** server_version, fsync, synchronous_commit and full_page_writes, as "name=value, ...". */
        static String serverInfo(Statement s) throws SQLException {
            StringBuilder info = new StringBuilder();
            for (String q : new String[] {
                "SHOW server_version", "SHOW fsync", "SHOW synchronous_commit", "SHOW full_page_writes"
            }) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    info.append(q.substring(5))
                            .append('=')
                            .append(rs.getString(1))
                            .append(", ");
                }
            }
            return info.substring(0, info.length() - 2);
        }

        String serverInfo() {
            return serverInfo;
        }

        /** {@code count} autocommit single-row INSERTs by {@code clients} threads, each with its own connection. */
        Round run(int clients, int count) throws Exception {
            List<Connection> connections = new ArrayList<>();
            ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
            List<PreparedStatement> all = Collections.synchronizedList(new ArrayList<>());
            try {
                for (int i = 0; i < clients; i++) {
                    Connection c = DriverManager.getConnection(superuserUrl);
                    c.setAutoCommit(true);
                    connections.add(c);
                }
                AtomicInteger next = new AtomicInteger();
                return parallel(clients, count, () -> {
                    PreparedStatement ps = statements.get();
                    try {
                        if (ps == null) {
                            ps = connections
                                    .get(next.getAndIncrement())
                                    .prepareStatement(
                                            "INSERT INTO bench_tmp.single_row_insert (at, payload) VALUES (now(), ?)");
                            statements.set(ps);
                            all.add(ps);
                        }
                        ps.setString(1, PAYLOAD);
                        ps.executeUpdate();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                for (PreparedStatement ps : all) {
                    ps.close();
                }
                for (Connection c : connections) {
                    c.close();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(superuserUrl);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_tmp CASCADE");
            }
        }
    }
}
