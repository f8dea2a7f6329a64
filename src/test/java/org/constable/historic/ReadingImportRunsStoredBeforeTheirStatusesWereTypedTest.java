package org.constable.historic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.constable.historic.domain.ImportFileStatus;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.constable.testsupport.ConstableHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import ledger's statuses were text written by hand; rows written then, with every status the
 * table allows, read back as the typed status with the same words on the page as before.
 */
@ConstableHttpTest
class ReadingImportRunsStoredBeforeTheirStatusesWereTypedTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportLedger ledger;

    @Test
    void everyRunStatusStoredAsTextReadsAsItsTypeWithTheWordsShownBefore() {
        Map<String, String> wordsBefore = new LinkedHashMap<>();
        wordsBefore.put("RUNNING", "running");
        wordsBefore.put("COMPLETED", "completed");
        wordsBefore.put("COMPLETED_WITH_REFUSALS", "completed, with refused files");
        wordsBefore.put("FAILED", "stopped at a refused file");
        wordsBefore.put("INTERRUPTED", "interrupted");

        wordsBefore.forEach((stored, words) -> {
            long id = run(stored);
            ImportLedger.Run run = ledger.run(id).orElseThrow();
            assertThat(run.status()).isEqualTo(ImportRunStatus.valueOf(stored));
            assertThat(run.statusLabel()).isEqualTo(words);
            assertThat(run.running()).isEqualTo(stored.equals("RUNNING"));
        });
        assertThat(ImportRunStatus.values()).hasSize(wordsBefore.size());
    }

    @Test
    void everyFileStatusStoredAsTextReadsAsItsTypeWithTheWordsShownBefore() {
        long runId = run("COMPLETED_WITH_REFUSALS");
        String sha = UUID.randomUUID().toString();
        long imported = jdbc.sql("""
                        INSERT INTO crime.import_file (run_id, file_name, content_sha256, byte_size, status, finished_at)
                        VALUES (?, 'a.csv', ?, 10, 'IMPORTED', now()) RETURNING id""").params(runId, sha).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO crime.import_file (run_id, file_name, content_sha256, byte_size, status, same_as_file_id, finished_at)
                        VALUES (?, 'b.csv', ?, 10, 'ALREADY_IMPORTED', ?, now())""").params(runId, sha, imported).update();
        jdbc.sql("""
                        INSERT INTO crime.import_file (run_id, file_name, byte_size, status, rows_read, error, error_line, finished_at)
                        VALUES (?, 'c.csv', 10, 'FAILED', 3, 'c.csv, line 3: too few fields', 3, now())""").param(runId).update();

        var files = ledger.files(runId);

        assertThat(files)
                .extracting(ImportLedger.FileEntry::status)
                .containsExactly(ImportFileStatus.IMPORTED, ImportFileStatus.ALREADY_IMPORTED, ImportFileStatus.FAILED);
        assertThat(files)
                .extracting(ImportLedger.FileEntry::statusLabel)
                .containsExactly("imported", "already imported (file " + imported + ")", "failed");
        assertThat(files).extracting(ImportLedger.FileEntry::refused).containsExactly(false, false, true);
    }

    private long run(String storedStatus) {
        return jdbc.sql("""
                        INSERT INTO crime.import_run (source_path, started_by, started_at, status, files_found, bytes_total)
                        VALUES ('old/run', 'console:test', now(), ?, 0, 0) RETURNING id""").param(storedStatus).query(Long.class).single();
    }
}
