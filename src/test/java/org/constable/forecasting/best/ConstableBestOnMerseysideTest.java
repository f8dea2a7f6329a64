package org.constable.forecasting.best;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestProgress;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ForecastPeriod;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.ProtocolFiles;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the monthly Merseyside protocol, "constable-best" beats open_cp's best method at 5% coverage
 * (data README: burglary 21.7% with retro 500 m, violence 24.3% with the 3-month count), and its
 * parameters are exactly what tuning on 2019 alone chooses. Runs only where ../shared/data is
 * present (about 20 s).
 */
class ConstableBestOnMerseysideTest {

    static final Path FOLDER = Path.of("../shared/data/forecast-protocol");
    static EventLog burglary;
    static EventLog violence;

    @BeforeAll
    static void load() {
        ProtocolFiles files = new ProtocolFiles(FOLDER);
        Assumptions.assumeTrue(
                files.has(ProtocolDataset.MERSEYSIDE_BURGLARY) && files.has(ProtocolDataset.MERSEYSIDE_VIOLENCE),
                "Forecast protocol data not found at " + FOLDER.toAbsolutePath()
                        + ": Constable's best forecaster not checked on real data");
        burglary = files.load(ProtocolDataset.MERSEYSIDE_BURGLARY);
        violence = files.load(ProtocolDataset.MERSEYSIDE_VIOLENCE);
    }

    @ParameterizedTest(name = "{0}: more than open_cp''s best {1}% at 5% coverage")
    @CsvSource({"merseyside-burglary, 21.7", "merseyside-violence, 24.3"})
    void constableBestHitsMoreThanOpenCpsBestMethodAtFivePercent(String dataset, double openCpBestPercent) {
        ProtocolDataset d = ProtocolDataset.byId(dataset);
        BacktestResult result = new Backtest(
                        d == ProtocolDataset.MERSEYSIDE_BURGLARY ? burglary : violence, d.schedule())
                .run(
                        ForecastMethods.parse("constable-best", d.cadence()),
                        new double[] {0.05},
                        2,
                        BacktestProgress.NONE);

        assertThat(result.scoredPeriods()).isEqualTo(21);
        assertThat(100 * result.meanHitRate(0.05)).isGreaterThan(openCpBestPercent);
    }

    @Test
    void tuningOnTheMonthsBeforeTheScoredPeriodChoosesTheMonthlyParameters() {
        BestForecasterTuning.Outcome outcome = new BestForecasterTuning(
                        List.of(burglary, violence), BestForecasterTuning.tuningSchedule(Cadence.MONTHLY), 2)
                .tune(trial -> {});

        List<ForecastPeriod> tuning = BestForecasterTuning.tuningSchedule(Cadence.MONTHLY);
        assertThat(tuning.get(tuning.size() - 1).end())
                .isBeforeOrEqualTo(
                        ProtocolDataset.MERSEYSIDE_BURGLARY.schedule().get(0).start());
        assertThat(outcome.best()).isEqualTo(BestForecasterParameters.MONTHLY);
    }
}
