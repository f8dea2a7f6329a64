package org.constable.forecasting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Background backtests: refused before running when the request is wrong, otherwise run to their results. */
class BacktestJobsTest {

    static final String FOLDER = "../shared/data/forecast-protocol";

    @Test
    void aRequestWithoutADatasetOrMethodIsRefusedBeforeAnythingRuns() {
        BacktestJobs jobs = new BacktestJobs(
                new BacktestSources(new ProtocolData(FOLDER), "target/test-imports"), Clock.systemUTC());
        assertThatThrownBy(() -> jobs.start(null, List.of("naive"), "analyst")).hasMessage("Choose a dataset.");
        assertThatThrownBy(() -> jobs.start("atlantis", List.of("naive"), "analyst"))
                .hasMessageContaining("Unknown dataset 'atlantis'");
        assertThat(jobs.recent()).isEmpty();
    }

    @Test
    void aBacktestRunsInTheBackgroundToItsResults() throws InterruptedException {
        Assumptions.assumeTrue(
                Files.isDirectory(Path.of(FOLDER)), "Forecast protocol data not found: background run skipped");
        BacktestJobs jobs = new BacktestJobs(
                new BacktestSources(new ProtocolData(FOLDER), "target/test-imports"), Clock.systemUTC());
        assertThatThrownBy(() -> jobs.start("merseyside-burglary", List.of(), "analyst"))
                .hasMessage("Choose at least one method.");
        BacktestJob job = jobs.start("merseyside-burglary", List.of("naive", "retro-500"), "analyst");
        await("the background backtest finishes")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .until(job::finished);
        assertThat(job.status()).isEqualTo(BacktestJob.Status.DONE);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.results()).extracting(r -> r.method()).containsExactly("naive 3 mo", "retro 500 m 6 mo");
        assertThat(jobs.find(job.id())).containsSame(job);
        jobs.stop();
    }
}
