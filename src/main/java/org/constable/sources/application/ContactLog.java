package org.constable.sources.application;

import java.time.Clock;
import java.time.Instant;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.shared.Conflict;
import org.constable.sources.domain.Authorisation;
import org.constable.sources.domain.ContactEntry;
import org.constable.sources.persistence.SourceStore;
import org.constable.sources.persistence.SourceStore.SourceRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log: the handler (or the controller standing in) records each meeting or contact. A
 * contact is logged only while an authorisation is in force and only for a time it covered, so a
 * source whose authorisation expired or was cancelled cannot be met or tasked on the record.
 */
@Service
public class ContactLog {

    public record Log(
            @Nullable Instant metAt,
            @Nullable String summary,
            @Nullable String tasking,
            @Nullable Long intelligenceReportId) {}

    private final SourceStore store;
    private final SourceAccess access;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    ContactLog(SourceStore store, SourceAccess access, CurrentActor actors, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long log(Actor actor, long sourceId, Log l) {
        SourceRow row = access.visible(actor, sourceId);
        if (actor.userId() != row.handlerUserId() && actor.userId() != row.controllerUserId()) {
            throw new AccessDeniedException("Only the source's handler or controller logs a contact.");
        }
        Instant now = clock.instant();
        ContactEntry entry = ContactEntry.of(l.metAt(), l.summary(), l.tasking(), l.intelligenceReportId(), now);
        Authorisation cover = store.authorisations(sourceId).stream()
                .filter(a -> a.covers(now) && a.covers(entry.metAt()))
                .findFirst()
                .orElseThrow(() -> new Conflict("This source has no authorisation in force covering that time:"
                        + " it may not be used, met or tasked."));
        String handler = actors.usernameOf(row.handlerUserId()).orElse(actor.username());
        long id = store.logContact(sourceId, cover.id(), entry, handler, actor.username(), now);
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, SourceAccess.ref(sourceId))
                .withDetail("source contact logged"));
        return id;
    }
}
