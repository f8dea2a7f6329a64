package org.constable.custody.domain;

import java.time.Instant;
import java.util.List;
import org.constable.custody.domain.Detention.Snapshot;

/** A changed copy of a detention's state: the aggregate's state is immutable between decisions. */
final class SnapshotBuilder {

    private Snapshot s;

    SnapshotBuilder(Snapshot s) {
        this.s = s;
    }

    SnapshotBuilder status(DetentionStatus status) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                status,
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                s.reviews(),
                s.postponements(),
                s.lastVisit(),
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder authorised(Instant at, String by) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                at,
                by,
                s.limit(),
                s.reviews(),
                s.postponements(),
                s.lastVisit(),
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder level(ObservationLevel level, Instant at) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                level,
                at,
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                s.reviews(),
                s.postponements(),
                s.lastVisit(),
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder lastVisit(Visit visit) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                s.reviews(),
                s.postponements(),
                visit,
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder reviews(List<Review> reviews) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                List.copyOf(reviews),
                s.postponements(),
                s.lastVisit(),
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder postponements(List<ReviewPostponement> postponements) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                s.reviews(),
                List.copyOf(postponements),
                s.lastVisit(),
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder appropriateAdult(String name) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                s.reviews(),
                s.postponements(),
                s.lastVisit(),
                name,
                s.disposal());
        return this;
    }

    SnapshotBuilder limit(DetentionLimit limit) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                limit,
                s.reviews(),
                s.postponements(),
                s.lastVisit(),
                s.appropriateAdult(),
                s.disposal());
        return this;
    }

    SnapshotBuilder disposal(Disposal disposal) {
        s = new Snapshot(
                s.personId(),
                s.cellId(),
                s.arrestingOfficer(),
                s.arrestGrounds(),
                s.offences(),
                s.arrestedAt(),
                s.arrivedAt(),
                s.relevantTime(),
                s.juvenile(),
                s.vulnerable(),
                s.risk(),
                s.level(),
                s.levelSetAt(),
                s.status(),
                s.authorisedAt(),
                s.authorisedBy(),
                s.limit(),
                s.reviews(),
                s.postponements(),
                s.lastVisit(),
                s.appropriateAdult(),
                disposal);
        return this;
    }

    Snapshot build() {
        return s;
    }
}
