package org.constable.forecasting;

import java.time.LocalDateTime;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.domain.EventHistory;
import org.constable.forecasting.domain.EventLog;

/** Hand-made daily events on a one-row grid of 250 m cells, each given as {days before the cut-off, column}. */
public final class EventsOnARow {

    private EventsOnARow() {}

    public static EventHistory before(LocalDateTime cutoff, int columns, double[][] daysBeforeAndColumn) {
        int n = daysBeforeAndColumn.length;
        long[] minutes = new long[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            minutes[i] = EventLog.minuteOf(cutoff) - Math.round(daysBeforeAndColumn[i][0] * 24 * 60);
            xs[i] = daysBeforeAndColumn[i][1] * 250 + 10;
            ys[i] = 10;
        }
        return EventLog.of("test", Cadence.DAILY, minutes, xs, ys, new CellGrid(0, 0, 250, columns, 1), 250)
                .before(cutoff);
    }
}
