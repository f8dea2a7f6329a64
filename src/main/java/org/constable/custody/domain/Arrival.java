package org.constable.custody.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the custody officer is told and finds when a detainee is brought in: who, by whom, why,
 * when they were arrested and arrived, whether the arrest was outside the force area, age and
 * vulnerability, the risk assessment, and the observation level chosen (none: the lowest the
 * assessment allows).
 */
public record Arrival(
        long personId,
        @Nullable Long cellId,
        String arrestingOfficer,
        String arrestGrounds,
        List<Offence> offences,
        Instant arrestedAt,
        Instant arrivedAt,
        boolean arrestedOutOfArea,
        boolean juvenile,
        boolean vulnerable,
        RiskAssessment risk,
        @Nullable ObservationLevel level) {

    public Arrival {
        offences = offences == null ? List.of() : List.copyOf(offences);
    }
}
