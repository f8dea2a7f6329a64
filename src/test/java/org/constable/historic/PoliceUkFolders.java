package org.constable.historic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The real police.uk data beside the repository (../shared/data/policeuk), and what its files
 * hold, counted here line by line without the importer's CSV reader, so the importer's
 * reconciliation is checked against an independent count.
 */
public final class PoliceUkFolders {

    private PoliceUkFolders() {}

    public static Path force(String force) {
        return Path.of("..", "shared", "data", "policeuk", force)
                .toAbsolutePath()
                .normalize();
    }

    public static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv.gz"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row counts of a folder: data lines, rows with an empty Crime ID, distinct Crime IDs, rows without coordinates. */
    public record Tally(
            long rows, long withoutCrimeId, long distinctCrimeIds, long withCrimeId, long withoutCoordinates) {}

    public static long dataLines(Path file) {
        try (BufferedReader r = reader(file)) {
            return r.lines().count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Tally tally(List<Path> files) {
        long rows = 0;
        long noId = 0;
        long withId = 0;
        long noCoordinates = 0;
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            try (BufferedReader r = reader(f)) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.indexOf('"') >= 0) {
                        throw new IllegalStateException("a quoted field: this simple count would be wrong for " + f);
                    }
                    String[] cells = line.split(",", -1);
                    rows++;
                    if (cells[0].isEmpty()) {
                        noId++;
                    } else {
                        withId++;
                        ids.add(cells[0]);
                    }
                    if (cells[4].isEmpty()) {
                        noCoordinates++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Tally(rows, noId, ids.size(), withId, noCoordinates);
    }

    private static BufferedReader reader(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
