package org.constable.crime.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.VictimBasis;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Home Office classification list and outcome types, kept as data. */
@Repository
public class ClassificationStore {

    public record OutcomeType(String code, String title) {}

    private static final String COLUMNS =
            "code, version, title, ho_group, police_uk_category, victim_basis, seriousness";
    private static final RowMapper<Classification> ROW = (rs, n) -> new Classification(
            rs.getString(1),
            rs.getInt(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            VictimBasis.valueOf(rs.getString(6)),
            rs.getInt(7));
    /** The newest version of each code. */
    private static final String CURRENT =
            "SELECT DISTINCT ON (code) " + COLUMNS + " FROM crime.classification ORDER BY code, version DESC";

    private final JdbcClient jdbc;

    public ClassificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Classification> current() {
        return jdbc.sql("SELECT * FROM (" + CURRENT + ") c ORDER BY ho_group, seriousness DESC")
                .query(ROW)
                .list();
    }

    /** Current classifications whose code or title contains the text. */
    public List<Classification> search(String text) {
        String like = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql("SELECT * FROM (" + CURRENT
                        + ") c WHERE lower(code) LIKE ? OR lower(title) LIKE ? OR police_uk_category LIKE ? "
                        + "ORDER BY ho_group, seriousness DESC")
                .params(like, like, like)
                .query(ROW)
                .list();
    }

    public Optional<Classification> currentOf(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.classification WHERE code = ? ORDER BY version DESC LIMIT 1")
                .param(code)
                .query(ROW)
                .optional();
    }

    public Optional<Classification> version(String code, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.classification WHERE code = ? AND version = ?")
                .params(code, version)
                .query(ROW)
                .optional();
    }

    public List<OutcomeType> outcomeTypes() {
        return jdbc.sql("SELECT code, title FROM crime.outcome_type ORDER BY sort")
                .query((rs, n) -> new OutcomeType(rs.getString(1), rs.getString(2)))
                .list();
    }

    public Optional<OutcomeType> outcomeType(String code) {
        return jdbc.sql("SELECT code, title FROM crime.outcome_type WHERE code = ?")
                .param(code)
                .query((rs, n) -> new OutcomeType(rs.getString(1), rs.getString(2)))
                .optional();
    }
}
