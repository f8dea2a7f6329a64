package org.constable.retention.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.retention.domain.RetentionRules;
import org.constable.retention.persistence.RetentionStore;
import org.constable.retention.persistence.RetentionStore.Entry;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention review under MoPI (ADR 0092, 0093): the queue of records due for review, oldest first,
 * and the reviewer's decision. Retain needs a reason and sets the next review by the record's
 * group; dispose erases the record's personal data through its owner and writes one ERASURE audit
 * entry saying what was erased, where a disposed person's names were redacted, and why. Group 1 is never disposed of before its subject would be
 * 100. The queue shows references, groups and dates only, no personal data.
 */
@Service
public class RetentionReviews {

    /** The longest reason kept. */
    public static final int MAX_REASON = 2000;

    public record Queue(LocalDate today, long due, List<Entry> oldestFirst) {}

    private final RetentionStore store;
    private final RetentionRules rules;
    private final RecordDisposal disposal;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionReviews(
            RetentionStore store,
            RetentionRules rules,
            RecordDisposal disposal,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.disposal = disposal;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ForceTime.ZONE));
    }

    /**
     * The due queue, read for {@code purpose}: it names the persons and crimes due for disposal, so
     * the read is a consultation of those records and is audited with its purpose.
     */
    @Transactional(readOnly = true)
    public Queue queue(Actor actor, int limit, @Nullable String purpose) {
        policy.require(actor, Permission.RETENTION_REVIEW);
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        LocalDate today = today();
        List<Entry> due = store.due(today, Math.max(1, Math.min(limit, 500)));
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        due.stream()
                                .map(e -> RecordRef.of(e.recordType(), e.recordId()))
                                .toArray(RecordRef[]::new))
                .withDetail("retention review queue, " + due.size() + " due"));
        return new Queue(today, store.countDue(today), due);
    }

    /** Retains a record: the reason is kept and the next review set by the record's group from today. */
    @Transactional
    public Entry retain(Actor actor, RecordType type, long id, @Nullable String reason) {
        policy.require(actor, Permission.RETENTION_REVIEW);
        String why = reason(reason);
        Entry e = held(type, id);
        LocalDate next = rules.nextReview(e.group(), today());
        store.retained(type, id, why, next, actor.username(), clock.instant());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(type, id))
                .withDetail("retention review: " + e.reference() + " retained in "
                        + e.group().label().toLowerCase(Locale.ROOT) + ", next review " + next + "; reason: " + why));
        return store.find(type, id).orElseThrow();
    }

    /**
     * Disposes of a record: its owner erases the personal data, the register marks it disposed and
     * one ERASURE entry says what was erased and why, all in one transaction.
     */
    @Transactional
    public Entry dispose(Actor actor, RecordType type, long id, @Nullable String reason) {
        policy.require(actor, Permission.RETENTION_REVIEW);
        String why = reason(reason);
        Entry e = held(type, id);
        LocalDate today = today();
        if (!rules.mayDispose(e.group(), e.keepUntil(), today)) {
            throw new Conflict(e.reference() + " is in " + e.group().label().toLowerCase(Locale.ROOT)
                    + (e.keepUntil() == null
                            ? ": with no date of birth known it is kept; retain it with a reason."
                            : ": it is kept until " + e.keepUntil() + ", when its subject would be "
                                    + rules.keepUntilAge() + "; retain it with a reason."));
        }
        RecordDisposal.Erased erased = disposal.erase(type, id);
        String what = String.join(", ", erased.kinds()) + redactedIn(erased.redactedIn());
        store.disposed(type, id, why, what, actor.username(), clock.instant());
        audit.record(new AuditRecord(
                Operation.ERASURE,
                actor.username(),
                actor.rolesText(),
                List.of(RecordRef.of(type, id)),
                null,
                null,
                Outcome.SUCCEEDED,
                "retention review (MoPI): " + e.reference() + " disposed of, "
                        + e.group().label().toLowerCase(Locale.ROOT)
                        + " (" + e.basis() + "), review due " + e.nextReviewOn() + "; erased: " + what + "; reason: "
                        + why));
        return store.find(type, id).orElseThrow();
    }

    /** Where a disposed person's names were redacted, for the ERASURE entry (the first 100 places, then how many more). */
    static String redactedIn(List<String> places) {
        if (places.isEmpty()) {
            return "";
        }
        int shown = Math.min(places.size(), 100);
        return "; name redacted in free text: " + String.join(", ", places.subList(0, shown))
                + (places.size() > shown ? " and " + (places.size() - shown) + " more" : "");
    }

    private Entry held(RecordType type, long id) {
        Entry e = store.find(type, id).orElseThrow(() -> new RecordNotFound(RecordRef.of(type, id)));
        if (e.disposed()) {
            throw new Conflict(e.reference() + " has already been disposed of.");
        }
        return e;
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Give the reason for the decision (it must not name the subject).");
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON) {
            throw new InvalidInput("reason", "A reason is at most " + MAX_REASON + " characters.");
        }
        return r;
    }
}
