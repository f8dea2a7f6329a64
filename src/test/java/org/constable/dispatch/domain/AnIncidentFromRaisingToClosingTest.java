package org.constable.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.dispatch.Grade;
import org.constable.dispatch.IncidentStatus;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** An incident's rules: its target, regrading, further calls and closing, and that closed stays closed. */
class AnIncidentFromRaisingToClosingTest {

    static final Instant OPENED = Instant.parse("2026-12-07T10:00:00Z");
    static final Grade EMERGENCY = new Grade("EMERGENCY", "Emergency", Duration.ofMinutes(15), Duration.ofMinutes(20));
    static final Grade PRIORITY = new Grade("PRIORITY", "Priority", Duration.ofMinutes(60), Duration.ofMinutes(60));
    static final Grade RESOLUTION = new Grade("RESOLUTION", "Resolution without deployment", null, null);

    static Incident open(boolean urban) {
        return new Incident(7, "INC-20261207-7", OPENED, urban, "PRIORITY", IncidentStatus.OPEN);
    }

    static Incident closed() {
        return new Incident(7, "INC-20261207-7", OPENED, true, "PRIORITY", IncidentStatus.CLOSED);
    }

    @Test
    void anIncidentIsDueWithinItsGradesUrbanOrRuralTargetFromWhenItWasRaised() {
        assertThat(Incident.attendBy(EMERGENCY, true, OPENED)).isEqualTo(OPENED.plus(Duration.ofMinutes(15)));
        assertThat(Incident.attendBy(EMERGENCY, false, OPENED)).isEqualTo(OPENED.plus(Duration.ofMinutes(20)));
        assertThat(Incident.attendBy(RESOLUTION, true, OPENED)).isNull();
    }

    @Test
    void regradingKeepsTheTimeItWasRaisedAndSaysWhy() {
        Incident incident = open(false);

        Incident.Regrading r = incident.regrade(EMERGENCY, "  Weapon seen  ");

        assertThat(r.from()).isEqualTo("PRIORITY");
        assertThat(r.to()).isEqualTo("EMERGENCY");
        assertThat(r.attendBy()).isEqualTo(OPENED.plus(Duration.ofMinutes(20)));
        assertThat(r.reason()).isEqualTo("Weapon seen");
        assertThat(incident.grade()).isEqualTo("EMERGENCY");
    }

    @Test
    void aRegradeWithoutAReasonIsRefusedNamingTheReason() {
        assertThatThrownBy(() -> open(true).regrade(EMERGENCY, " "))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessage("A changed grade needs a reason.");
    }

    @Test
    void aRegradeToTheSameGradeIsRefused() {
        assertThatThrownBy(() -> open(true).regrade(PRIORITY, "Still priority"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("grade"))
                .hasMessage("The incident is already graded Priority.");
    }

    @Test
    void aClosedIncidentIsNeitherRegradedNorSentUnits() {
        assertThatThrownBy(() -> closed().regrade(EMERGENCY, "Weapon seen"))
                .isInstanceOf(Conflict.class)
                .hasMessage("Incident INC-20261207-7 is closed.");
        assertThatThrownBy(() -> closed().requireOpen(": choose an open incident"))
                .isInstanceOf(Conflict.class)
                .hasMessage("Incident INC-20261207-7 is closed: choose an open incident.");
    }

    @Test
    void aFurtherCallJoinsAnOpenIncidentButNotAClosedOne() {
        open(true).attachCall();

        assertThatThrownBy(() -> closed().attachCall())
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("joinIncidentId"))
                .hasMessage("Incident INC-20261207-7 is closed; raise a new incident instead.");
    }

    @Test
    void anIncidentWithNoUnitOnItClosesWithItsClassification() {
        Incident incident = open(true);

        Incident.Closing c = incident.close("CRIME", "Crime", true, " Burglary confirmed ", List.of(), false);

        assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(c.classification()).isEqualTo("CRIME");
        assertThat(c.crimeIndicative()).isTrue();
        assertThat(c.logText()).isEqualTo("Closed as Crime: Burglary confirmed");
        assertThat(open(true)
                        .close("ADVICE", "Advice given", false, null, List.of(), false)
                        .logText())
                .isEqualTo("Closed as Advice given.");
    }

    @Test
    void unitsStillOnTheIncidentRefuseItsClosingUnlessTheDispatcherClearsThem() {
        Incident incident = open(true);

        assertThatThrownBy(() -> incident.close("ADVICE", "Advice given", false, null, List.of("RV01", "RV02"), false))
                .isInstanceOf(Conflict.class)
                .hasMessage(
                        "Units are still assigned to INC-20261207-7 (RV01, RV02): clear them first, or close and clear them.");
        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);

        incident.close("ADVICE", "Advice given", false, null, List.of("RV01", "RV02"), true);
        assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
    }

    @Test
    void aClosedIncidentIsNotClosedAgain() {
        assertThatThrownBy(() -> closed().close("ADVICE", "Advice given", false, null, List.of(), false))
                .isInstanceOf(Conflict.class)
                .hasMessage("Incident INC-20261207-7 is closed.");
    }
}
