package org.constable.forecasting.domain;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Backtest results as text: a console/markdown table (mean hit rate ± sd at the report levels,
 * quartiles at 5%, PAI at 5%, wall time) and a CSV with one row per method, period and level.
 */
public final class BacktestReport {

    /** The levels shown in tables; 50% is scored but only used as a sanity check. */
    public static final double[] TABLE_LEVELS = {0.01, 0.02, 0.05, 0.10, 0.20};

    private BacktestReport() {}

    public static String markdown(List<BacktestResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| dataset | method |");
        for (double c : TABLE_LEVELS) {
            out.append(' ').append(percent(c)).append(" hit rate (sd) |");
        }
        out.append(" 5% quartiles | PAI 5% | PAI 10% | periods | wall time |\n|---|---|");
        out.append("---|".repeat(TABLE_LEVELS.length)).append("---|---|---|---|---|\n");
        for (BacktestResult r : results) {
            out.append("| ")
                    .append(r.dataset())
                    .append(" | ")
                    .append(r.method())
                    .append(" |");
            for (double c : TABLE_LEVELS) {
                Spread s = r.hitRateSpread(c);
                out.append(String.format(Locale.ROOT, " %.1f%% (%.1f) |", 100 * s.mean(), 100 * s.sd()));
            }
            Spread five = r.hitRateSpread(0.05);
            out.append(String.format(
                    Locale.ROOT,
                    " %.1f / %.1f / %.1f%% | %.2f | %.2f | %d | %.1f s |%n",
                    100 * five.q1(),
                    100 * five.median(),
                    100 * five.q3(),
                    r.pai(0.05),
                    r.pai(0.10),
                    r.scoredPeriods(),
                    r.wallTime().toMillis() / 1000.0));
        }
        return out.toString();
    }

    /**
     * One row per method, period and level, as RFC 4180 CSV: a field holding a comma, a quote or a
     * line end is quoted (method names such as Constable's best hold commas).
     */
    public static String csv(List<BacktestResult> results) {
        StringWriter text = new StringWriter();
        try (CsvWriter out = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
            out.writeRecord("dataset", "method", "period", "coverage", "events", "hits", "hit_rate");
            for (BacktestResult r : results) {
                for (int p = 0; p < r.periods().size(); p++) {
                    for (int l = 0; l < r.coverages().length; l++) {
                        out.writeRecord(
                                r.dataset(),
                                r.method(),
                                r.periods().get(p).label(),
                                Double.toString(r.coverages()[l]),
                                Integer.toString(r.events()[p]),
                                Integer.toString(r.hits()[p][l]),
                                String.format(Locale.ROOT, "%.6f", r.hitRate(p, l)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String percent(double c) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * c);
    }
}
