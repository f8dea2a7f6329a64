package org.constable.dispatch.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dispatcher narrows the board by grade, stage of the response (or breached targets) and beat. */
class NarrowingTheBoardTest {

    private static IncidentQueries.BoardIncident incident(String grade, String beat, String stage, boolean breached) {
        return new IncidentQueries.BoardIncident(
                1,
                "INC-1",
                grade,
                grade,
                0,
                "THEFT",
                "High St",
                null,
                null,
                Instant.EPOCH,
                60,
                null,
                null,
                breached,
                false,
                List.of(),
                beat,
                false,
                "Theft",
                stage,
                List.of());
    }

    @Test
    void blankFiltersKeepEverything() {
        assertThat(IncidentQueries.BoardFilter.ALL.keeps(incident("PRIORITY", null, IncidentQueries.WAITING, false)))
                .isTrue();
        assertThat(new IncidentQueries.BoardFilter("", " ", "").keeps(incident("PRIORITY", "B2", "assigned", false)))
                .isTrue();
    }

    @Test
    void eachFilterNarrowsByItsOwnField() {
        var emergencyInB1Waiting = incident("EMERGENCY", "B1", IncidentQueries.WAITING, false);
        assertThat(new IncidentQueries.BoardFilter("EMERGENCY", null, null).keeps(emergencyInB1Waiting))
                .isTrue();
        assertThat(new IncidentQueries.BoardFilter("PRIORITY", null, null).keeps(emergencyInB1Waiting))
                .isFalse();
        assertThat(new IncidentQueries.BoardFilter(null, null, "B1").keeps(emergencyInB1Waiting))
                .isTrue();
        assertThat(new IncidentQueries.BoardFilter(null, null, "B2").keeps(emergencyInB1Waiting))
                .isFalse();
        assertThat(new IncidentQueries.BoardFilter(null, IncidentQueries.WAITING, null).keeps(emergencyInB1Waiting))
                .isTrue();
        assertThat(new IncidentQueries.BoardFilter(null, IncidentQueries.AT_SCENE, null).keeps(emergencyInB1Waiting))
                .isFalse();
    }

    @Test
    void breachedMeansTheTargetWasMissedWhateverTheStage() {
        assertThat(new IncidentQueries.BoardFilter(null, IncidentQueries.BREACHED, null)
                        .keeps(incident("EMERGENCY", null, IncidentQueries.ASSIGNED, true)))
                .isTrue();
        assertThat(new IncidentQueries.BoardFilter(null, IncidentQueries.BREACHED, null)
                        .keeps(incident("EMERGENCY", null, IncidentQueries.ASSIGNED, false)))
                .isFalse();
    }
}
