package org.constable.sources.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.sources.domain.TrueIdentity;
import org.constable.sources.persistence.SourceStore;
import org.constable.sources.persistence.SourceStore.SourceRow;
import org.constable.sources.persistence.TrueIdentities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases: a registrar registers a source with its handler, controller and true
 * identity; the register, a source and the due queue as each may see them; the true identity, read
 * on its own and audited on its own. Audit entries name a source by its number only, never its
 * pseudonym, so an auditor sees that an access happened and by whom, not what was read.
 */
@Service
public class SourceRegister {

    /** A new source as the registrar records it; handler and controller by username. */
    public record Register(
            @Nullable String pseudonym,
            @Nullable String handler,
            @Nullable String controller,
            @Nullable String fullName,
            @Nullable LocalDate dateOfBirth,
            @Nullable String address,
            @Nullable String contactDetails) {}

    public record Registered(long id, String reference) {}

    static final int MAX_PSEUDONYM = 100;
    private static final String REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SourceStore store;
    private final TrueIdentities identities;
    private final SourceAccess access;
    private final SourceViews views;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SourceRegister(
            SourceStore store,
            TrueIdentities identities,
            SourceAccess access,
            SourceViews views,
            AccessPolicy policy,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.identities = identities;
        this.access = access;
        this.views = views;
        this.policy = policy;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The registrar registers a source; its reference is random, so it tells nobody how many there are. */
    @Transactional
    public Registered register(Actor actor, Register r) {
        policy.require(actor, Permission.SOURCE_REGISTER);
        Instant now = clock.instant();
        var errors = new InvalidInput.Collector();
        if (r.pseudonym() == null || r.pseudonym().isBlank()) {
            errors.add("pseudonym", "Give the source a pseudonym.");
        } else if (r.pseudonym().length() > MAX_PSEUDONYM
                || r.pseudonym().chars().anyMatch(Character::isISOControl)) {
            errors.add("pseudonym", "At most " + MAX_PSEUDONYM + " printable characters.");
        }
        Long handler = worker(errors, "handler", r.handler());
        Long controller = worker(errors, "controller", r.controller());
        if (handler != null && handler.equals(controller)) {
            errors.add("controller", "The controller must be someone other than the handler.");
        }
        TrueIdentity identity = null;
        try {
            identity = TrueIdentity.of(r.fullName(), r.dateOfBirth(), r.address(), r.contactDetails(), now, "");
        } catch (InvalidInput bad) {
            bad.errors().forEach(e -> errors.add(e.field(), e.message()));
        }
        errors.throwIfAny();
        String reference = reference();
        long id = store.insert(
                reference,
                Objects.requireNonNull(r.pseudonym()).strip(),
                Objects.requireNonNull(handler),
                Objects.requireNonNull(controller),
                actor.username(),
                now);
        identities.insert(id, Objects.requireNonNull(identity));
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, SourceAccess.ref(id))
                .withDetail("covert human intelligence source registered"));
        return new Registered(id, reference);
    }

    /** The sources this actor may see: every one for a registrar, else those they handle or control. */
    @Transactional
    public List<SourceViews.Line> register(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.SOURCE_WORK);
        Instant now = clock.instant();
        List<SourceViews.Line> lines = new ArrayList<>();
        for (SourceRow row : store.visibleTo(actor.userId(), access.registrar(actor), 500)) {
            lines.add(views.line(row, store.authorisations(row.id()), now));
        }
        consulted(actor, purpose, lines.stream().map(SourceViews.Line::id).toList(), "the source register");
        return lines;
    }

    /** One source without its true identity, or 404 as for a missing one. */
    @Transactional
    public SourceViews.Source source(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        SourceRow row = access.visible(actor, id);
        var view = views.source(
                row, store.authorisations(id), store.reviews(id), store.contacts(id, 200), clock.instant());
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, SourceAccess.ref(id))
                .withDetail("source record (pseudonym, authorisations, contact log)"));
        return view;
    }

    /** The true identity: its own read and its own audit entry. */
    @Transactional
    public SourceViews.Identity identity(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        access.visible(actor, id);
        TrueIdentity t = identities.of(id).orElseThrow(() -> new RecordNotFound(SourceAccess.ref(id)));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, SourceAccess.ref(id))
                .withDetail("true identity of a source"));
        return new SourceViews.Identity(id, t.fullName(), t.dateOfBirth(), t.address(), t.contactDetails());
    }

    /** Reviews, renewals and expiries due within two weeks on the sources this actor may see, soonest first. */
    @Transactional
    public List<SourceViews.DueItem> due(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.SOURCE_WORK);
        Instant now = clock.instant();
        List<SourceViews.DueItem> items = new ArrayList<>();
        for (SourceRow row : store.visibleTo(actor.userId(), access.registrar(actor), 500)) {
            items.addAll(views.due(row, store.authorisations(row.id()), now));
        }
        items.sort(SourceViews.soonestFirst());
        consulted(
                actor,
                purpose,
                items.stream().map(SourceViews.DueItem::sourceId).distinct().toList(),
                "the sources' due queue");
        return items;
    }

    private void consulted(Actor actor, String purpose, List<Long> ids, String what) {
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                ids.stream().map(SourceAccess::ref).toList(),
                purpose,
                null,
                Outcome.SUCCEEDED,
                what));
    }

    /** The user named as handler or controller: someone whose roles let them work sources. */
    private @Nullable Long worker(InvalidInput.Collector errors, String field, @Nullable String username) {
        if (username == null || username.isBlank()) {
            errors.add(field, "Name the " + field + " by their username.");
            return null;
        }
        var found = actors.load(username.strip());
        if (found.isEmpty() || !policy.allows(found.get(), Permission.SOURCE_WORK)) {
            errors.add(field, "The " + field + " must be a user whose role lets them work sources.");
            return null;
        }
        return found.get().userId();
    }

    private String reference() {
        StringBuilder sb = new StringBuilder("S-");
        for (int i = 0; i < 8; i++) {
            sb.append(REFERENCE_LETTERS.charAt(random.nextInt(REFERENCE_LETTERS.length())));
        }
        return sb.toString();
    }
}
