package org.constable.custody.domain;

import java.time.Instant;
import java.util.List;
import org.constable.custody.domain.Detention.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * A changed copy of a detention's state: the aggregate's state is immutable between decisions. What
 * a decision may change is held here; the rest (who, why, when arrested and arrived, the relevant
 * time, the risk) is taken from the state the copy began from.
 */
final class SnapshotBuilder {

    private final Snapshot from;
    private DetentionStatus status;
    private @Nullable Instant authorisedAt;
    private @Nullable String authorisedBy;
    private ObservationLevel level;
    private Instant levelSetAt;
    private DetentionLimit limit;
    private List<Review> reviews;
    private List<ReviewPostponement> postponements;
    private @Nullable Visit lastVisit;
    private @Nullable String appropriateAdult;
    private @Nullable Disposal disposal;

    SnapshotBuilder(Snapshot s) {
        this.from = s;
        this.status = s.status();
        this.authorisedAt = s.authorisedAt();
        this.authorisedBy = s.authorisedBy();
        this.level = s.level();
        this.levelSetAt = s.levelSetAt();
        this.limit = s.limit();
        this.reviews = s.reviews();
        this.postponements = s.postponements();
        this.lastVisit = s.lastVisit();
        this.appropriateAdult = s.appropriateAdult();
        this.disposal = s.disposal();
    }

    SnapshotBuilder status(DetentionStatus status) {
        this.status = status;
        return this;
    }

    SnapshotBuilder authorised(Instant at, String by) {
        this.authorisedAt = at;
        this.authorisedBy = by;
        return this;
    }

    SnapshotBuilder level(ObservationLevel level, Instant at) {
        this.level = level;
        this.levelSetAt = at;
        return this;
    }

    SnapshotBuilder lastVisit(Visit visit) {
        this.lastVisit = visit;
        return this;
    }

    SnapshotBuilder reviews(List<Review> reviews) {
        this.reviews = List.copyOf(reviews);
        return this;
    }

    SnapshotBuilder postponements(List<ReviewPostponement> postponements) {
        this.postponements = List.copyOf(postponements);
        return this;
    }

    SnapshotBuilder appropriateAdult(String name) {
        this.appropriateAdult = name;
        return this;
    }

    SnapshotBuilder limit(DetentionLimit limit) {
        this.limit = limit;
        return this;
    }

    SnapshotBuilder disposal(Disposal disposal) {
        this.disposal = disposal;
        return this;
    }

    Snapshot build() {
        return new Snapshot(
                from.personId(),
                from.cellId(),
                from.arrestingOfficer(),
                from.arrestGrounds(),
                from.offences(),
                from.arrestedAt(),
                from.arrivedAt(),
                from.relevantTime(),
                from.juvenile(),
                from.vulnerable(),
                from.risk(),
                level,
                levelSetAt,
                status,
                authorisedAt,
                authorisedBy,
                limit,
                reviews,
                postponements,
                lastVisit,
                appropriateAdult,
                disposal);
    }
}
