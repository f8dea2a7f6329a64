package org.constable.custody.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.custody.application.CustodyDesk;
import org.constable.custody.application.CustodyQueries;
import org.constable.custody.domain.DisposalKind;
import org.constable.custody.domain.ReviewDecision;
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

/** Custody over REST: suites and their boards, booking in, and each decision on a custody record. */
@RestController
@RequestMapping("/api/v1/custody")
class CustodyApi {

    record Grounds(@Nullable String grounds) {}

    record VisitBody(@Nullable Boolean roused, @Nullable String seen) {}

    record LevelBody(
            @Nullable Integer observationLevel, @Nullable String reason) {}

    record AdultBody(@Nullable String appropriateAdult) {}

    record ReviewBody(
            @Nullable ReviewDecision decision,
            @Nullable String grounds,
            @Nullable String representations) {}

    record PostponeBody(@Nullable String reason) {}

    record ExtensionBody(
            @Nullable Instant until,
            @Nullable Instant authorisedAt,
            @Nullable String grounds) {}

    record WarrantBody(
            @Nullable Instant until,
            @Nullable Instant issuedAt,
            @Nullable String court,
            @Nullable String reference) {}

    record DisposalBody(
            @Nullable DisposalKind kind,
            @Nullable String details,
            @Nullable LocalDate bailUntil,
            @Nullable String bailConditions,
            @Nullable String transferTo) {}

    private final CustodyDesk desk;
    private final CustodyQueries queries;
    private final CurrentActor actors;
    private final java.time.Clock clock;

    CustodyApi(CustodyDesk desk, CustodyQueries queries, CurrentActor actors, java.time.Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.queries = queries;
        this.actors = actors;
    }

    @GetMapping("/suites")
    @Guarded(Permission.CUSTODY_READ)
    List<CustodyQueries.Suite> suites() {
        return queries.suites(actors.require());
    }

    @GetMapping("/suites/{suiteId}/board")
    @Guarded(Permission.CUSTODY_READ)
    CustodyQueries.Board board(@PathVariable long suiteId, @Purpose String purpose) {
        return queries.board(actors.require(), suiteId, purpose);
    }

    @PostMapping("/suites/{suiteId}/detentions")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> bookIn(@PathVariable long suiteId, @RequestBody(required = false) @Nullable BookIn body) {
        desk.requireMayBookIn(actors.require());
        BookIn b = body == null ? BookIn.EMPTY : body;
        return Map.of(
                "id",
                desk.bookIn(
                        actors.require(),
                        suiteId,
                        b.arrival(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS))));
    }

    @GetMapping("/detentions/{id}")
    @Guarded(Permission.CUSTODY_READ)
    CustodyQueries.Record record(@PathVariable long id, @Purpose String purpose) {
        return queries.record(actors.require(), id, purpose);
    }

    @PostMapping("/detentions/{id}/authorisation")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void authorise(@PathVariable long id, @RequestBody Grounds body) {
        desk.authorise(actors.require(), id, body.grounds());
    }

    @PostMapping("/detentions/{id}/refusal")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void refuse(@PathVariable long id, @RequestBody Grounds body) {
        desk.refuse(actors.require(), id, body.grounds());
    }

    @PostMapping("/detentions/{id}/visits")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void visit(@PathVariable long id, @RequestBody VisitBody body) {
        desk.visit(actors.require(), id, Boolean.TRUE.equals(body.roused()), body.seen());
    }

    @PostMapping("/detentions/{id}/observation-level")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void level(@PathVariable long id, @RequestBody LevelBody body) {
        desk.setLevel(actors.require(), id, body.observationLevel(), body.reason());
    }

    @PostMapping("/detentions/{id}/appropriate-adult")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void adult(@PathVariable long id, @RequestBody AdultBody body) {
        desk.appropriateAdult(actors.require(), id, body.appropriateAdult());
    }

    @PostMapping("/detentions/{id}/reviews")
    @Guarded(Permission.CUSTODY_REVIEW)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable long id, @RequestBody ReviewBody body) {
        desk.review(actors.require(), id, body.decision(), body.grounds(), body.representations());
    }

    @PostMapping("/detentions/{id}/review-postponements")
    @Guarded(Permission.CUSTODY_REVIEW)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void postpone(@PathVariable long id, @RequestBody PostponeBody body) {
        desk.postponeReview(actors.require(), id, body.reason());
    }

    @PostMapping("/detentions/{id}/extensions")
    @Guarded(Permission.CUSTODY_REVIEW)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void extend(@PathVariable long id, @RequestBody ExtensionBody body) {
        desk.extend(actors.require(), id, body.until(), body.authorisedAt(), body.grounds());
    }

    @PostMapping("/detentions/{id}/warrants")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void warrant(@PathVariable long id, @RequestBody WarrantBody body) {
        desk.warrant(actors.require(), id, body.until(), body.issuedAt(), body.court(), body.reference());
    }

    @PostMapping("/detentions/{id}/disposal")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dispose(@PathVariable long id, @RequestBody DisposalBody body) {
        desk.dispose(
                actors.require(),
                id,
                body.kind(),
                body.details(),
                body.bailUntil(),
                body.bailConditions(),
                body.transferTo());
    }
}
