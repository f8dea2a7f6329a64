package org.constable.forecasting.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.HexFormat;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.PoliceUkImport;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.ImportFolders;

/**
 * Made-up police.uk months (2015-01 to 2015-03) in the City of London: per month 5 burglaries at
 * the hot spot, 2 at a second place, 1 at a third, and 4 robberies at the hot spot that a
 * burglary forecast must ignore. Imported once per database through the real importer.
 */
final class SmallPoliceUkFixture {

    static final double HOT_LON = -0.0900, HOT_LAT = 51.5150;
    static final double SECOND_LON = -0.1000, SECOND_LAT = 51.5200;
    static final double THIRD_LON = -0.0800, THIRD_LAT = 51.5100;
    static final YearMonth FIRST = YearMonth.of(2015, 1), LAST = YearMonth.of(2015, 3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SmallPoliceUkFixture() {}

    static void importOnce(PoliceUkImport imports, DatabaseAdmin db) {
        if (db.count("SELECT count(*) FROM crime.historic_crime WHERE month = DATE '2015-01-01'") > 0) {
            return;
        }
        Path folder = ImportFolders.fresh(imports.folder());
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                    + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
            rows(csv, m, 5, HOT_LON, HOT_LAT, "Burglary");
            rows(csv, m, 2, SECOND_LON, SECOND_LAT, "Burglary");
            rows(csv, m, 1, THIRD_LON, THIRD_LAT, "Burglary");
            rows(csv, m, 4, HOT_LON, HOT_LAT, "Robbery");
            try {
                Files.writeString(folder.resolve(m + "-fixture-street.csv"), csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});
    }

    private static void rows(StringBuilder csv, YearMonth month, int count, double lon, double lat, String type) {
        for (int i = 0; i < count; i++) {
            byte[] id = new byte[32];
            RANDOM.nextBytes(id);
            csv.append(HexFormat.of().formatHex(id))
                    .append(',')
                    .append(month)
                    .append(",Test Police,Test Police,")
                    .append(lon)
                    .append(',')
                    .append(lat)
                    .append(",On or near Test Street,E01000001,Test 001A,")
                    .append(type)
                    .append(",Under investigation,\n");
        }
    }
}
