package org.constable.forecasting.best;

/**
 * The five numbers of {@link ConstableBestForecaster}:
 * <ul>
 *   <li>{@code longDecayDays}: e-folding age of the long-run term (events weigh {@code exp(-age/longDecayDays)});</li>
 *   <li>{@code longRingWeight}: spatial smoothing of the long-run term, weight of a cell at Chebyshev
 *       distance r = {@code longRingWeight^r} (r ≤ 2; 0 = the cell alone);</li>
 *   <li>{@code nearWeight}: share given to the near-repeat term against the long-run term (both are
 *       normalised to sum 1 before mixing);</li>
 *   <li>{@code nearDecayDays}: e-folding age of the near-repeat term;</li>
 *   <li>{@code nearRingWeight}: spatial reach of the near-repeat term, as {@code longRingWeight}.</li>
 * </ul>
 */
public record BestForecasterParameters(
        double longDecayDays, double longRingWeight, double nearWeight, double nearDecayDays, double nearRingWeight) {

    /**
     * For daily data with exact times. Chosen by {@link BestForecasterTuning} (coordinate search from
     * {@link BestForecasterTuning#START}) on Chicago's 365 daily forecasts of 2018, a year before the
     * scored 2019: 25.4% mean hit rate at 5% there (the 365-day count: 25.1%). Reproduce with
     * {@code BestForecasterBenchmark#tuningOnChicago2018ChoosesTheDailyParameters} (several minutes).
     */
    public static final BestForecasterParameters DAILY = new BestForecasterParameters(730, 0, 0.1, 30, 0);

    /**
     * For monthly police.uk data. Chosen the same way on Merseyside burglary and violence together
     * (mean of the two), monthly forecasts 2019-01..2019-12, before the scored 2020-01..2021-09:
     * 24.5% mean hit rate at 5% there. {@code ConstableBestOnMerseysideTest} reproduces this choice.
     */
    public static final BestForecasterParameters MONTHLY = new BestForecasterParameters(2920, 0.05, 0.1, 30, 0);

    public BestForecasterParameters {
        if (!(longDecayDays > 0) || !(nearDecayDays > 0)) {
            throw new IllegalArgumentException("Decay times must be positive");
        }
        if (longRingWeight < 0 || longRingWeight > 1 || nearRingWeight < 0 || nearRingWeight > 1 || nearWeight < 0) {
            throw new IllegalArgumentException("Ring weights lie in [0, 1] and the near-repeat weight is not negative");
        }
    }

    @Override
    public String toString() {
        return "long %.0f d ring %.2f, near x%.2f %.0f d ring %.2f"
                .formatted(longDecayDays, longRingWeight, nearWeight, nearDecayDays, nearRingWeight);
    }
}
