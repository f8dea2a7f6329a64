package org.constable.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server used when no external database is configured. Its data folder
 * survives restarts. It creates two login roles: an owner that runs the migrations and the
 * application role that the connection pool uses, which the migrations deny changes to the audit
 * trail.
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String DATABASE = "constable";
    public static final String OWNER_ROLE = "constable_owner";
    public static final String APP_ROLE = "constable_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final File dataDirectory;
    private final DataFolderLock lock;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;

    private EmbeddedDatabase(File dataDirectory, EmbeddedPostgres postgres, DataFolderLock lock) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.lock = lock;
    }

    public static EmbeddedDatabase start(File dataDirectory) {
        DataFolderLock lock = null;
        try {
            dataDirectory.mkdirs();
            lock = DataFolderLock.take(dataDirectory);
            LeftoverServer.stopIfLeft(dataDirectory);
            EmbeddedDatabase db = new EmbeddedDatabase(dataDirectory, server(dataDirectory, 0), lock);
            db.prepareRolesAndDatabase();
            return db;
        } catch (IOException | SQLException e) {
            closeQuietly(lock);
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Starts PostgreSQL on the folder, on {@code port} (0: any free port). */
    private static EmbeddedPostgres server(File dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring stops the server after the beans that use it; the library's own hook
                // would stop it first, under the event registry still writing on shutdown.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                // The library tunes for throwaway test servers (fsync and synchronous commit off);
                // this one keeps a force's records, so a committed write must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** True while the server's postmaster is alive (its {@code postmaster.pid} names a live PostgreSQL). */
    public boolean running() {
        return LeftoverServer.runningOn(dataDirectory.toPath()).isPresent();
    }

    /**
     * Starts the server again on the same folder and port after it died (killed, crashed, out of
     * memory): PostgreSQL recovers from its write-ahead log, so every committed write is there, and the
     * pools reconnect to the same address by themselves. Nothing happens once the application closes
     * it, or while it runs.
     */
    public synchronized void restartIfStopped() throws IOException {
        if (closed || running()) {
            return;
        }
        int port = postgres.getPort();
        log.warn("The embedded PostgreSQL on {} has stopped; starting it again on port {}", dataDirectory, port);
        try {
            postgres.close(); // its server is gone: this only lets go of the library's own folder lock
        } catch (IOException | RuntimeException ignored) {
            // nothing to stop
        }
        postgres = server(dataDirectory, port);
        log.warn("The embedded PostgreSQL on {} is running again", dataDirectory);
    }

    private void prepareRolesAndDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN "
                    + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER_ROLE + "') THEN CREATE ROLE "
                    + OWNER_ROLE + " LOGIN; END IF; "
                    + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN CREATE ROLE "
                    + APP_ROLE + " LOGIN; END IF; "
                    + "END $$");
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The superuser URL, for tests and tools that must act outside the application's rights. */
    public String superuserJdbcUrl() {
        return jdbcUrl() + "?user=postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(@Nullable DataFolderLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // the process ends or retries; the operating system lets the lock go with it
            }
        }
    }
}
