package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.ImportFolders;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5's legacy import at force scale: all 44 Merseyside months (627,122 rows) through
 * PoliceUkImport, against the floor of PostgreSQL COPY of the same files' rows into a bare
 * twelve-column table on the same server, measured before and after the import in the same run.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=PoliceUkImportBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class PoliceUkImportBenchmark {

    @Autowired
    PoliceUkImport imports;

    @Autowired
    DatabaseAdmin db;

    @Test
    void importingAllMerseysideMonths() throws Exception {
        Path folder = Path.of("..", "shared", "data", "policeuk", "merseyside")
                .toAbsolutePath()
                .normalize();
        assumeTrue(Files.isDirectory(folder), "Skipped: the police.uk data folder " + folder + " does not exist here.");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".csv.gz")).sorted().toList();
        }

        // imports read only from the import folder: the files are copied there before the clock starts
        Path inside = ImportFolders.copyOf(folder, imports.folder());
        double floorBefore = copyFloorSeconds(files);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        long heapBefore =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        PoliceUkImport.RunResult result =
                imports.execute(imports.prepare(inside, PoliceUkImport.Requester.console()), new ImportListener() {});
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        long heapPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        double floorAfter = copyFloorSeconds(files);

        long read = result.total(ImportLedger.FileEntry::rowsRead);
        assertThat(result.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(result.files())
                .hasSize(44)
                .allSatisfy(f -> assertThat(f.reconciles()).isTrue());
        assertThat(read).isEqualTo(627_122);
        double floor = (floorBefore + floorAfter) / 2;
        String report = String.format(
                Locale.ROOT,
                """
                        ## PoliceUkImportBenchmark
                        files: %d, rows read: %,d
                        reconciliation: imported %,d + merged as duplicates %,d + rejected %,d = %,d (flagged: %,d without coordinates, %,d without Crime ID)
                        import: %.1f s wall, %,.0f rows/s
                        heap: peak %,d MB (sum of heap pools' peaks; %,d MB in use before; max heap %,d MB)
                        floor, COPY of the same rows into a bare 12-column table: %.1f s before, %.1f s after (mean %.1f s, %,.0f rows/s)
                        ratio import / COPY floor: %.2f
                        """,
                result.files().size(),
                read,
                result.total(ImportLedger.FileEntry::imported),
                result.total(ImportLedger.FileEntry::mergedDuplicates),
                result.total(ImportLedger.FileEntry::rejected),
                result.total(ImportLedger.FileEntry::imported)
                        + result.total(ImportLedger.FileEntry::mergedDuplicates)
                        + result.total(ImportLedger.FileEntry::rejected),
                result.total(ImportLedger.FileEntry::flaggedNoLocation),
                result.total(ImportLedger.FileEntry::flaggedNoCrimeId),
                importSeconds,
                read / importSeconds,
                heapPeak >> 20,
                heapBefore >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                floorBefore,
                floorAfter,
                floor,
                read / floor,
                importSeconds / floor);
        BenchmarkSupport.publish("policeuk-import", report);
    }

    /** COPY of every file's rows (decompressed on the way, header skipped) into a fresh bare table. */
    private double copyFloorSeconds(List<Path> files) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.policeuk_floor");
            s.execute("""
                    CREATE TABLE public.policeuk_floor (crime_id TEXT, month TEXT, reported_by TEXT, falls_within TEXT,
                        longitude TEXT, latitude TEXT, location TEXT, lsoa_code TEXT, lsoa_name TEXT, crime_type TEXT,
                        last_outcome TEXT, context TEXT)""");
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            long rows = 0;
            for (Path f : files) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
                    rows += copy.copyIn("COPY public.policeuk_floor FROM STDIN (FORMAT csv, HEADER true)", in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(rows).isEqualTo(627_122);
            s.execute("DROP TABLE public.policeuk_floor");
            return seconds;
        }
    }
}
