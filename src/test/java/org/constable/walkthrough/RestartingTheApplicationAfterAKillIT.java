package org.constable.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: after a {@code kill -9} of the application, the embedded PostgreSQL it had started kept
 * running as an orphan holding {@code postmaster.pid}, and every restart waited 60 s and exited 1 until
 * an operator stopped the orphan by hand. Here the packaged jar starts on an empty folder, is killed
 * with SIGKILL while its server runs, and is started again on the same folder with nobody's help: it
 * answers health UP (the time printed; issue 19 asks 30 s), its console names the leftover server it stopped, and a demo user
 * still signs in with the password kept in the data folder (the database is the same one). Runs in
 * {@code ./mvnw verify} against the jar {@code package} built.
 */
class RestartingTheApplicationAfterAKillIT {

    /**
     * A ceiling, not the figure: issue 19 asks for health UP within 30 s of the restart, and the time
     * taken is printed and recorded in docs/benchmarks.md, but a test run beside other builds must not
     * fail on machine load. The fault itself (a restart that waits on the orphan and exits 1) never
     * reaches UP, so it fails here whatever the ceiling; {@code -Dconstable.restart.limit-seconds=30}
     * asserts the bound on a quiet machine.
     */
    private static final Duration HEALTHY_AGAIN_WITHIN =
            Duration.ofSeconds(Long.getLong("constable.restart.limit-seconds", 180));

    /** The first start migrates an empty database and makes the demo force: on a busy machine, minutes. */
    private static final Duration FIRST_START_LIMIT = Duration.ofMinutes(10);

    static PackagedConstable first;
    static PackagedConstable again;

    @AfterAll
    static void stop() {
        if (again != null) {
            again.close();
        } else if (first != null) {
            first.close();
        }
    }

    @Test
    void a_start_after_sigkill_on_the_same_folder_stops_the_orphan_is_healthy_and_keeps_the_data() {
        first = PackagedConstable.startOwn("restart-after-kill", List.of(), FIRST_START_LIMIT);
        System.out.println(
                "Packaged application healthy after " + first.startedIn().toMillis() + " ms");

        first.killOutright();
        Optional<ProcessHandle> orphan = first.embeddedPostmaster();
        assertThat(orphan)
                .as("the killed application's embedded PostgreSQL runs on as an orphan (the fault under test)")
                .isPresent();

        Instant restarted = Instant.now();
        again = first.startAgain(List.of(), FIRST_START_LIMIT); // the ceiling is checked below
        Duration took = Duration.between(restarted, Instant.now());
        System.out.println("Started again after SIGKILL: healthy after " + took.toMillis() + " ms");

        Api api = new Api(again.port());
        Api.Response health = api.get("/actuator/health", null);
        assertThat(Json.read(health.body()).path("status").asString())
                .as("health: %s", health.body())
                .isEqualTo("UP");
        assertThat(orphan.get().isAlive())
                .as("the orphan server %d is stopped", orphan.get().pid())
                .isFalse();
        assertThat(again.consoleText())
                .as("the console says which leftover server it stopped")
                .contains("was left running on")
                .contains(Long.toString(orphan.get().pid()));

        DemoLogins logins = first.demoLogins();
        Api.Response signedIn = again.signIn(logins, logins.logins().get(0));
        assertThat(signedIn.status())
                .as("a demo user of the first start signs in after the restart: %s", signedIn.body())
                .isEqualTo(201);
        assertThat(took)
                .as("time from the restart to health UP (console in %s)", again.folder())
                .isLessThanOrEqualTo(HEALTHY_AGAIN_WITHIN);
    }
}
