package org.constable.forecasting.best;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestProgress;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ForecastPeriod;
import org.constable.forecasting.domain.RollingOrigin;

/**
 * Chooses {@link BestForecasterParameters} by coordinate search on tuning schedules that end
 * before the scored period, maximising the mean hit rate at 5% coverage (averaged over the
 * datasets when several are tuned together, as the two monthly Merseyside crime types are). Each rolling-origin
 * forecast of the tuning schedule still sees only events before its own cut-off, so nothing of
 * the scored period is ever read. Deterministic: the same data and grids give the same choice.
 */
public final class BestForecasterTuning {

    public static final double TUNING_COVERAGE = 0.05;
    /** Candidate values, tried one parameter at a time, in this order, for {@link #PASSES} passes. */
    public static final double[] LONG_DECAY_DAYS = {180, 365, 730, 1460, 2920};

    public static final double[] LONG_RING_WEIGHTS = {0, 0.05, 0.1, 0.2, 0.35, 0.5};
    public static final double[] NEAR_WEIGHTS = {0, 0.1, 0.2, 0.35, 0.5, 0.75, 1};
    public static final double[] NEAR_DECAY_DAYS = {3, 7, 14, 30, 60, 90};
    public static final double[] NEAR_RING_WEIGHTS = {0, 0.25, 0.5, 0.75, 1};
    static final int PASSES = 2;
    /** Where the search starts: the 365-day count alone (365-day decay, no smoothing, no near-repeat). */
    public static final BestForecasterParameters START = new BestForecasterParameters(365, 0, 0, 30, 0);

    /** The pre-period schedule of a cadence: Chicago's days of 2018, Merseyside's months of 2019. */
    public static List<ForecastPeriod> tuningSchedule(Cadence cadence) {
        return cadence == Cadence.DAILY
                ? RollingOrigin.daily(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
                : RollingOrigin.monthly(YearMonth.of(2019, 1), YearMonth.of(2019, 12));
    }

    /** One evaluated candidate: parameters and mean hit rate at 5% on the tuning schedule. */
    public record Trial(BestForecasterParameters parameters, double hitRate) {}

    /** The chosen parameters and every trial on the way, in order. */
    public record Outcome(BestForecasterParameters best, double hitRate, List<Trial> trials) {}

    private final List<Backtest> backtests = new ArrayList<>();
    private final int threads;

    public BestForecasterTuning(List<EventLog> logs, List<ForecastPeriod> tuningPeriods, int threads) {
        for (EventLog log : logs) {
            backtests.add(new Backtest(log, tuningPeriods));
        }
        this.threads = threads;
    }

    public Outcome tune(Consumer<Trial> progress) {
        List<Trial> trials = new ArrayList<>();
        BestForecasterParameters best = START;
        double bestRate = score(best, trials, progress);
        for (int pass = 0; pass < PASSES; pass++) {
            for (int parameter = 0; parameter < 5; parameter++) {
                for (double value : candidates(parameter)) {
                    BestForecasterParameters candidate = with(best, parameter, value);
                    if (candidate.equals(best)) {
                        continue;
                    }
                    double rate = score(candidate, trials, progress);
                    if (rate > bestRate) {
                        best = candidate;
                        bestRate = rate;
                    }
                }
            }
        }
        return new Outcome(best, bestRate, List.copyOf(trials));
    }

    private double score(BestForecasterParameters p, List<Trial> trials, Consumer<Trial> progress) {
        double sum = 0;
        for (Backtest backtest : backtests) {
            sum += backtest.run(
                            new ConstableBestForecaster("tuning", p),
                            new double[] {TUNING_COVERAGE},
                            threads,
                            BacktestProgress.NONE)
                    .meanHitRate(TUNING_COVERAGE);
        }
        double rate = sum / backtests.size();
        Trial trial = new Trial(p, rate);
        trials.add(trial);
        progress.accept(trial);
        return rate;
    }

    private static double[] candidates(int parameter) {
        return switch (parameter) {
            case 0 -> LONG_DECAY_DAYS;
            case 1 -> LONG_RING_WEIGHTS;
            case 2 -> NEAR_WEIGHTS;
            case 3 -> NEAR_DECAY_DAYS;
            default -> NEAR_RING_WEIGHTS;
        };
    }

    private static BestForecasterParameters with(BestForecasterParameters p, int parameter, double v) {
        return switch (parameter) {
            case 0 ->
                new BestForecasterParameters(
                        v, p.longRingWeight(), p.nearWeight(), p.nearDecayDays(), p.nearRingWeight());
            case 1 ->
                new BestForecasterParameters(
                        p.longDecayDays(), v, p.nearWeight(), p.nearDecayDays(), p.nearRingWeight());
            case 2 ->
                new BestForecasterParameters(
                        p.longDecayDays(), p.longRingWeight(), v, p.nearDecayDays(), p.nearRingWeight());
            case 3 ->
                new BestForecasterParameters(
                        p.longDecayDays(), p.longRingWeight(), p.nearWeight(), v, p.nearRingWeight());
            default ->
                new BestForecasterParameters(
                        p.longDecayDays(), p.longRingWeight(), p.nearWeight(), p.nearDecayDays(), v);
        };
    }
}
