package org.constable.forecasting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.constable.forecasting.application.BacktestSources;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.FormPosts;
import org.constable.testsupport.ImportFolders;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the analyst's page a backtest runs on the force's own events: an events file or a folder of
 * police.uk files in the import folder, on the schedule the analyst gives. A path outside the import
 * folder is refused as one that names nothing.
 */
@ConstableHttpTest
class AnalystBacktestingTheForcesOwnEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    BacktestSources sources;

    @Test
    void anAnalystBacktestsAnEventsFileWeeklyAndPoliceUkFilesMonthly() throws Exception {
        Path folder = ImportFolders.fresh(sources.folder());
        try (InputStream in = getClass().getResourceAsStream("/forecasting/synthetic-events-epsg27700.csv")) {
            Files.copy(in, folder.resolve("events.csv"));
        }
        writePoliceUkMonths(folder.resolve("policeuk"));
        String shown = sources.folder().shown(folder);
        Api api = new Api(port);
        FormPosts forms = new FormPosts(port);
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));

        Api.Response started = forms.form(
                "/analytics/forecasting/backtests",
                analyst,
                "source",
                "events",
                "eventsPath",
                shown + "/events.csv",
                "crs",
                "27700",
                "cadence",
                "weekly",
                "first",
                "2024-01-01",
                "last",
                "2024-03-25",
                "methods",
                "naive",
                "methods",
                "constable-best");

        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String page = awaitResults(
                api, analyst, started.headers().firstValue("Location").orElseThrow());
        assertThat(page)
                .contains("events file " + shown + "/events.csv (EPSG:27700)")
                .contains("weekly, 2024-01-01 to 2024-03-25 (13 periods)")
                .contains("naive 28 d")
                .contains("constable-best (");

        Api.Response policeUk = forms.form(
                "/analytics/forecasting/backtests",
                analyst,
                "source",
                "policeuk",
                "policeUkPath",
                shown + "/policeuk",
                "crimeType",
                "Burglary",
                "first",
                "2019-04",
                "last",
                "2019-06",
                "methods",
                "naive");
        assertThat(policeUk.status()).as(policeUk.body()).isEqualTo(302);
        assertThat(awaitResults(
                        api, analyst, policeUk.headers().firstValue("Location").orElseThrow()))
                .contains("police.uk folder " + shown + "/policeuk, crime type Burglary (6 files)")
                .contains("monthly, 2019-04 to 2019-06 (3 periods)");

        for (String path : new String[] {"/etc/hostname", "../audit-checkpoint.key", shown + "/nothing.csv"}) {
            Api.Response refused = forms.form(
                    "/analytics/forecasting/backtests",
                    analyst,
                    "source",
                    "events",
                    "eventsPath",
                    path,
                    "crs",
                    "27700",
                    "cadence",
                    "monthly",
                    "first",
                    "2024-01",
                    "last",
                    "2024-02",
                    "methods",
                    "naive");
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.body())
                    .as(path)
                    .contains("There is no file or folder")
                    .contains("in the import folder.");
        }
    }

    /** Six months of made-up police.uk rows: burglaries around two points, and robberies to be left out. */
    private static void writePoliceUkMonths(Path folder) throws IOException {
        Files.createDirectories(folder);
        java.util.Random random = new java.util.Random(6);
        for (int m = 1; m <= 6; m++) {
            StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                    + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
            for (int i = 0; i < 40; i++) {
                boolean first = random.nextBoolean();
                double lon = (first ? -2.98 : -2.95) + random.nextGaussian() * 0.002;
                double lat = (first ? 53.40 : 53.42) + random.nextGaussian() * 0.002;
                String type = i % 4 == 3 ? "Robbery" : "Burglary";
                csv.append(String.format(
                        java.util.Locale.ROOT,
                        "id%d-%d,2019-%02d,Test Police,Test Police,%.6f,%.6f,On or near Test Street,E01,Test 001A,%s,,%n",
                        m,
                        i,
                        m,
                        lon,
                        lat,
                        type));
            }
            Files.writeString(folder.resolve(String.format("2019-%02d-test-street.csv", m)), csv);
        }
    }

    private static String awaitResults(Api api, String token, String location) throws InterruptedException {
        String path = location.replaceFirst("^https?://[^/]+", "");
        return await("the backtest at " + path + " finishes")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            Api.Response r = api.get(path, token);
                            assertThat(r.status()).isEqualTo(200);
                            assertThat(r.body()).doesNotContain("The backtest failed");
                            return r.body();
                        },
                        body -> body.contains("id=\"results-h\""));
    }
}
