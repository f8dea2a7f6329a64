package org.constable.historic;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.constable.historic.persistence.HistoricCrimeReads;
import org.springframework.stereotype.Service;

/**
 * Read access to the historic crime records imported from police.uk files, for forecasting and dashboards. The
 * records are anonymised and hold no personal data, so reading them leaves no audit entry.
 * Month ranges are inclusive at both ends.
 */
@Service
public class HistoricCrimes {

    private final HistoricCrimeReads reads;

    public HistoricCrimes(HistoricCrimeReads reads) {
        this.reads = reads;
    }

    public long count() {
        return reads.count();
    }

    /** Counts per month and crime type, months ascending then crime type; months with no records are absent. */
    public List<HistoricCrimeCount> countsByMonthAndCategory(YearMonth from, YearMonth to) {
        checkRange(from, to);
        return reads.countsByMonthAndCategory(from, to);
    }

    /**
     * Streams the records of the months, in month order, without holding them all in memory. The
     * sink runs inside a read-only transaction: it must not write to the database.
     */
    public void forEachInMonths(YearMonth from, YearMonth to, Consumer<HistoricCrime> sink) {
        checkRange(from, to);
        reads.forEachInMonths(from, to, sink);
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("The months must be given, and 'to' must not be before 'from'.");
        }
    }
}
