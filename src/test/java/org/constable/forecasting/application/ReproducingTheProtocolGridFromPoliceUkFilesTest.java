package org.constable.forecasting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.ProtocolFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The custom path, given the raw police.uk Merseyside files and the crime type "Burglary", arrives at
 * the built-in merseyside-burglary dataset: the same events, the same grid and the same valid cells,
 * cell for cell. Runs only where ../shared/data is present (the police.uk folder is the import folder
 * here).
 */
class ReproducingTheProtocolGridFromPoliceUkFilesTest {

    static final Path POLICE_UK = Path.of("../shared/data/policeuk");
    static final Path PROTOCOL = Path.of("../shared/data/forecast-protocol");

    @Test
    void merseysideBurglaryFromThePoliceUkFilesHasTheProtocolsGridAndMask() {
        ProtocolFiles protocol = new ProtocolFiles(PROTOCOL);
        Assumptions.assumeTrue(
                Files.isDirectory(POLICE_UK.resolve("merseyside")) && protocol.has(ProtocolDataset.MERSEYSIDE_BURGLARY),
                "police.uk and forecast-protocol data not found beside the repository: reproduction skipped");
        BacktestSources sources = new BacktestSources(new ProtocolData(PROTOCOL.toString()), POLICE_UK.toString());

        BacktestData custom = sources.policeUk("merseyside", "Burglary", "2020-01", "2021-09");
        EventLog log = custom.events().get();
        EventLog builtIn = protocol.load(ProtocolDataset.MERSEYSIDE_BURGLARY);

        assertThat(custom.description()).isEqualTo("police.uk folder merseyside, crime type Burglary (44 files)");
        assertThat(custom.schedule().periods()).isEqualTo(ProtocolDataset.MERSEYSIDE_BURGLARY.schedule());
        assertThat(log.size()).isEqualTo(builtIn.size()).isEqualTo(31_991);
        CellGrid mine = log.grid();
        CellGrid theirs = builtIn.grid();
        // the same projection (EPSG:4326 to 27700) done by another library: the origin agrees to the millimetre
        assertThat(mine.xmin()).isCloseTo(theirs.xmin(), within(0.001));
        assertThat(mine.ymin()).isCloseTo(theirs.ymin(), within(0.001));
        assertThat(mine.nx()).isEqualTo(theirs.nx()).isEqualTo(159);
        assertThat(mine.ny()).isEqualTo(theirs.ny()).isEqualTo(166);
        assertThat(log.validCount()).isEqualTo(builtIn.validCount()).isEqualTo(4614);
        boolean[][] mask = protocol.validMask(ProtocolDataset.MERSEYSIDE_BURGLARY);
        for (int gy = 0; gy < mine.ny(); gy++) {
            for (int gx = 0; gx < mine.nx(); gx++) {
                assertThat(log.isValid(gy * mine.nx() + gx))
                        .as("cell gx=%d gy=%d", gx, gy)
                        .isEqualTo(mask[gy][gx]);
            }
        }
        // and every event is in the same month and cell as the protocol's
        for (int i = 0; i < log.size(); i++) {
            assertThat(log.minute(i)).isEqualTo(builtIn.minute(i));
        }
    }
}
