package org.constable.forecasting.publishing.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.constable.forecasting.publishing.domain.DataSource;
import org.constable.forecasting.publishing.domain.DosageSummary;
import org.constable.forecasting.publishing.domain.Horizon;
import org.constable.forecasting.publishing.domain.PatrolDosage;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.forecasting.publishing.domain.RankedCell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published forecasts, their top cells and patrol dosage: insert and read only (the tables refuse changes). */
@Repository
public class PublishedForecastStore {

    private final JdbcClient jdbc;

    public PublishedForecastStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the forecast and its cells; the id and cells of the argument are ignored and returned filled. */
    public long insert(PublishedForecast f) {
        long id = jdbc.sql("""
                        INSERT INTO analytics.published_forecast (crime_type, horizon, method, parameters, window_from, window_to,
                            period_from, period_to, cell_scheme, cell_size_m, h3_resolution, events_used, published_by, published_at,
                            data_source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(f.crimeType())
                .param(f.horizon().name())
                .param(f.method())
                .param(f.parameters())
                .param(date(f, f.windowFrom()))
                .param(date(f, f.windowTo()))
                .param(date(f, f.periodFrom()))
                .param(date(f, f.periodTo()))
                .param(f.cellScheme())
                .param(f.cellSize())
                .param(f.h3Resolution())
                .param(f.eventsUsed())
                .param(f.publishedBy())
                .param(Timestamp.from(f.publishedAt()))
                .param(f.dataSource().name())
                .query(Long.class)
                .single();
        for (RankedCell c : f.cells()) {
            jdbc.sql("""
                            INSERT INTO analytics.forecast_cell (forecast_id, rank, cell_id, risk, centre_lat, centre_lon, polygon)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            c.rank(),
                            c.cellId(),
                            c.risk(),
                            c.centreLatitude(),
                            c.centreLongitude(),
                            c.polygonGeoJson())
                    .update();
        }
        return id;
    }

    public Optional<PublishedForecast> find(long id) {
        return jdbc.sql("SELECT * FROM analytics.published_forecast WHERE id = ?")
                .param(id)
                .query((rs, n) -> forecast(rs, cells(id)))
                .optional();
    }

    /** The most recent forecasts first, without their cells. */
    public List<PublishedForecast> recent(int limit) {
        return jdbc.sql("SELECT * FROM analytics.published_forecast ORDER BY published_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> forecast(rs, List.of()))
                .list();
    }

    public void insertDosage(
            long forecastId,
            String cellId,
            String unit,
            Instant startedAt,
            int minutes,
            String recordedBy,
            Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO analytics.patrol_dosage (forecast_id, cell_id, unit, started_at, minutes, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        forecastId,
                        cellId,
                        unit,
                        Timestamp.from(startedAt),
                        minutes,
                        recordedBy,
                        Timestamp.from(recordedAt))
                .update();
    }

    public long lastDosageId(long forecastId) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM analytics.patrol_dosage WHERE forecast_id = ?")
                .param(forecastId)
                .query(Long.class)
                .single();
    }

    /** Minutes per top cell, in rank order (cells without patrol have 0). */
    public List<DosageSummary.CellMinutes> minutesPerCell(long forecastId) {
        return jdbc.sql("""
                        SELECT c.rank, c.cell_id, COALESCE(SUM(d.minutes), 0) AS minutes
                        FROM analytics.forecast_cell c
                        LEFT JOIN analytics.patrol_dosage d ON d.forecast_id = c.forecast_id AND d.cell_id = c.cell_id
                        WHERE c.forecast_id = ? GROUP BY c.rank, c.cell_id ORDER BY c.rank""")
                .param(forecastId)
                .query((rs, n) -> new DosageSummary.CellMinutes(
                        rs.getInt("rank"), rs.getString("cell_id"), rs.getLong("minutes")))
                .list();
    }

    /** Every patrol recorded against the forecast, oldest first. */
    public List<PatrolDosage> dosage(long forecastId) {
        return jdbc.sql("SELECT * FROM analytics.patrol_dosage WHERE forecast_id = ? ORDER BY started_at, id")
                .param(forecastId)
                .query((rs, n) -> new PatrolDosage(
                        rs.getLong("id"),
                        forecastId,
                        rs.getString("cell_id"),
                        rs.getString("unit"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getInt("minutes"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private List<RankedCell> cells(long id) {
        return jdbc.sql("SELECT * FROM analytics.forecast_cell WHERE forecast_id = ? ORDER BY rank")
                .param(id)
                .query((rs, n) -> new RankedCell(
                        rs.getInt("rank"),
                        rs.getString("cell_id"),
                        rs.getDouble("risk"),
                        rs.getDouble("centre_lat"),
                        rs.getDouble("centre_lon"),
                        outline(rs.getString("polygon"))))
                .list();
    }

    private static PublishedForecast forecast(ResultSet rs, List<RankedCell> cells) throws SQLException {
        DataSource source = DataSource.valueOf(rs.getString("data_source"));
        return new PublishedForecast(
                rs.getLong("id"),
                rs.getString("crime_type"),
                Horizon.valueOf(rs.getString("horizon")),
                source,
                rs.getString("method"),
                rs.getString("parameters"),
                first(rs, "window_from"),
                last(rs, "window_to", source),
                first(rs, "period_from"),
                last(rs, "period_to", source),
                rs.getString("cell_scheme"),
                rs.getDouble("cell_size_m"),
                rs.getObject("h3_resolution", Integer.class),
                rs.getInt("events_used"),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                cells);
    }

    /** Reads back the corners written by {@link RankedCell#polygonGeoJson()}. */
    private static List<double[]> outline(String polygon) {
        String inner = polygon.substring(polygon.indexOf("[[[") + 3, polygon.lastIndexOf("]]]"));
        return java.util.Arrays.stream(inner.split("\\],\\["))
                .map(p -> p.split(","))
                .map(p -> new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])})
                .toList();
    }

    /** Police.uk forecasts keep the first day of each month in their date columns (see the data_source migration). */
    private static Date date(PublishedForecast f, LocalDate day) {
        return Date.valueOf(f.dataSource() == DataSource.POLICE_UK_MONTHS ? day.withDayOfMonth(1) : day);
    }

    private static LocalDate first(ResultSet rs, String column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }

    private static LocalDate last(ResultSet rs, String column, DataSource source) throws SQLException {
        LocalDate day = rs.getDate(column).toLocalDate();
        return source == DataSource.POLICE_UK_MONTHS ? YearMonth.from(day).atEndOfMonth() : day;
    }
}
