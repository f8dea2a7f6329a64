package org.constable.evidence.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.evidence.application.ExhibitDesk;
import org.constable.evidence.application.ExhibitQueries;
import org.constable.evidence.domain.MovementKind;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exhibits and their continuity over REST. */
@RestController
@RequestMapping("/api/v1/exhibits")
class ExhibitApi {

    record MovementBody(
            @Nullable MovementKind kind,
            @Nullable String fromHolder,
            @Nullable String fromPlace,
            @Nullable String toHolder,
            @Nullable String toPlace,
            @Nullable Long storeId,
            @Nullable Instant at,
            @Nullable String sealSeen,
            @Nullable String authority,
            @Nullable Boolean inError,
            @Nullable String note) {}

    private final ExhibitDesk desk;
    private final ExhibitQueries queries;
    private final CurrentActor actors;

    ExhibitApi(ExhibitDesk desk, ExhibitQueries queries, CurrentActor actors) {
        this.desk = desk;
        this.queries = queries;
        this.actors = actors;
    }

    @PostMapping
    @Guarded(Permission.EXHIBIT_RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> record(@RequestBody ExhibitDesk.NewExhibit body) {
        return Map.of("id", desk.record(actors.require(), body));
    }

    @GetMapping
    @Guarded(Permission.EVIDENCE_READ)
    List<ExhibitQueries.ExhibitLine> recent(@Purpose String purpose) {
        return queries.recent(actors.require(), purpose);
    }

    @GetMapping("/{id}")
    @Guarded(Permission.EVIDENCE_READ)
    ExhibitQueries.ExhibitView exhibit(@PathVariable long id, @Purpose String purpose) {
        return queries.exhibit(actors.require(), id, purpose);
    }

    /** Appends a movement to the chain; a disposal or return needs PROPERTY_STORE_MANAGE and an authority. */
    @PostMapping("/{id}/movements")
    @Guarded(Permission.EXHIBIT_RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Integer> move(@PathVariable long id, @RequestBody MovementBody b) {
        int seq = desk.move(
                actors.require(),
                id,
                new ExhibitDesk.NewMovement(
                        b.kind(),
                        b.fromHolder(),
                        b.fromPlace(),
                        b.toHolder(),
                        b.toPlace(),
                        b.storeId(),
                        b.at(),
                        b.sealSeen(),
                        b.authority(),
                        Boolean.TRUE.equals(b.inError()),
                        b.note()));
        return Map.of("seq", seq);
    }
}
