package org.constable.sources.api;

import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.sources.application.ContactLog;
import org.constable.sources.application.SourceAuthorisations;
import org.constable.sources.application.SourceRegister;
import org.constable.sources.application.SourceViews;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Covert human intelligence sources over REST (ADR 0104, 0105). Every source answers only its
 * handler, its controller and the source registrars; to anyone else it is 404 exactly as a source
 * that does not exist, and it is in no list they get.
 */
@RestController
@RequestMapping("/api/v1/sources")
class SourcesApi {

    record Text(@Nullable String text) {}

    record Logged(long id) {}

    record Cancelled(int authorisations) {}

    private final SourceRegister register;
    private final SourceAuthorisations authorisations;
    private final ContactLog contacts;
    private final CurrentActor actors;

    SourcesApi(SourceRegister register, SourceAuthorisations authorisations, ContactLog contacts, CurrentActor actors) {
        this.register = register;
        this.authorisations = authorisations;
        this.contacts = contacts;
        this.actors = actors;
    }

    /** The registrar registers a source: pseudonym, handler and controller (usernames), true identity. */
    @PostMapping
    @Guarded(Permission.SOURCE_REGISTER)
    @ResponseStatus(HttpStatus.CREATED)
    SourceRegister.Registered registerSource(@RequestBody SourceRegister.Register body) {
        return register.register(actors.require(), body);
    }

    /** The sources the caller handles or controls (every source, for a registrar); no identity. */
    @GetMapping
    @Guarded(Permission.SOURCE_WORK)
    List<SourceViews.Line> list(@Purpose String purpose) {
        return register.register(actors.require(), purpose);
    }

    /** Reviews, renewals and expiries due within two weeks on the caller's sources, soonest first. */
    @GetMapping("/due")
    @Guarded(Permission.SOURCE_WORK)
    List<SourceViews.DueItem> due(@Purpose String purpose) {
        return register.due(actors.require(), purpose);
    }

    /** A source under its pseudonym with its authorisations, reviews and contact log; no identity. */
    @GetMapping("/{id}")
    @Guarded(Permission.SOURCE_WORK)
    SourceViews.Source source(@PathVariable long id, @Purpose String purpose) {
        return register.source(actors.require(), id, purpose);
    }

    /** The source's true identity: its own audited read. */
    @GetMapping("/{id}/identity")
    @Guarded(Permission.SOURCE_WORK)
    SourceViews.Identity identity(@PathVariable long id, @Purpose String purpose) {
        return register.identity(actors.require(), id, purpose);
    }

    /** The authorising officer grants an authorisation, or renews the one in force: {@code {"text": grounds}}. */
    @PostMapping("/{id}/authorisations")
    @Guarded(Permission.SOURCE_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    SourceAuthorisations.Granted grant(@PathVariable long id, @RequestBody Text body) {
        return authorisations.grant(actors.require(), id, body.text());
    }

    /** The authorising officer reviews the authorisation in force: {@code {"text": note}}. */
    @PostMapping("/{id}/reviews")
    @Guarded(Permission.SOURCE_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    void review(@PathVariable long id, @RequestBody Text body) {
        authorisations.review(actors.require(), id, body.text());
    }

    /** Cancels the source's authorisations in force or pending: {@code {"text": reason}}. */
    @PostMapping("/{id}/cancellation")
    @Guarded(Permission.SOURCE_WORK)
    Cancelled cancel(@PathVariable long id, @RequestBody Text body) {
        return new Cancelled(authorisations.cancel(actors.require(), id, body.text()));
    }

    /** The handler logs a contact while an authorisation is in force. */
    @PostMapping("/{id}/contacts")
    @Guarded(Permission.SOURCE_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    Logged log(@PathVariable long id, @RequestBody ContactLog.Log body) {
        return new Logged(contacts.log(actors.require(), id, body));
    }
}
