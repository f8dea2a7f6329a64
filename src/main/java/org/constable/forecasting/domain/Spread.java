package org.constable.forecasting.domain;

import java.util.Arrays;

/** Mean and spread of a measure over the periods of a backtest (sample standard deviation; quartiles by linear interpolation). */
public record Spread(int count, double mean, double sd, double min, double q1, double median, double q3, double max) {

    public static Spread of(double[] values) {
        double[] v =
                Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        int n = v.length;
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(v).sum() / n;
        double squares = 0;
        for (double d : v) {
            squares += (d - mean) * (d - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        return new Spread(n, mean, sd, v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[n - 1]);
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
