package org.constable.historic.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The data.police.uk street-level format: twelve columns, one file per month. One instance reads
 * one file: it checks the header, then turns each record into a {@link HistoricRow} or a rejection
 * reason. Rows without coordinates or without a Crime ID (anti-social behaviour) are accepted and
 * flagged, never dropped. See ADR 0025 for what makes two rows the same crime. A reason names the
 * column and the rule it breaks, never the value: the ledger and the audit trail must not become a
 * way to read a file's content (ADR 0049).
 */
public final class PoliceUkStreetFormat {

    public static final List<String> HEADER = List.of(
            "Crime ID",
            "Month",
            "Reported by",
            "Falls within",
            "Longitude",
            "Latitude",
            "Location",
            "LSOA code",
            "LSOA name",
            "Crime type",
            "Last outcome category",
            "Context");

    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final String fileName;
    /** Identical rows without a Crime ID in one file are distinct events: the n-th copy gets its own key. */
    private final Map<String, Integer> occurrences = new HashMap<>();

    public PoliceUkStreetFormat(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Thrown unless the first record is exactly the police.uk header. The message says which column
     * differs and what was expected there, never what the file holds.
     */
    public void checkHeader(List<String> fields, long line) {
        if (HEADER.equals(fields)) {
            return;
        }
        for (int i = 0; i < Math.min(fields.size(), HEADER.size()); i++) {
            if (!HEADER.get(i).equals(fields.get(i))) {
                throw new MalformedFile(
                        fileName,
                        line,
                        "the header is not the police.uk street-level header: column " + (i + 1) + " should be \""
                                + HEADER.get(i) + "\" (the format has " + HEADER.size() + " columns: "
                                + String.join(", ", HEADER) + ")");
            }
        }
        throw new MalformedFile(
                fileName,
                line,
                "the header is not the police.uk street-level header: it has " + fields.size()
                        + " column(s) where the format has " + HEADER.size() + " (" + String.join(", ", HEADER)
                        + ")");
    }

    /** Thrown when a record does not have twelve fields: the line was cut short or joined with another. */
    public void checkShape(List<String> fields, long line) {
        if (fields.size() != HEADER.size()) {
            throw new MalformedFile(
                    fileName,
                    line,
                    "the line has " + fields.size() + " field(s) where the format has " + HEADER.size()
                            + " (a truncated or damaged line)");
        }
    }

    /** The row as a historic record, or the reason it is rejected. */
    public Parsed parse(List<String> f, long line) {
        for (int i = 0; i < f.size(); i++) {
            if (hasControlCharacter(f.get(i))) {
                return new Rejected(
                        "column " + HEADER.get(i)
                                + " holds a control character (a NUL or another non-printing character; police.uk files have none)");
            }
        }
        String month = f.get(1).trim();
        if (!MONTH.matcher(month).matches()) {
            return new Rejected("column Month is not a year and month (YYYY-MM)");
        }
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return new Rejected("column Month is not a real month (the month number is 01 to 12)");
        }
        if (blank(f.get(2)) || blank(f.get(3))) {
            return new Rejected("no force in Reported by / Falls within");
        }
        if (blank(f.get(9))) {
            return new Rejected("no Crime type");
        }
        String lon = f.get(4).trim();
        String lat = f.get(5).trim();
        Double longitude = null;
        Double latitude = null;
        if (lon.isEmpty() != lat.isEmpty()) {
            return new Rejected("only one of Longitude and Latitude is given");
        }
        if (!lon.isEmpty()) {
            try {
                longitude = Double.valueOf(lon);
                latitude = Double.valueOf(lat);
            } catch (NumberFormatException e) {
                return new Rejected("columns Longitude and Latitude are not both decimal numbers");
            }
            if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90 || longitude.isNaN() || latitude.isNaN()) {
                return new Rejected("columns Longitude and Latitude are outside the globe (-180 to 180, -90 to 90)");
            }
        }
        String crimeId = emptyToNull(f.get(0));
        return new Accepted(new HistoricRow(
                line,
                keyOf(crimeId, f),
                crimeId,
                ym,
                f.get(2).trim(),
                f.get(3).trim(),
                longitude,
                latitude,
                emptyToNull(f.get(6)),
                emptyToNull(f.get(7)),
                emptyToNull(f.get(8)),
                f.get(9).trim(),
                emptyToNull(f.get(10)),
                emptyToNull(f.get(11))));
    }

    private byte[] keyOf(@Nullable String crimeId, List<String> f) {
        if (crimeId != null) {
            return HEX_ID.matcher(crimeId).matches() ? HexFormat.of().parseHex(crimeId) : sha256("C\u001f" + crimeId);
        }
        String content = String.join("\u001f", f);
        int n = occurrences.merge(content, 1, Integer::sum);
        return sha256("A\u001f" + content + "\u001f" + n);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * C0 control characters other than tab, line feed and carriage return, and DEL. PostgreSQL cannot
     * store a NUL in text at all (one would fail the whole file's load), and the others would pass the
     * blank checks yet trim away to nothing.
     */
    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** What one row became. */
    public sealed interface Parsed permits Accepted, Rejected {}

    public record Accepted(HistoricRow row) implements Parsed {}

    public record Rejected(String reason) implements Parsed {}
}
