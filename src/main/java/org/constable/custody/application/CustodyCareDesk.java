package org.constable.custody.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.DetentionChanged;
import org.constable.custody.domain.CustodyCare;
import org.constable.custody.domain.Detention;
import org.constable.custody.domain.RightsOccasion;
import org.constable.custody.persistence.CareStore;
import org.constable.custody.persistence.DetentionStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RankedDecision;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The detainee's care on a custody record: rights, the solicitor, the person told, the interpreter,
 * property, meals, medical attention, visitors and interviews. Each use case asks AccessPolicy,
 * locks the detention, decides in {@link CustodyCare}, appends the fact and its log line and leaves
 * an audit entry in one transaction; the suite's board hears of it after the commit.
 */
@Service
public class CustodyCareDesk {

    private final DetentionStore detentions;
    private final CareStore care;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustodyCareDesk(
            DetentionStore detentions,
            CareStore care,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.detentions = detentions;
        this.care = care;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void giveRights(Actor actor, long id, @Nullable RightsOccasion occasion, boolean codesOffered) {
        change(actor, id, "rights given", c -> c.giveRights(occasion, codesOffered, actor.username(), now()));
    }

    @Transactional
    public void legalAdvice(
            Actor actor, long id, @Nullable Boolean requested, @Nullable String solicitor, @Nullable String note) {
        if (requested == null) {
            throw new InvalidInput("requested", "Say whether the detainee asked for legal advice or declined it.");
        }
        change(actor, id, "legal advice", c -> c.legalAdvice(requested, solicitor, note, actor.username(), now()));
    }

    @Transactional
    public void solicitor(
            Actor actor, long id, @Nullable Boolean arrived, @Nullable String solicitor, @Nullable Instant at) {
        change(actor, id, "solicitor", c -> {
            if (Boolean.TRUE.equals(arrived)) {
                c.solicitorArrived(text(solicitor), micros(at), actor.username(), now());
            } else {
                c.solicitorContacted(text(solicitor), micros(at), actor.username(), now());
            }
        });
    }

    @Transactional
    public void appropriateAdultArrived(Actor actor, long id, @Nullable Instant at) {
        change(
                actor,
                id,
                "appropriate adult arrived",
                c -> c.appropriateAdultArrived(micros(at), actor.username(), now()));
    }

    @Transactional
    public void informRequested(Actor actor, long id, @Nullable String who) {
        change(actor, id, "someone to be informed", c -> c.informRequested(text(who), actor.username(), now()));
    }

    @Transactional
    public void personInformed(Actor actor, long id, @Nullable String who, @Nullable Instant at) {
        change(actor, id, "someone informed", c -> c.personInformed(text(who), micros(at), actor.username(), now()));
    }

    /**
     * PACE s.56(2): the inspector (or above) who authorises the delay records it, as the authority;
     * the custody officer cannot record it for them (ADR 0071).
     */
    @Transactional
    public void delayInforming(Actor actor, long id, @Nullable String who, @Nullable String grounds) {
        policy.require(actor, Permission.CUSTODY_REVIEW, RankedDecision.DELAY_IN_INFORMING);
        change(
                actor,
                Permission.CUSTODY_REVIEW,
                id,
                "informing delayed",
                c -> c.delayInforming(text(who), actor.username(), text(grounds), actor.username(), now()));
    }

    @Transactional
    public void interpreter(
            Actor actor, long id, @Nullable String language, @Nullable String name, @Nullable Instant at) {
        change(
                actor,
                id,
                "interpreter",
                c -> c.interpreter(text(language), text(name), micros(at), actor.username(), now()));
    }

    @Transactional
    public void propertyTaken(Actor actor, long id, @Nullable String description, @Nullable String bag) {
        change(actor, id, "property taken", c -> c.propertyTaken(text(description), bag, actor.username(), now()));
    }

    @Transactional
    public void propertyDealtWith(
            Actor actor, long id, @Nullable Integer item, @Nullable Boolean retained, @Nullable String note) {
        if (item == null) {
            throw new InvalidInput("item", "Choose the item.");
        }
        if (retained == null) {
            throw new InvalidInput("retained", "Say whether the item is handed back or kept as evidence.");
        }
        change(
                actor,
                id,
                retained ? "property retained" : "property returned",
                c -> c.propertyDealtWith(item, retained, note, actor.username(), now()));
    }

    @Transactional
    public void meal(Actor actor, long id, @Nullable String offered, boolean taken) {
        change(actor, id, "meal", c -> c.meal(text(offered), taken, actor.username(), now()));
    }

    @Transactional
    public void medical(
            Actor actor,
            long id,
            @Nullable String professional,
            boolean seen,
            @Nullable String said,
            @Nullable Boolean fitToDetain,
            @Nullable Boolean fitToInterview) {
        change(
                actor,
                id,
                "medical attention",
                c -> c.medical(
                        text(professional), seen, text(said), fitToDetain, fitToInterview, actor.username(), now()));
    }

    @Transactional
    public void visitor(Actor actor, long id, @Nullable String who, @Nullable String purpose) {
        change(actor, id, "visitor", c -> c.visitor(text(who), purpose, actor.username(), now()));
    }

    @Transactional
    public int scheduleInterview(Actor actor, long id, @Nullable Instant at, @Nullable String officer) {
        int[] n = new int[1];
        change(
                actor,
                id,
                "interview scheduled",
                c -> n[0] = c.scheduleInterview(micros(at), text(officer), actor.username(), now()));
        return n[0];
    }

    @Transactional
    public void startInterview(
            Actor actor,
            long id,
            int interview,
            boolean solicitorPresent,
            boolean appropriateAdultPresent,
            boolean interpreterPresent,
            @Nullable String groundsToProceed) {
        change(
                actor,
                id,
                "interview started",
                c -> c.startInterview(
                        interview,
                        solicitorPresent,
                        appropriateAdultPresent,
                        interpreterPresent,
                        groundsToProceed,
                        actor.username(),
                        now()));
    }

    @Transactional
    public void endInterview(Actor actor, long id, int interview, @Nullable String recordingReference) {
        change(
                actor,
                id,
                "interview ended",
                c -> c.endInterview(interview, text(recordingReference), actor.username(), now()));
    }

    private void change(Actor actor, long id, String what, Consumer<CustodyCare> decision) {
        change(actor, Permission.CUSTODY_RECORD, id, what, decision);
    }

    private void change(Actor actor, Permission permission, long id, String what, Consumer<CustodyCare> decision) {
        policy.require(actor, permission);
        DetentionStore.Stored stored =
                detentions.lock(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DETENTION, id)));
        Detention d = stored.detention();
        CustodyCare c = new CustodyCare(d, care.facts(id));
        decision.accept(c);
        care.append(id, c.newFacts(), c.newEntries());
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.PERSON, d.personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("Custody record: " + what));
        events.publishEvent(new DetentionChanged(id, stored.suiteId(), what));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable Instant micros(@Nullable Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
