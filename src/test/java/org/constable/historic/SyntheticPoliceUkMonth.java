package org.constable.historic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A made-up month in the police.uk street-level format, with fresh Crime IDs on every call so that
 * tests sharing a database never collide: every 5th row is anti-social behaviour (no Crime ID),
 * every 7th has no coordinates. A nonce in the Context column keeps rows without a Crime ID apart
 * from those of other calls for the same month.
 */
final class SyntheticPoliceUkMonth {

    static final String HEADER =
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                    + "Crime type,Last outcome category,Context\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SyntheticPoliceUkMonth() {}

    static Path write(Path folder, YearMonth month, int rows, boolean gzip) {
        Path file = folder.resolve(month + "-synthetic-street.csv" + (gzip ? ".gz" : ""));
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            String nonce = crimeId().substring(0, 12);
            for (int i = 1; i <= rows; i++) {
                out.write((row(month, i) + nonce + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A row without its Context (the last field) and line end: the caller adds them. */
    static String row(YearMonth month, int i) {
        boolean asb = i % 5 == 0;
        boolean noLocation = i % 7 == 0;
        return (asb ? "" : crimeId()) + "," + month + ",Test Police,Test Police,"
                + (noLocation
                        ? ",,No location,,,"
                        : "-0.09" + (i % 100) + ",51.51" + (i % 100) + ",On or near Test Street,E01000001,Test 001A,")
                + (asb ? "Anti-social behaviour,," : "Other theft,Under investigation,");
    }

    static String crimeId() {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
