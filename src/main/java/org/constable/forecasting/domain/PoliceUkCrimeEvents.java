package org.constable.forecasting.domain;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.constable.shared.InvalidInput;

/**
 * Events of one crime type from police.uk street-level files, chosen as the forecast protocol
 * chose Merseyside's: rows whose Crime type is exactly the one named, with both coordinates
 * present. Dated to the month only, so they are forecast monthly; longitude and latitude
 * (EPSG:4326) are projected onto British National Grid for the grid.
 */
public final class PoliceUkCrimeEvents {

    /** police.uk coordinates are WGS 84 longitude and latitude. */
    public static final int WGS84 = 4326;

    private final String crimeType;
    private final RawEvents events;
    private long rowsRead;
    private long rowsWithoutCoordinates;

    public PoliceUkCrimeEvents(String crimeType, int limit) {
        if (crimeType == null || crimeType.isBlank()) {
            throw new InvalidInput(
                    "crimeType",
                    "Name the police.uk crime type to forecast, exactly as the files write it (for example Burglary).");
        }
        this.crimeType = crimeType.strip();
        this.events = new RawEvents(true, limit);
    }

    /** Reads one month's file; rows of other types, and rows without coordinates, are passed over. */
    public void read(Reader in, String fileName) {
        int month = -1, lon = -1, lat = -1, type = -1;
        boolean header = true;
        try {
            for (CsvRecord r : CsvReader.builder()
                    .allowMissingFields(true)
                    .allowExtraFields(true)
                    .skipEmptyLines(true)
                    .ofCsvRecord(in)) {
                List<String> f = r.getFields();
                long line = r.getStartingLineNumber();
                if (header) {
                    month = f.indexOf("Month");
                    lon = f.indexOf("Longitude");
                    lat = f.indexOf("Latitude");
                    type = f.indexOf("Crime type");
                    if (month < 0 || lon < 0 || lat < 0 || type < 0) {
                        throw new EventsFileRefused(
                                "policeUkPath",
                                fileName,
                                line,
                                "the header is not a police.uk street-level header (it needs Month, Longitude,"
                                        + " Latitude and Crime type)");
                    }
                    header = false;
                    continue;
                }
                if (f.size() <= Math.max(Math.max(month, lon), Math.max(lat, type))) {
                    throw new EventsFileRefused(
                            "policeUkPath", fileName, line, "the line has too few fields (a truncated line)");
                }
                rowsRead++;
                if (!crimeType.equals(f.get(type))) {
                    continue;
                }
                if (f.get(lon).isBlank() || f.get(lat).isBlank()) {
                    rowsWithoutCoordinates++;
                    continue;
                }
                events.add(
                        minuteOf(f.get(month), fileName, line),
                        number(f.get(lon), "Longitude", fileName, line),
                        number(f.get(lat), "Latitude", fileName, line),
                        fileName);
            }
        } catch (CsvParseException e) {
            throw new EventsFileRefused(
                    "policeUkPath", fileName, -1, "the CSV cannot be parsed (a quoted field is not closed)");
        }
        if (header) {
            throw new EventsFileRefused("policeUkPath", fileName, 1, "the file is empty: it has no header line");
        }
    }

    public RawEvents events() {
        return events;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsWithoutCoordinates() {
        return rowsWithoutCoordinates;
    }

    private static long minuteOf(String text, String fileName, long line) {
        try {
            return YearMonth.parse(text.strip()).atDay(1).toEpochDay() * 1440;
        } catch (DateTimeParseException e) {
            throw new EventsFileRefused("policeUkPath", fileName, line, "column Month is not a month (yyyy-MM)");
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
            throw new EventsFileRefused(
                    "policeUkPath", fileName, line, "column " + column + " is not a decimal number");
        }
    }
}
