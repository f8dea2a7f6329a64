package org.constable.forecasting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ports reproduce open_cp's mean hit rates at 5% coverage (data README table) within half a
 * point on both Merseyside datasets. Runs only where ../shared/data is present (a few seconds).
 */
class ReproducingOpenCpOnMerseysideTest {

    static final Path FOLDER = Path.of("../shared/data/forecast-protocol");
    static final Map<ProtocolDataset, EventLog> LOGS = new EnumMap<>(ProtocolDataset.class);

    @BeforeAll
    static void load() {
        ProtocolFiles files = new ProtocolFiles(FOLDER);
        Assumptions.assumeTrue(
                files.has(ProtocolDataset.MERSEYSIDE_BURGLARY) && files.has(ProtocolDataset.MERSEYSIDE_VIOLENCE),
                "Forecast protocol data not found at " + FOLDER.toAbsolutePath() + ": reproduction of open_cp skipped");
        LOGS.put(ProtocolDataset.MERSEYSIDE_BURGLARY, files.load(ProtocolDataset.MERSEYSIDE_BURGLARY));
        LOGS.put(ProtocolDataset.MERSEYSIDE_VIOLENCE, files.load(ProtocolDataset.MERSEYSIDE_VIOLENCE));
    }

    @ParameterizedTest(name = "{0} {1}: {2}% at 5% coverage")
    @CsvSource({
        "merseyside-burglary, naive,      17.6",
        "merseyside-burglary, retro-1000, 21.2",
        "merseyside-burglary, retro-500,  21.7",
        "merseyside-burglary, prohot,     19.5",
        "merseyside-violence, naive,      24.3",
        "merseyside-violence, retro-1000, 20.4",
        "merseyside-violence, retro-500,  23.0",
        "merseyside-violence, prohot,     16.6"
    })
    void theMeanHitRateAtFivePercentMatchesOpenCp(String dataset, String method, double openCpPercent) {
        ProtocolDataset d = ProtocolDataset.byId(dataset);
        BacktestResult result = new Backtest(LOGS.get(d), d.schedule())
                .run(ForecastMethods.parse(method, d.cadence()), new double[] {0.05}, 1, BacktestProgress.NONE);
        assertThat(result.scoredPeriods()).isEqualTo(21);
        assertThat(100 * result.meanHitRate(0.05)).isCloseTo(openCpPercent, within(0.5));
    }
}
