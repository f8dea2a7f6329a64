package org.constable.sources.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.Rank;
import org.constable.identity.RankedDecision;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.sources.domain.Authorisation;
import org.constable.sources.domain.ChisAuthorisationTerm;
import org.constable.sources.persistence.SourceStore;
import org.constable.sources.persistence.SourceStore.SourceRow;
import org.constable.sources.persistence.TrueIdentities;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorisations of a source (RIPA s.29, ADR 0105): the authorising officer (a superintendent or
 * above, neither the source's handler nor its controller) grants one for 12 months, 4 for a juvenile
 * source, or renews the one in force from its expiry; reviews it at the configured interval; anyone
 * who may see the source cancels it, after which the source may not be used under it. The authorising
 * officer must be able to see the source, so in this register it is a source registrar of that rank.
 */
@Service
public class SourceAuthorisations {

    /** A juvenile source's authorisation needs a chief officer; the highest rank recorded here stands for one. */
    static final Rank JUVENILE_AUTHORISING_RANK = Rank.CHIEF_SUPERINTENDENT;

    static final int MAX_TEXT = 5_000;

    public record Granted(long id, Instant startsAt, Instant expiresAt, boolean juvenile, boolean renewal) {}

    private final SourceStore store;
    private final TrueIdentities identities;
    private final SourceAccess access;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final int reviewIntervalDays;

    SourceAuthorisations(
            SourceStore store,
            TrueIdentities identities,
            SourceAccess access,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock,
            @Value("${constable.sources.review-interval-days:28}") int reviewIntervalDays) {
        this.store = store;
        this.identities = identities;
        this.access = access;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.reviewIntervalDays = reviewIntervalDays;
    }

    /** Grants an authorisation, or renews the one in force from the moment it expires. */
    @Transactional
    public Granted grant(Actor actor, long sourceId, @Nullable String grounds) {
        policy.require(actor, Permission.SOURCE_WORK, RankedDecision.CHIS_AUTHORISATION);
        SourceRow row = access.visible(actor, sourceId);
        String why = text("grounds", grounds);
        if (actor.userId() == row.handlerUserId() || actor.userId() == row.controllerUserId()) {
            throw new AccessDeniedException(
                    "The authorising officer must be independent of the source's handler and controller.");
        }
        // as the database keeps it (microseconds), so a contact logged at this very instant is covered
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Authorisation> all = store.authorisations(sourceId);
        Authorisation inForce =
                all.stream().filter(a -> a.covers(now)).findFirst().orElse(null);
        if (all.stream().anyMatch(a -> a.stateAt(now) == Authorisation.State.PENDING)) {
            throw new Conflict("A renewal of this source's authorisation is already granted.");
        }
        Instant start = inForce == null ? now : inForce.expiresAt();
        var dateOfBirth = identities
                .of(sourceId)
                .orElseThrow(() -> new RecordNotFound(SourceAccess.ref(sourceId)))
                .dateOfBirth();
        boolean juvenile = ChisAuthorisationTerm.juvenileAt(dateOfBirth, now);
        if (juvenile && (actor.rank() == null || !actor.rank().atLeast(JUVENILE_AUTHORISING_RANK))) {
            throw new AccessDeniedException("A juvenile source's authorisation needs the rank of "
                    + JUVENILE_AUTHORISING_RANK.label() + " or above.");
        }
        Instant expires = ChisAuthorisationTerm.expiry(start, juvenile);
        long id = store.grant(
                sourceId,
                inForce == null ? null : inForce.id(),
                actor.username(),
                actor.userId(),
                now,
                start,
                expires,
                juvenile,
                reviewIntervalDays,
                why);
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, SourceAccess.ref(sourceId))
                .withDetail((inForce == null ? "source authorisation granted" : "source authorisation renewed")
                        + (juvenile ? " (juvenile, 4 months)" : " (12 months)")));
        return new Granted(id, start, expires, juvenile, inForce != null);
    }

    /** The authorising officer reviews the authorisation in force. */
    @Transactional
    public void review(Actor actor, long sourceId, @Nullable String note) {
        policy.require(actor, Permission.SOURCE_WORK, RankedDecision.CHIS_AUTHORISATION);
        access.visible(actor, sourceId);
        String text = text("note", note);
        Instant now = clock.instant();
        Authorisation inForce = store.authorisations(sourceId).stream()
                .filter(a -> a.covers(now))
                .findFirst()
                .orElseThrow(() -> new Conflict("This source has no authorisation in force to review."));
        store.review(inForce.id(), actor.username(), now, text);
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, SourceAccess.ref(sourceId))
                .withDetail("source authorisation reviewed"));
    }

    /** Cancels every authorisation of the source not yet expired: no further use, no contact, no tasking. */
    @Transactional
    public int cancel(Actor actor, long sourceId, @Nullable String reason) {
        policy.require(actor, Permission.SOURCE_WORK);
        access.visible(actor, sourceId);
        String why = text("reason", reason);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        int cancelled = 0;
        for (Authorisation a : store.authorisations(sourceId)) {
            var state = a.stateAt(now);
            if ((state == Authorisation.State.LIVE || state == Authorisation.State.PENDING)
                    && store.cancel(a.id(), now, actor.username(), why)) {
                cancelled++;
            }
        }
        if (cancelled == 0) {
            throw new Conflict("This source has no authorisation in force or pending to cancel.");
        }
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, SourceAccess.ref(sourceId))
                .withDetail("source authorisation cancelled"));
        return cancelled;
    }

    private static String text(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "This field is required.");
        }
        if (text.length() > MAX_TEXT
                || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            throw InvalidInput.of(field, "At most " + MAX_TEXT + " printable characters.");
        }
        return text.strip();
    }
}
