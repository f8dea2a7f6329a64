package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: after a {@code kill -9} of the application, its embedded PostgreSQL kept running and
 * held the data folder, and every restart waited a minute and exited until an operator stopped it
 * by hand. Here an application (a separate Java process) starts the embedded server, writes a row
 * and is killed outright: the next start on the same folder stops the leftover server, starts its
 * own and finds the row. A second application on a folder a live one holds is refused in words.
 */
class RestartingAfterTheApplicationWasKilledTest {

    @TempDir
    Path folder;

    @Test
    void the_next_start_stops_the_server_a_killed_application_left_running_and_keeps_its_data() throws Exception {
        File data = folder.resolve("postgres").toFile();
        Process application = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledApplication.class.getName(),
                        data.getAbsolutePath())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder said = new StringBuilder();
            String line;
            do {
                line = out.readLine();
                said.append(line).append('\n');
            } while (line != null && !line.equals("WRITTEN"));
            assertThat(line)
                    .as("the first application wrote its row:%n%s", said)
                    .isEqualTo("WRITTEN");
        }
        application.destroyForcibly(); // kill -9: the application cannot stop its server
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(LeftoverServer.runningOn(data.toPath()))
                .as("the killed application's server is still running")
                .isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data)) {
            try (Connection c = DriverManager.getConnection(restarted.superuserJdbcUrl());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT note FROM before_the_kill")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("committed before the kill");
            }
            assertThatThrownBy(() -> EmbeddedDatabase.start(data))
                    .as("a second application on a folder a live one holds")
                    .hasMessageContaining("in use by another running Constable");
        }
        assertThat(Files.exists(data.toPath().resolve("postmaster.pid")))
                .as("stopped cleanly at the end")
                .isFalse();
    }

    /** The application that is killed: starts the embedded server, writes a row, says so and waits. */
    public static final class KilledApplication {

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(new File(args[0]));
            try (Connection c = DriverManager.getConnection(db.superuserJdbcUrl());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE before_the_kill (note TEXT)");
                s.execute("INSERT INTO before_the_kill VALUES ('committed before the kill')");
            }
            System.out.println("WRITTEN");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
