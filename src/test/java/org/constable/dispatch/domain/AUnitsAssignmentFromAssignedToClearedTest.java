package org.constable.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.constable.shared.Conflict;
import org.junit.jupiter.api.Test;

/** An assignment's rules: only an available unit goes, it only moves forward, and a cleared one is over. */
class AUnitsAssignmentFromAssignedToClearedTest {

    static Assignment at(AssignmentStatus status) {
        return new Assignment(1, 7, 3, "RV01", status);
    }

    @Test
    void onlyAnAvailableUnitIsAssignedAndItBecomesCommitted() {
        assertThat(Assignment.assign("RV01", UnitStatus.AVAILABLE)).isEqualTo(UnitStatus.COMMITTED);
    }

    @Test
    void aUnitThatIsNotAvailableIsRefusedWithWhatItIsDoingInWords() {
        assertThatThrownBy(() -> Assignment.assign("RV01", UnitStatus.OFF_DUTY))
                .isInstanceOf(Conflict.class)
                .hasMessage("Unit RV01 is not available (off duty).");
        assertThatThrownBy(() -> Assignment.assign("RV01", UnitStatus.AT_SCENE))
                .isInstanceOf(Conflict.class)
                .hasMessage("Unit RV01 is not available (at scene).");
    }

    @Test
    void anAssignedUnitGoesEnRouteThenAtSceneThenClears() {
        Assignment a = at(AssignmentStatus.ASSIGNED);

        Assignment.Step enRoute = a.progress(AssignmentStatus.EN_ROUTE);
        assertThat(enRoute.unitStatus()).isEqualTo(UnitStatus.EN_ROUTE);
        assertThat(enRoute.arrived()).isFalse();
        assertThat(enRoute.logText()).isEqualTo("RV01 en route.");

        Assignment.Step atScene = a.progress(AssignmentStatus.AT_SCENE);
        assertThat(atScene.unitStatus()).isEqualTo(UnitStatus.AT_SCENE);
        assertThat(atScene.arrived()).isTrue();

        Assignment.Step cleared = a.progress(AssignmentStatus.CLEARED);
        assertThat(cleared.unitStatus()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(a.active()).isFalse();
    }

    @Test
    void anAssignedUnitMayGoStraightToTheScene() {
        assertThat(at(AssignmentStatus.ASSIGNED)
                        .progress(AssignmentStatus.AT_SCENE)
                        .arrived())
                .isTrue();
    }

    @Test
    void aUnitNeverGoesBack() {
        assertThatThrownBy(() -> at(AssignmentStatus.AT_SCENE).progress(AssignmentStatus.EN_ROUTE))
                .isInstanceOf(Conflict.class)
                .hasMessage("Unit RV01 cannot go from at scene to en route.");
        assertThatThrownBy(() -> at(AssignmentStatus.EN_ROUTE).progress(AssignmentStatus.ASSIGNED))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aClearedAssignmentIsOver() {
        assertThatThrownBy(() -> at(AssignmentStatus.CLEARED).progress(AssignmentStatus.AT_SCENE))
                .isInstanceOf(Conflict.class)
                .hasMessage("Unit RV01 cannot go from cleared to at scene.");
        assertThatThrownBy(() -> at(AssignmentStatus.CLEARED).standDown(null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> at(AssignmentStatus.CLEARED).clearOnClosing()).isInstanceOf(Conflict.class);
    }

    @Test
    void aUnitNotYetUnderWayIsUnAssignedAndOneUnderWayIsStoodDown() {
        Assignment waiting = at(AssignmentStatus.ASSIGNED);
        Assignment.Step unassigned = waiting.standDown(null);
        assertThat(unassigned.logText()).isEqualTo("RV01 un-assigned.");
        assertThat(unassigned.unitStatus()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(waiting.active()).isFalse();

        assertThat(at(AssignmentStatus.EN_ROUTE).standDown("Needed elsewhere").logText())
                .isEqualTo("RV01 stood down: Needed elsewhere");
        assertThat(at(AssignmentStatus.AT_SCENE).standDown(null).logText()).isEqualTo("RV01 stood down.");
    }

    @Test
    void theDispatcherClearsAUnitStillOnTheIncidentWhenClosingIt() {
        Assignment a = at(AssignmentStatus.AT_SCENE);

        Assignment.Step step = a.clearOnClosing();

        assertThat(step.status()).isEqualTo(AssignmentStatus.CLEARED);
        assertThat(step.unitStatus()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(step.logText()).isEqualTo("RV01 cleared by the dispatcher on closing the incident.");
    }
}
