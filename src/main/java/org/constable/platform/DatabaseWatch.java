package org.constable.platform;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.constable.platform.DatabaseConfiguration.EmbeddedDatabaseHolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Asks the database every second, on a connection of its own (never one a request could need),
 * whether it answers (issue 19, ADR 0076). When it stops answering, readiness is refused at once, so
 * a load balancer sends no more work here, and the health endpoint says DOWN without waiting on a
 * pool; when it answers again, readiness comes back by itself. An embedded server found dead for
 * longer than {@code constable.db.embedded.restart-after} is started again on its folder and port.
 */
@Component
class DatabaseWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

    /** Failed probes in a row before the database counts as gone: one slow answer on a busy machine is not. */
    static final int FAILURES_BEFORE_DOWN = 2;

    private static final int PROBE_SECONDS = 3;

    private final DatabaseProperties props;
    private final @Nullable EmbeddedDatabase embedded;
    private final ApplicationEventPublisher events;
    private @Nullable ScheduledExecutorService ticks;
    private @Nullable Connection probe;
    private int failuresInARow;
    private volatile @Nullable Instant downSince;
    private volatile String reason = "";

    DatabaseWatch(DatabaseProperties props, EmbeddedDatabaseHolder embedded, ApplicationEventPublisher events) {
        this.props = props;
        this.embedded = embedded.database();
        this.events = events;
    }

    /** When the database stopped answering, or null while it answers. */
    @Nullable Instant downSince() {
        return downSince;
    }

    /** Why the last probe failed, in a word (the kind of failure, never its message). */
    String reason() {
        return reason;
    }

    /** One look at the database, and what follows from it; run every second. */
    void look() {
        try {
            answer();
            failuresInARow = 0;
            if (downSince != null) {
                log.warn("The database answers again after {}; accepting traffic", since(downSince));
                downSince = null;
                AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
            }
        } catch (SQLException | RuntimeException e) {
            closeProbe();
            reason = e.getClass().getSimpleName();
            if (++failuresInARow == FAILURES_BEFORE_DOWN) {
                downSince = Instant.now();
                log.error("The database does not answer ({}); refusing traffic until it does", reason);
                AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
            }
            restartTheEmbeddedServerIfDead();
        }
    }

    private void answer() throws SQLException {
        Connection c = probe;
        if (c == null) {
            c = connect();
            probe = c;
        }
        if (!c.isValid(PROBE_SECONDS)) {
            throw new SQLException("no answer within " + PROBE_SECONDS + " s");
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("connectTimeout", Integer.toString(PROBE_SECONDS));
        p.setProperty("socketTimeout", Integer.toString(PROBE_SECONDS * 2));
        p.setProperty("ApplicationName", "constable database watch");
        String url;
        if (embedded != null) {
            url = embedded.jdbcUrl();
            p.setProperty("user", EmbeddedDatabase.APP_ROLE);
        } else {
            url = props.url();
            p.setProperty("user", props.user());
            if (props.password() != null) {
                p.setProperty("password", props.password());
            }
        }
        return DriverManager.getConnection(url, p);
    }

    private void restartTheEmbeddedServerIfDead() {
        Instant down = downSince;
        if (embedded == null
                || down == null
                || Duration.between(down, Instant.now())
                                .compareTo(props.embedded().restartAfter())
                        < 0
                || embedded.running()) {
            return;
        }
        try {
            embedded.restartIfStopped();
        } catch (IOException | RuntimeException e) {
            log.error("The embedded PostgreSQL could not be started again; trying again shortly", e);
        }
    }

    private void closeProbe() {
        Connection c = probe;
        probe = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is broken already
            }
        }
    }

    private static String since(Instant down) {
        return Duration.between(down, Instant.now()).toMillis() + " ms";
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "database-watch");
            thread.setDaemon(true);
            return thread;
        });
        t.scheduleWithFixedDelay(this::look, 1, 1, TimeUnit.SECONDS);
        ticks = t;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService t = ticks;
        ticks = null;
        if (t != null) {
            t.shutdownNow();
            try {
                t.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProbe();
    }

    @Override
    public synchronized boolean isRunning() {
        return ticks != null;
    }
}
