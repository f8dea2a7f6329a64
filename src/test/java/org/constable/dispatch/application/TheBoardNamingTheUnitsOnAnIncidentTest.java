package org.constable.dispatch.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constable.dispatch.domain.AssignmentStatus;
import org.junit.jupiter.api.Test;

/**
 * The board names the units on an incident typed (callsign and the assignment's status, with its
 * words), keeps "RV01 EN_ROUTE" for the clients that read its first shape, and shows people
 * "RV01 en route".
 */
class TheBoardNamingTheUnitsOnAnIncidentTest {

    private static IncidentQueries.UnitOnIncident unit(long id, String callsign, AssignmentStatus status) {
        return new IncidentQueries.UnitOnIncident(id, callsign, status, status.label());
    }

    @Test
    void theFirstShapeIsTheCallsignAndTheStatusName() {
        List<IncidentQueries.UnitOnIncident> on =
                List.of(unit(1, "RV01", AssignmentStatus.EN_ROUTE), unit(2, "RV 02", AssignmentStatus.AT_SCENE));

        assertThat(IncidentQueries.BoardIncident.unitsAsText(on)).containsExactly("RV01 EN_ROUTE", "RV 02 AT_SCENE");
    }

    @Test
    void peopleReadEveryStatusInWords() {
        assertThat(unit(1, "RV01", AssignmentStatus.ASSIGNED).inWords()).isEqualTo("RV01 assigned");
        assertThat(unit(1, "RV01", AssignmentStatus.EN_ROUTE).inWords()).isEqualTo("RV01 en route");
        assertThat(unit(1, "RV01", AssignmentStatus.AT_SCENE).inWords()).isEqualTo("RV01 at scene");
    }
}
