package org.constable.historic.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.constable.historic.HistoricCrime;
import org.constable.historic.HistoricCrimeCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads of crime.historic_crime for the HistoricCrimes facade. */
@Repository
public class HistoricCrimeReads {

    private static final int FETCH_SIZE = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    public HistoricCrimeReads(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // PostgreSQL streams a result in fetch-size pieces only inside a transaction
        this.streaming =
                new JdbcTemplate(Objects.requireNonNull(template.getDataSource(), "the JdbcTemplate has a DataSource"));
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM crime.historic_crime")
                .query(Long.class)
                .single();
    }

    public List<HistoricCrimeCount> countsByMonthAndCategory(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT month, crime_type, count(*) FROM crime.historic_crime
                        WHERE month BETWEEN ? AND ? GROUP BY month, crime_type ORDER BY month, crime_type""")
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
                .query((rs, n) -> new HistoricCrimeCount(
                        YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2), rs.getLong(3)))
                .list();
    }

    public void forEachInMonths(YearMonth from, YearMonth to, Consumer<HistoricCrime> sink) {
        readOnly.executeWithoutResult(status -> streaming.query(
                """
                        SELECT crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code,
                               lsoa_name, crime_type, last_outcome, flagged_no_location, flagged_no_crime_id
                        FROM crime.historic_crime WHERE month BETWEEN ? AND ? ORDER BY month, id""",
                rs -> {
                    sink.accept(crime(rs));
                },
                Date.valueOf(from.atDay(1)),
                Date.valueOf(to.atDay(1))));
    }

    private static HistoricCrime crime(ResultSet rs) throws SQLException {
        return new HistoricCrime(
                rs.getString(1),
                YearMonth.from(rs.getDate(2).toLocalDate()),
                rs.getString(3),
                rs.getString(4),
                (Double) rs.getObject(5),
                (Double) rs.getObject(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getBoolean(12),
                rs.getBoolean(13));
    }
}
