package org.constable.forecasting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.EventsFileRefused;
import org.constable.shared.ImportFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A force evaluates the forecaster on its own events: a CSV of time, x, y in a named coordinate
 * system from the import folder, laid on a grid by the forecast protocol's rules, on a schedule the
 * analyst gives (daily, weekly or monthly). The results CSV quotes what needs quoting.
 */
class BacktestingAForcesOwnEventsTest {

    static final String EVENTS = "synthetic-events-epsg27700.csv";

    @TempDir
    Path importFolder;

    @TempDir
    Path elsewhere;

    BacktestSources sources;

    @BeforeEach
    void anImportFolderHoldingTheForcesEvents() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forecasting/" + EVENTS)) {
            Files.copy(in, importFolder.resolve(EVENTS));
        }
        sources = new BacktestSources(new ProtocolData("../shared/data/forecast-protocol"), importFolder.toString());
    }

    @Test
    void theEventsAreLaidOnTheProtocolsGridAndEveryCellWithAnEventIsValid() throws IOException {
        BacktestData data = sources.eventsFile(EVENTS, "27700", null, "monthly", "2023-07", "2024-06");

        EventLog log = data.events().get();

        // the protocol's rules, worked out here from the file itself
        List<double[]> points = points(importFolder.resolve(EVENTS));
        double xmin = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double xmax = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double ymin = points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double ymax = points.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        int nx = (int) Math.floor((xmax - xmin) / 250) + 1;
        int ny = (int) Math.floor((ymax - ymin) / 250) + 1;
        Set<Integer> withEvents = new HashSet<>();
        for (double[] p : points) {
            withEvents.add((int) Math.floor((p[1] - ymin) / 250) * nx + (int) Math.floor((p[0] - xmin) / 250));
        }
        CellGrid grid = log.grid();
        assertThat(log.size()).isEqualTo(points.size()).isEqualTo(1646);
        assertThat(grid.xmin()).isEqualTo(xmin);
        assertThat(grid.ymin()).isEqualTo(ymin);
        assertThat(grid.cellSize()).isEqualTo(250.0);
        assertThat(grid.nx()).isEqualTo(nx);
        assertThat(grid.ny()).isEqualTo(ny);
        assertThat(log.validCount()).isEqualTo(withEvents.size());
        for (int cell = 0; cell < grid.cellCount(); cell++) {
            assertThat(log.isValid(cell)).as("cell %d", cell).isEqualTo(withEvents.contains(cell));
        }
        assertThat(data.schedule().periods()).hasSize(12);
        assertThat(data.description()).isEqualTo("events file " + EVENTS + " (EPSG:27700)");
    }

    @Test
    void theScheduleIsGivenDailyWeeklyOrMonthlyAndTheBacktestRunsOnIt() throws InterruptedException {
        BacktestData daily = sources.eventsFile(EVENTS, "EPSG:27700", null, "daily", "2024-06-01", "2024-06-30");
        BacktestData weekly = sources.eventsFile(EVENTS, "27700", null, "weekly", "2024-01-01", "2024-06-24");
        BacktestData monthly = sources.eventsFile(EVENTS, "27700", null, "monthly", "2023-04", "2024-06");
        assertThat(daily.schedule().periods()).hasSize(30);
        assertThat(daily.schedule().periods().get(0).label()).isEqualTo("2024-06-01");
        assertThat(weekly.schedule().periods()).hasSize(26);
        assertThat(weekly.schedule().periods().get(1).label()).isEqualTo("week of 2024-01-08");
        assertThat(weekly.schedule().describe()).isEqualTo("weekly, 2024-01-01 to 2024-06-24 (26 periods)");
        assertThat(monthly.schedule().periods()).hasSize(15);

        BacktestJobs jobs = new BacktestJobs(sources, Clock.systemUTC());
        try {
            for (BacktestData data : List.of(daily, weekly, monthly)) {
                BacktestJob job = jobs.startOn(data, List.of("naive", "retro-500"), "analyst");
                await("the " + data.schedule().describe() + " backtest finishes")
                        .atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(50))
                        .until(job::finished);
                assertThat(job.status()).as(job.failure()).isEqualTo(BacktestJob.Status.DONE);
                assertThat(job.results()).hasSize(2).allSatisfy(r -> {
                    assertThat(r.periods()).hasSize(data.schedule().periods().size());
                    assertThat(r.scoredPeriods()).isPositive();
                    // most events fall near three hot spots: the top 10% of cells hold far more than 10%
                    assertThat(r.meanHitRate(0.10)).isGreaterThan(0.2);
                });
            }
        } finally {
            jobs.stop();
        }
    }

    @Test
    void longitudeAndLatitudeAreProjectedOntoBritishNationalGrid() throws IOException {
        var crs = new CRSFactory();
        var toDegrees = new BasicCoordinateTransform(crs.createFromName("EPSG:27700"), crs.createFromName("EPSG:4326"));
        StringBuilder csv = new StringBuilder("time,x,y\n");
        for (String line : Files.readAllLines(importFolder.resolve(EVENTS)).subList(1, 1647)) {
            String[] f = line.split(",");
            ProjCoordinate p = toDegrees.transform(
                    new ProjCoordinate(Double.parseDouble(f[1]), Double.parseDouble(f[2])), new ProjCoordinate());
            csv.append(f[0]).append(',').append(p.x).append(',').append(p.y).append('\n');
        }
        Files.writeString(importFolder.resolve("lonlat.csv"), csv);

        EventLog metres = sources.eventsFile(EVENTS, "27700", null, "monthly", "2024-01", "2024-06")
                .events()
                .get();
        BacktestData degrees = sources.eventsFile("lonlat.csv", "4326", null, "monthly", "2024-01", "2024-06");
        EventLog projected = degrees.events().get();

        assertThat(degrees.description()).isEqualTo("events file lonlat.csv (EPSG:4326, on EPSG:27700)");
        assertThat(projected.grid().xmin()).isCloseTo(metres.grid().xmin(), within(0.01));
        assertThat(projected.grid().ymin()).isCloseTo(metres.grid().ymin(), within(0.01));
        assertThat(projected.grid().nx()).isEqualTo(metres.grid().nx());
        assertThat(projected.grid().ny()).isEqualTo(metres.grid().ny());
        assertThat(projected.validCount()).isEqualTo(metres.validCount());
    }

    @Test
    void aFileOutsideTheImportFolderIsAnsweredAsOneThatDoesNotExist() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("outside.csv"), "time,x,y\n2024-01-01 10:00,1,2\n");
        Files.createSymbolicLink(importFolder.resolve("link.csv"), outside);

        for (String path : List.of(
                outside.toString(), "../" + elsewhere.getFileName() + "/outside.csv", "link.csv", "missing.csv")) {
            assertThatThrownBy(() -> sources.eventsFile(path, "27700", null, "monthly", "2024-01", "2024-02"))
                    .as(path)
                    .isInstanceOf(ImportFolder.NotInImportFolder.class)
                    .hasMessage("There is no file or folder \"" + path + "\" in the import folder.");
        }
    }

    @Test
    void aValueThatCannotBeReadIsReportedByLineAndColumnWithoutTheValue() throws IOException {
        Files.writeString(
                importFolder.resolve("bad.csv"),
                "x,y,time,notes\n1,2,2024-01-01 10:00,ok\n3,4,SECRET-VALUE,x\n5,SECRET-NUMBER,2024-01-02,x\n");
        BacktestData bad = sources.eventsFile("bad.csv", "27700", null, "daily", "2024-01-01", "2024-01-02");

        assertThatThrownBy(() -> bad.events().get())
                .isInstanceOf(EventsFileRefused.class)
                .hasMessage("bad.csv, line 3: column time is not a date and time"
                        + " (yyyy-MM-dd HH:mm, yyyy-MM-ddTHH:mm:ss or yyyy-MM-dd)")
                .message()
                .doesNotContain("SECRET");

        BacktestJobs jobs = new BacktestJobs(sources, Clock.systemUTC());
        try {
            BacktestJob job = jobs.startOn(bad, List.of("naive"), "analyst");
            await("the backtest on a bad events file stops")
                    .atMost(Duration.ofSeconds(4))
                    .pollInterval(Duration.ofMillis(20))
                    .until(job::finished);
            assertThat(job.status()).isEqualTo(BacktestJob.Status.FAILED);
            assertThat(job.failure()).startsWith("bad.csv, line 3: column time").doesNotContain("SECRET");
        } finally {
            jobs.stop();
        }
    }

    @Test
    void eventsDatedOnlyToTheMonthAreForecastMonthlyAndAWrongCoordinateSystemIsRefused() throws IOException {
        Files.writeString(importFolder.resolve("months.csv"), "month,x,y\n2024-01,384000,398000\n");

        assertThatThrownBy(() -> sources.eventsFile("months.csv", "27700", null, "daily", "2024-01-01", "2024-01-31"))
                .hasMessage("months.csv gives only the month of each event: choose the monthly schedule.");
        assertThat(sources.eventsFile("months.csv", "27700", null, "monthly", "2024-01", "2024-01")
                        .cadence())
                .isEqualTo(Cadence.MONTHLY);
        assertThatThrownBy(() -> sources.eventsFile(EVENTS, "2263", null, "daily", "2024-01-01", "2024-01-31"))
                .hasMessageContaining("EPSG:2263 is not measured in metres");
        assertThatThrownBy(() -> sources.eventsFile(EVENTS, "99999", null, "daily", "2024-01-01", "2024-01-31"))
                .hasMessage("EPSG:99999 is not a coordinate system this server knows.");
        assertThatThrownBy(() -> sources.eventsFile(EVENTS, "27700", null, "hourly", "2024-01-01", "2024-01-31"))
                .hasMessage("How often to forecast is daily, weekly or monthly.");
        assertThatThrownBy(() -> sources.eventsFile(EVENTS, "27700", null, "monthly", "2024-06", "2024-01"))
                .hasMessage("The first period of the schedule comes after the last.");
        assertThatThrownBy(() -> sources.eventsFile(EVENTS, "27700", null, "weekly", "2024-01", "2024-02"))
                .hasMessage("The first period of a daily or weekly schedule is a date, yyyy-MM-dd.");
    }

    @Test
    void theCommandWritesResultsWhoseFieldsAreQuotedWhereTheyHoldCommas() throws IOException {
        Path output = elsewhere.resolve("results");
        BacktestCommand command = new BacktestCommand(
                sources,
                null,
                new BacktestCommand.Request(
                        "", EVENTS, "27700", "", "", "", "monthly", "2024-01", "2024-06", "naive,constable-best"),
                output,
                1);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int code = command.runAndReport(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(code).as(console.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("events file " + EVENTS + " (EPSG:27700): 1,646 events")
                .contains("schedule monthly, 2024-01 to 2024-06 (6 periods)");
        Path csv = output.resolve("backtest-synthetic-events-epsg27700.csv");
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            rows = reader.stream().toList();
        }
        assertThat(rows.get(0).getFields())
                .containsExactly("dataset", "method", "period", "coverage", "events", "hits", "hit_rate");
        assertThat(rows.subList(1, rows.size()))
                .hasSize(2 * 6 * 6)
                .allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(7));
        String best = rows.get(rows.size() - 1).getField(1);
        assertThat(best).startsWith("constable-best (").contains(",");
        assertThat(Files.readString(csv)).contains("\"" + best + "\"");

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        int refusedCode = new BacktestCommand(
                        sources,
                        null,
                        new BacktestCommand.Request(
                                "", "/etc/hostname", "27700", "", "", "", "monthly", "2024-01", "2024-06", ""),
                        output,
                        1)
                .runAndReport(new PrintStream(refused, true, StandardCharsets.UTF_8));
        assertThat(refusedCode).isEqualTo(2);
        assertThat(refused.toString(StandardCharsets.UTF_8))
                .contains("Backtest refused: There is no file or folder \"/etc/hostname\" in the import folder.");
    }

    private static List<double[]> points(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .skip(1)
                .map(l -> l.split(","))
                .map(f -> new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])})
                .toList();
    }
}
