package org.constable.forecasting.domain;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A force's own events as a CSV file: a header naming the columns {@code time} (or {@code month})
 * and {@code x}, {@code y} (other columns are ignored), then one event per line. A time is
 * "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm[:ss]" or "yyyy-MM-dd" (midnight), taken as the force's local
 * time; a month column holds "yyyy-MM", which allows monthly forecasts only. x and y are decimal
 * numbers in the coordinate system the analyst names.
 */
public final class EventsCsv {

    private EventsCsv() {}

    /** The header only: whether the file gives months rather than times. */
    public static boolean monthsOnly(Reader in, String fileName) {
        return Columns.of(header(in, fileName), fileName).monthsOnly();
    }

    public static RawEvents read(Reader in, String fileName, int limit) {
        try {
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .allowMissingFields(true)
                    .allowExtraFields(true)
                    .skipEmptyLines(true)
                    .ofCsvRecord(in);
            Columns columns = null;
            RawEvents events = null;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (columns == null || events == null) {
                    columns = Columns.of(r.getFields(), fileName);
                    events = new RawEvents(columns.monthsOnly(), limit);
                    continue;
                }
                List<String> f = r.getFields();
                if (f.size() <= columns.last()) {
                    throw new EventsFileRefused(
                            fileName,
                            line,
                            "the line has " + f.size() + " field(s) where the header names at least "
                                    + (columns.last() + 1));
                }
                long minute = columns.monthsOnly()
                        ? month(f.get(columns.time()), fileName, line)
                        : time(f.get(columns.time()), fileName, line);
                events.add(
                        minute,
                        number(f.get(columns.x()), "x", fileName, line),
                        number(f.get(columns.y()), "y", fileName, line),
                        fileName);
            }
            if (events == null) {
                throw new EventsFileRefused(fileName, 1, "the file is empty: it has no header line");
            }
            return events;
        } catch (CsvParseException e) {
            throw new EventsFileRefused(fileName, -1, "the CSV cannot be parsed (a quoted field is not closed)");
        }
    }

    private static List<String> header(Reader in, String fileName) {
        try {
            for (CsvRecord r : CsvReader.builder().allowExtraFields(true).ofCsvRecord(in)) {
                return r.getFields();
            }
        } catch (CsvParseException e) {
            // reported as an empty header below
        }
        throw new EventsFileRefused(fileName, 1, "the file is empty: it has no header line");
    }

    private record Columns(int time, int x, int y, boolean monthsOnly) {

        static Columns of(List<String> header, String fileName) {
            int time = -1, month = -1, x = -1, y = -1;
            for (int i = 0; i < header.size(); i++) {
                switch (header.get(i).strip().toLowerCase(Locale.ROOT)) {
                    case "time" -> time = i;
                    case "month" -> month = i;
                    case "x" -> x = i;
                    case "y" -> y = i;
                    default -> {
                        // other columns are carried by some exports; they are not needed
                    }
                }
            }
            if ((time < 0 && month < 0) || x < 0 || y < 0) {
                throw new EventsFileRefused(
                        fileName,
                        1,
                        "the header must name the columns time (or month), x and y, for example \"time,x,y\"");
            }
            return new Columns(time >= 0 ? time : month, x, y, time < 0);
        }

        int last() {
            return Math.max(time, Math.max(x, y));
        }
    }

    private static long time(String text, String fileName, long line) {
        String t = text.strip();
        try {
            LocalDateTime at = t.length() == 10
                    ? LocalDate.parse(t).atStartOfDay()
                    : LocalDateTime.parse(t.length() > 10 && t.charAt(10) == ' ' ? t.replace(' ', 'T') : t);
            return EventLog.minuteOf(at);
        } catch (DateTimeParseException e) {
            throw new EventsFileRefused(
                    fileName,
                    line,
                    "column time is not a date and time (yyyy-MM-dd HH:mm, yyyy-MM-ddTHH:mm:ss or yyyy-MM-dd)");
        }
    }

    private static long month(String text, String fileName, long line) {
        try {
            return YearMonth.parse(text.strip()).atDay(1).toEpochDay() * 1440;
        } catch (DateTimeParseException e) {
            throw new EventsFileRefused(fileName, line, "column month is not a month (yyyy-MM)");
        }
    }

    private static double number(String text, String column, String fileName, long line) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new EventsFileRefused(fileName, line, "column " + column + " is not a decimal number");
        }
    }
}
