package org.constable.forecasting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grid and valid cells built from the projected inputs equal the protocol's own (grids.json
 * and the shipped masks, cell for cell). Runs only where ../shared/data is present.
 */
class ForecastProtocolFilesTest {

    static final Path FOLDER = Path.of("../shared/data/forecast-protocol");
    static JsonNode grids;

    @BeforeAll
    static void readGrids() {
        Assumptions.assumeTrue(
                Files.isRegularFile(FOLDER.resolve("grids.json")),
                "Forecast protocol data not found at " + FOLDER.toAbsolutePath() + ": protocol check skipped");
        grids = JsonMapper.builder()
                .build()
                .readTree(FOLDER.resolve("grids.json").toFile());
    }

    @ParameterizedTest
    @EnumSource(ProtocolDataset.class)
    void theGridAndValidCellsEqualTheProtocols(ProtocolDataset dataset) {
        EventLog log = new ProtocolFiles(FOLDER).load(dataset);
        JsonNode expected = grids.get(dataset.gridKey());
        CellGrid grid = log.grid();
        assertThat(grid.xmin()).isEqualTo(expected.get("xmin").asDouble());
        assertThat(grid.ymin()).isEqualTo(expected.get("ymin").asDouble());
        assertThat(grid.cellSize()).isEqualTo(expected.get("cell").asDouble());
        assertThat(grid.nx()).isEqualTo(expected.get("nx").asInt());
        assertThat(grid.ny()).isEqualTo(expected.get("ny").asInt());
        assertThat(log.size()).isEqualTo(expected.get("n_events").asInt());
        assertThat(log.validCount()).isEqualTo(expected.get("n_valid").asInt());

        boolean[][] mask = new ProtocolFiles(FOLDER).validMask(dataset);
        assertThat(mask).hasNumberOfRows(grid.ny());
        for (int gy = 0; gy < grid.ny(); gy++) {
            assertThat(mask[gy]).hasSize(grid.nx());
            for (int gx = 0; gx < grid.nx(); gx++) {
                assertThat(log.isValid(gy * grid.nx() + gx))
                        .as("cell gx=%d gy=%d", gx, gy)
                        .isEqualTo(mask[gy][gx]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ProtocolDataset.class)
    void everyPeriodOfTheScheduleHasEventsAndEarlierHistory(ProtocolDataset dataset) {
        EventLog log = new ProtocolFiles(FOLDER).load(dataset);
        assertThat(dataset.schedule()).hasSize(dataset.cadence() == Cadence.DAILY ? 365 : 21);
        for (ForecastPeriod p : dataset.schedule()) {
            assertThat(log.before(p.start()).size()).isPositive();
            assertThat(log.indexAtOrAfter(p.end()) - log.indexAtOrAfter(p.start()))
                    .as(p.label())
                    .isPositive();
        }
        assertThat(log.first().toLocalDate()).isBefore(LocalDate.of(2019, 1, 1));
    }
}
