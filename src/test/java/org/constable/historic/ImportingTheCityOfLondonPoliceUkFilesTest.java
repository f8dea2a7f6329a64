package org.constable.historic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportFileStatus;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.ImportFolders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole City of London police.uk history (45 months) imported as historic crime records, its
 * reconciliation checked against the files' own row counts, then imported again to no effect.
 */
@ConstableHttpTest
class ImportingTheCityOfLondonPoliceUkFilesTest {

    @Autowired
    PoliceUkImport imports;

    @Autowired
    HistoricCrimes historic;

    @Autowired
    DatabaseAdmin db;

    @Test
    void everyRowOfEveryMonthIsImportedMergedOrRejectedAndImportingAgainAddsNothing() {
        Path source = PoliceUkFolders.force("city-of-london");
        assumeTrue(Files.isDirectory(source), "Skipped: the police.uk data folder " + source + " does not exist here.");
        Path folder = ImportFolders.copyOf(source, imports.folder());
        List<Path> files = PoliceUkFolders.files(folder);
        PoliceUkFolders.Tally expected = PoliceUkFolders.tally(files);
        long before = historic.count();

        PoliceUkImport.RunResult first =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(first.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(first.files()).hasSize(files.size()).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(ImportFileStatus.IMPORTED);
            assertThat(f.reconciles())
                    .as("read = imported + merged + rejected for %s", f.fileName())
                    .isTrue();
            assertThat(f.rowsRead())
                    .as("rows of %s", f.fileName())
                    .isEqualTo(PoliceUkFolders.dataLines(folder.resolve(f.fileName())));
        });
        assertThat(first.total(ImportLedger.FileEntry::rowsRead))
                .isEqualTo(expected.rows())
                .isEqualTo(28_761);
        assertThat(first.total(ImportLedger.FileEntry::rejected)).isZero();
        // one record per Crime ID; rows without one are anti-social behaviour, each an event of its own
        assertThat(first.total(ImportLedger.FileEntry::imported))
                .isEqualTo(expected.distinctCrimeIds() + expected.withoutCrimeId());
        assertThat(first.total(ImportLedger.FileEntry::mergedDuplicates))
                .isEqualTo(expected.withCrimeId() - expected.distinctCrimeIds());
        assertThat(first.total(ImportLedger.FileEntry::flaggedNoLocation))
                .isEqualTo(expected.withoutCoordinates())
                .isEqualTo(2_191);
        assertThat(first.total(ImportLedger.FileEntry::flaggedNoCrimeId)).isEqualTo(expected.withoutCrimeId());
        assertThat(historic.count() - before).isEqualTo(first.total(ImportLedger.FileEntry::imported));
        // the row ledger: each row read is in exactly one of the three places
        long ledgered = db.count("""
                SELECT (SELECT count(*) FROM crime.historic_crime h JOIN crime.import_file f ON f.id = h.source_file_id WHERE f.run_id = ?)
                     + (SELECT count(*) FROM crime.import_duplicate d JOIN crime.import_file f ON f.id = d.file_id WHERE f.run_id = ?)
                     + (SELECT count(*) FROM crime.import_rejection r JOIN crime.import_file f ON f.id = r.file_id WHERE f.run_id = ?)""", first.runId(), first.runId(), first.runId());
        assertThat(ledgered).isEqualTo(expected.rows());

        PoliceUkImport.RunResult again =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(again.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(again.files()).allSatisfy(f -> assertThat(f.status()).isEqualTo(ImportFileStatus.ALREADY_IMPORTED));
        assertThat(historic.count() - before).isEqualTo(first.total(ImportLedger.FileEntry::imported));

        YearMonth jan2018 = YearMonth.of(2018, 1);
        List<HistoricCrimeCount> counts = historic.countsByMonthAndCategory(jan2018, YearMonth.of(2021, 9));
        // other tests share this database: count what the City of London months hold
        assertThat(counts.stream().mapToLong(HistoricCrimeCount::count).sum())
                .isEqualTo(db.count(
                        "SELECT count(*) FROM crime.historic_crime WHERE month BETWEEN '2018-01-01' AND '2021-09-01'"));
        assertThat(counts).anySatisfy(c -> {
            assertThat(c.month()).isEqualTo(jan2018);
            assertThat(c.crimeType()).isEqualTo("Anti-social behaviour");
        });
        AtomicLong streamed = new AtomicLong();
        AtomicLong withoutLocation = new AtomicLong();
        historic.forEachInMonths(jan2018, YearMonth.of(2021, 9), (HistoricCrime c) -> {
            if (!"City of London Police".equals(c.fallsWithin())) {
                return;
            }
            streamed.incrementAndGet();
            if (c.flaggedNoLocation()) {
                assertThat(c.longitude()).isNull();
                withoutLocation.incrementAndGet();
            }
        });
        assertThat(streamed.get()).isEqualTo(historic.count() - before);
        // fewer than the 2,191 rows read without coordinates: some of those were merged into the same crime
        assertThat(withoutLocation.get())
                .isEqualTo(
                        db.count(
                                "SELECT count(*) FROM crime.historic_crime WHERE flagged_no_location AND falls_within = 'City of London Police'"));
    }
}
