package org.constable.forecasting.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.constable.forecasting.domain.BacktestSchedule;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventProjection;
import org.constable.forecasting.domain.EventsCsv;
import org.constable.forecasting.domain.EventsFileRefused;
import org.constable.forecasting.domain.PoliceUkCrimeEvents;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.RawEvents;
import org.constable.shared.ImportFolder;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data a backtest can run on: one of the protocol's built-in datasets, a force's own events
 * file (CSV of time, x, y in a named coordinate system), or a folder of police.uk street-level
 * files and a crime type. Grid and valid cells follow the protocol's rules whatever the source (250
 * m cells from the smallest x and y; a cell is valid when any event falls in it). A force's files
 * are read only from the import folder (ADR 0049). Requests are checked here, before anything runs;
 * the events themselves are loaded by the backtest's worker.
 */
@Component
public class BacktestSources {

    /** The most events one backtest reads (Merseyside's violence is 196,139; Chicago's 148,636). */
    static final int MAX_EVENTS = 2_000_000;

    /** One million 250 m cells: 62,500 km², larger than the bounding box of any force in Great Britain. */
    static final int MAX_CELLS = 1_000_000;

    private final ProtocolData protocol;
    private final ImportFolder folder;

    BacktestSources(
            ProtocolData protocol,
            @Value("${constable.import.dir:${constable.data-dir:./data}/imports}") String importDir) {
        this.protocol = protocol;
        this.folder = new ImportFolder(Path.of(importDir));
    }

    public ImportFolder folder() {
        return folder;
    }

    public List<ProtocolDataset> builtIn() {
        return protocol.available();
    }

    /** A built-in dataset on its protocol schedule, or on the schedule given (blank = the protocol's). */
    public BacktestData builtIn(
            @Nullable String id, @Nullable String cadence, @Nullable String first, @Nullable String last) {
        if (id == null || id.isBlank()) {
            throw new InvalidInput("dataset", "Choose a dataset.");
        }
        ProtocolDataset dataset = ProtocolDataset.byId(id.strip(), "dataset");
        if (!protocol.available().contains(dataset)) {
            throw new InvalidInput(
                    "dataset",
                    "The data for " + dataset.id() + " is not installed on this server: choose another dataset.");
        }
        BacktestSchedule schedule;
        if (blank(cadence) && blank(first) && blank(last)) {
            schedule = BacktestSchedule.of(dataset);
        } else {
            Cadence c = blank(cadence) ? dataset.cadence() : BacktestSchedule.cadence(cadence);
            monthsOnly(dataset.cadence() == Cadence.MONTHLY, c, dataset.id());
            schedule = BacktestSchedule.of(c, first, last);
        }
        return new BacktestData(
                dataset.id(), "protocol dataset " + dataset.id(), schedule, () -> protocol.events(dataset));
    }

    /**
     * A CSV of time (or month), x, y in the coordinate system {@code crs} (an EPSG code), in the
     * import folder; longitude and latitude are projected onto {@code gridCrs} (blank: British
     * National Grid).
     */
    public BacktestData eventsFile(
            @Nullable String path,
            @Nullable String crs,
            @Nullable String gridCrs,
            @Nullable String cadence,
            @Nullable String first,
            @Nullable String last) {
        Path file = folder.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput(
                    "eventsPath", "\"" + folder.shown(file) + "\" is a folder: name the events file in it.");
        }
        EventProjection projection = EventProjection.of(
                EventProjection.code(crs, "crs"), blank(gridCrs) ? null : EventProjection.code(gridCrs, "gridCrs"));
        Cadence c = BacktestSchedule.cadence(cadence);
        String name = file.getFileName().toString();
        try (Reader in = reader(file)) {
            monthsOnly(EventsCsv.monthsOnly(in, name), c, name);
        } catch (IOException e) {
            throw new EventsFileRefused(name, -1, "the file cannot be read");
        }
        BacktestSchedule schedule = BacktestSchedule.of(c, first, last);
        return new BacktestData(
                slug(name),
                "events file " + folder.shown(file) + " (EPSG:" + projection.source()
                        + (projection.grid() == projection.source() ? "" : ", on EPSG:" + projection.grid()) + ")",
                schedule,
                () -> {
                    try (Reader in = reader(file)) {
                        RawEvents raw = EventsCsv.read(in, name, MAX_EVENTS);
                        return raw.toLog(slug(name), c, projection, MAX_CELLS);
                    } catch (IOException e) {
                        throw new EventsFileRefused(name, -1, "the file cannot be read");
                    }
                });
    }

    /** The rows of one crime type from a folder of police.uk street-level files, forecast monthly. */
    public BacktestData policeUk(
            @Nullable String path, @Nullable String crimeType, @Nullable String first, @Nullable String last) {
        if (crimeType == null || crimeType.isBlank()) {
            throw new InvalidInput(
                    "crimeType",
                    "Name the police.uk crime type to forecast, exactly as the files write it (for example Burglary).");
        }
        String type = crimeType.strip();
        Path dir = folder.resolve(path);
        List<Path> files = policeUkFiles(dir);
        BacktestSchedule schedule = BacktestSchedule.of(Cadence.MONTHLY, first, last);
        String name = slug(folder.shown(dir) + "-" + type);
        EventProjection projection =
                EventProjection.of(PoliceUkCrimeEvents.WGS84, EventProjection.BRITISH_NATIONAL_GRID);
        return new BacktestData(
                name,
                "police.uk folder " + folder.shown(dir) + ", crime type " + type + " (" + files.size() + " files)",
                schedule,
                () -> {
                    PoliceUkCrimeEvents events = new PoliceUkCrimeEvents(type, MAX_EVENTS);
                    for (Path f : files) {
                        try (Reader in = reader(f)) {
                            events.read(in, f.getFileName().toString());
                        } catch (IOException e) {
                            throw new EventsFileRefused(
                                    "policeUkPath", f.getFileName().toString(), -1, "the file cannot be read");
                        }
                    }
                    if (events.events().size() == 0) {
                        throw new InvalidInput(
                                "crimeType",
                                "No row of the police.uk files has the crime type \"" + type
                                        + "\" and coordinates (the type must be written exactly as in the files).");
                    }
                    return events.events().toLog(name, Cadence.MONTHLY, projection, MAX_CELLS);
                });
    }

    private List<Path> policeUkFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInput("policeUkPath", "Name a folder of police.uk street-level files, not a single file.");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".csv") || n.endsWith(".csv.gz");
                    })
                    .filter(folder::holdsPlainFile)
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new InvalidInput(
                        "policeUkPath", "The folder \"" + folder.shown(dir) + "\" holds no .csv or .csv.gz files.");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void monthsOnly(boolean monthsOnly, Cadence cadence, String what) {
        if (monthsOnly && cadence != Cadence.MONTHLY) {
            throw new InvalidInput(
                    "cadence", what + " gives only the month of each event: choose the monthly schedule.");
        }
    }

    /** Opens a file of the import folder without following a link, unzipping it if it is gzip. */
    private static Reader reader(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16);
        raw.mark(2);
        int a = raw.read();
        int b = raw.read();
        raw.reset();
        InputStream in = a == 0x1f && b == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /** A name for result files: letters, digits and dashes. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\.csv(\\.gz)?$", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "events" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
