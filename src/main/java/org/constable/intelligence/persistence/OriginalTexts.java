package org.constable.intelligence.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only reader of a report's original text, which may identify its source (ADR 0077). Only the
 * intelligence unit's use case calls it, after AccessPolicy, and every read is audited with its purpose.
 */
@Repository
public class OriginalTexts {

    private final JdbcClient jdbc;

    OriginalTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> of(long reportId) {
        return jdbc.sql("SELECT text FROM intelligence.original_text WHERE report_id = ?")
                .param(reportId)
                .query(String.class)
                .optional();
    }
}
