package org.constable.custody.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Custody suites and their cells. */
@Repository
public class SuiteStore {

    public record Suite(long id, String name) {}

    public record Cell(long id, long suiteId, String name) {}

    private final JdbcClient jdbc;

    SuiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Suite> suites() {
        return jdbc.sql("SELECT id, name FROM custody.suite ORDER BY name")
                .query((rs, n) -> new Suite(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public Optional<Suite> suite(long id) {
        return jdbc.sql("SELECT id, name FROM custody.suite WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Suite(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    public List<Cell> cells(long suiteId) {
        return jdbc.sql("SELECT id, suite_id, name FROM custody.cell WHERE suite_id = ? ORDER BY name")
                .param(suiteId)
                .query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    public Optional<Cell> cell(long id) {
        return jdbc.sql("SELECT id, suite_id, name FROM custody.cell WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    /** Opens a suite with its cells, once: a suite of that name already there is returned as it is. */
    public Suite open(String name, List<String> cellNames) {
        Optional<Suite> existing = jdbc.sql("SELECT id, name FROM custody.suite WHERE name = ?")
                .param(name)
                .query((rs, n) -> new Suite(rs.getLong(1), rs.getString(2)))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql("INSERT INTO custody.suite (name) VALUES (?) RETURNING id")
                .param(name)
                .query(Long.class)
                .single();
        for (String cell : cellNames) {
            jdbc.sql("INSERT INTO custody.cell (suite_id, name) VALUES (?, ?)")
                    .params(id, cell)
                    .update();
        }
        return new Suite(id, name);
    }
}
