package org.constable.custody.api;

import java.time.Instant;
import java.util.List;
import org.constable.custody.domain.Arrival;
import org.constable.custody.domain.ObservationLevel;
import org.constable.custody.domain.Offence;
import org.constable.custody.domain.RiskAssessment;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The booking-in form over REST; every field missing is named in the 400 answer. */
record BookIn(
        @Nullable Long personId,
        @Nullable Long cellId,
        @Nullable String arrestingOfficer,
        @Nullable String arrestGrounds,
        @Nullable List<OffenceBody> offences,
        @Nullable Instant arrestedAt,
        @Nullable Instant arrivedAt,
        @Nullable Boolean arrestedOutOfArea,
        @Nullable Boolean juvenile,
        @Nullable Boolean vulnerable,
        @Nullable RiskBody risk,
        @Nullable Integer observationLevel) {

    static final BookIn EMPTY = new BookIn(null, null, null, null, null, null, null, null, null, null, null, null);

    record OffenceBody(
            @Nullable String description, @Nullable Boolean indictable) {}

    record RiskBody(
            @Nullable Boolean selfHarm,
            @Nullable Boolean medical,
            @Nullable Boolean drugsOrAlcohol,
            @Nullable Boolean mentalHealth,
            @Nullable Boolean vulnerable) {}

    Arrival arrival(Instant now) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (personId == null) {
            errors.add("personId", "Name the detainee by their person record's id.");
        }
        if (arrestedAt == null) {
            errors.add("arrestedAt", "Give the time of the arrest.");
        }
        if (offences == null || offences.isEmpty()) {
            errors.add("offences", "Name at least one offence the detainee was arrested for.");
        }
        errors.throwIfAny();
        Instant arrested = java.util.Objects.requireNonNull(arrestedAt);
        List<Offence> list = java.util.Objects.requireNonNull(offences).stream()
                .map(o -> new Offence(
                        o.description() == null ? "" : o.description(), Boolean.TRUE.equals(o.indictable())))
                .toList();
        RiskBody r = risk == null ? new RiskBody(null, null, null, null, null) : risk;
        return new Arrival(
                java.util.Objects.requireNonNull(personId),
                cellId,
                arrestingOfficer == null ? "" : arrestingOfficer,
                arrestGrounds == null ? "" : arrestGrounds,
                list,
                arrested,
                arrivedAt == null ? now : arrivedAt,
                Boolean.TRUE.equals(arrestedOutOfArea),
                Boolean.TRUE.equals(juvenile),
                Boolean.TRUE.equals(vulnerable),
                new RiskAssessment(
                        Boolean.TRUE.equals(r.selfHarm()),
                        Boolean.TRUE.equals(r.medical()),
                        Boolean.TRUE.equals(r.drugsOrAlcohol()),
                        Boolean.TRUE.equals(r.mentalHealth()),
                        Boolean.TRUE.equals(r.vulnerable())),
                observationLevel == null ? null : ObservationLevel.ofNumber(observationLevel));
    }
}
