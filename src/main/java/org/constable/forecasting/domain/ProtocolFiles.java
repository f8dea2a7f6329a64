package org.constable.forecasting.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the protocol's projected inputs ({@code time,x,y} with "yyyy-MM-dd HH:mm", or
 * {@code month,x,y} with "yyyy-MM") and its valid-cell masks (one line per gy, 1 = valid).
 */
public final class ProtocolFiles {

    private final Path folder;

    public ProtocolFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public boolean has(ProtocolDataset dataset) {
        return Files.isReadable(folder.resolve(dataset.eventsFile()));
    }

    public EventLog load(ProtocolDataset dataset) {
        Path file = folder.resolve(dataset.eventsFile());
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII),
                1 << 16)) {
            String header = in.readLine();
            if (header == null || !(header.equals("time,x,y") || header.equals("month,x,y"))) {
                throw new IllegalArgumentException(file + ": expected a time,x,y or month,x,y header, got " + header);
            }
            long[] minutes = new long[1 << 16];
            double[] xs = new double[minutes.length];
            double[] ys = new double[minutes.length];
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                if (n == minutes.length) {
                    minutes = Arrays.copyOf(minutes, n * 2);
                    xs = Arrays.copyOf(xs, n * 2);
                    ys = Arrays.copyOf(ys, n * 2);
                }
                int c1 = line.indexOf(',');
                int c2 = line.indexOf(',', c1 + 1);
                minutes[n] = parseMinute(line, c1);
                xs[n] = Double.parseDouble(line.substring(c1 + 1, c2));
                ys[n] = Double.parseDouble(line.substring(c2 + 1));
                n++;
            }
            return EventLog.of(
                    dataset.id(),
                    dataset.cadence(),
                    Arrays.copyOf(minutes, n),
                    Arrays.copyOf(xs, n),
                    Arrays.copyOf(ys, n),
                    CellGrid.PROTOCOL_CELL_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The shipped mask: {@code mask[gy][gx]}. */
    public boolean[][] validMask(ProtocolDataset dataset) {
        Path file = folder.resolve(dataset.validMaskFile());
        try {
            List<boolean[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                boolean[] row = new boolean[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = cells[i].equals("1");
                }
                rows.add(row);
            }
            return rows.toArray(boolean[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** "2019-03-04 17:05" or "2019-03" (first minute of the month), without building objects per line. */
    private static long parseMinute(String line, int end) {
        int year = digits(line, 0, 4);
        int month = digits(line, 5, 7);
        if (end == 7) {
            return LocalDate.of(year, month, 1).toEpochDay() * 1440;
        }
        int day = digits(line, 8, 10);
        long minute = LocalDate.of(year, month, day).toEpochDay() * 1440;
        if (end >= 16) {
            minute += digits(line, 11, 13) * 60L + digits(line, 14, 16);
        }
        return minute;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a date: " + s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
