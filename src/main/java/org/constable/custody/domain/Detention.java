package org.constable.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * One detention under PACE, from arrival to leaving custody: every decision is made here, against
 * the named rules, and each leaves an attributed entry in the record's log. Nothing but a release,
 * a transfer or the authority for longer detention is accepted once the current limit has passed.
 */
public final class Detention {

    /** A time a little ahead of the server's is a device clock, not a claim about the future. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

    /** Everything a stored detention holds, to rebuild it. */
    public record Snapshot(
            long personId,
            @Nullable Long cellId,
            String arrestingOfficer,
            String arrestGrounds,
            List<Offence> offences,
            Instant arrestedAt,
            Instant arrivedAt,
            Instant relevantTime,
            boolean juvenile,
            boolean vulnerable,
            RiskAssessment risk,
            ObservationLevel level,
            Instant levelSetAt,
            DetentionStatus status,
            @Nullable Instant authorisedAt,
            @Nullable String authorisedBy,
            DetentionLimit limit,
            List<Review> reviews,
            List<ReviewPostponement> postponements,
            @Nullable Visit lastVisit,
            @Nullable String appropriateAdult,
            @Nullable Disposal disposal) {}

    private Snapshot s;
    private final List<Entry> newEntries = new ArrayList<>();

    private Detention(Snapshot s) {
        this.s = s;
    }

    public static Detention restore(Snapshot snapshot) {
        return new Detention(snapshot);
    }

    /** Books a detainee in: the relevant time starts the 24 hours; the risk assessment sets the lowest level. */
    public static Detention arrive(Arrival a, String custodyOfficer, Instant now) {
        Words.require("arrestingOfficer", a.arrestingOfficer(), "Name the arresting officer.");
        String grounds = Words.require("arrestGrounds", a.arrestGrounds(), "Give the grounds for the arrest.");
        if (a.offences().isEmpty()) {
            throw new InvalidInput("offences", "Name at least one offence the detainee was arrested for.");
        }
        if (a.arrivedAt().isAfter(now.plus(CLOCK_SLACK))) {
            throw new InvalidInput("arrivedAt", "The arrival cannot be in the future.");
        }
        Instant relevant = Pace41DetentionLimit.relevantTime(a.arrestedAt(), a.arrivedAt(), a.arrestedOutOfArea());
        ObservationLevel lowest = CustodyRiskObservationRule.lowestFor(a.risk());
        ObservationLevel level = a.level() == null ? lowest : a.level();
        if (!level.atLeast(lowest)) {
            throw new InvalidInput(
                    "observationLevel",
                    "The risk assessment (" + a.risk().words() + ") calls for at least level " + lowest.number() + ".");
        }
        DetentionLimit limit = Pace41DetentionLimit.basic(relevant, custodyOfficer);
        if (now.isAfter(limit.until())) {
            throw new Conflict(
                    "The 24 hours from the relevant time have already run out: the person cannot be detained.");
        }
        Detention d = new Detention(new Snapshot(
                a.personId(),
                a.cellId(),
                a.arrestingOfficer().strip(),
                grounds,
                a.offences(),
                a.arrestedAt(),
                a.arrivedAt(),
                relevant,
                a.juvenile(),
                a.vulnerable(),
                a.risk(),
                level,
                now,
                DetentionStatus.AWAITING_DECISION,
                null,
                null,
                limit,
                List.of(),
                List.of(),
                null,
                null,
                null));
        d.log(
                EntryKind.ARRIVED,
                now,
                custodyOfficer,
                "Arrived " + ForceTime.dateTime(a.arrivedAt()) + ", arrested by "
                        + a.arrestingOfficer().strip()
                        + " for "
                        + String.join(
                                ", ",
                                a.offences().stream().map(Offence::description).toList())
                        + "; relevant time " + ForceTime.dateTime(relevant) + "; risks: "
                        + a.risk().words());
        d.log(EntryKind.OBSERVATION_LEVEL_SET, now, custodyOfficer, level.label() + " (booking-in risk assessment)");
        return d;
    }

    /** PACE s.37: the custody officer authorises detention, with the grounds. */
    public void authorise(String custodyOfficer, String grounds, Instant now) {
        requireStatus(DetentionStatus.AWAITING_DECISION, "Detention was already decided.");
        requireWithinLimit(EntryKind.DETENTION_AUTHORISED, now);
        String text = Words.require("grounds", grounds, "Give the grounds for authorising detention.");
        s = copy().status(DetentionStatus.DETAINED)
                .authorised(now, custodyOfficer)
                .build();
        log(EntryKind.DETENTION_AUTHORISED, now, custodyOfficer, text);
    }

    /** The custody officer refuses detention: the person is released at once. */
    public void refuse(String custodyOfficer, String reasons, Instant now) {
        requireStatus(DetentionStatus.AWAITING_DECISION, "Detention was already decided.");
        String text = Words.require("grounds", reasons, "Say why detention is refused.");
        s = copy().status(DetentionStatus.REFUSED).build();
        log(EntryKind.DETENTION_REFUSED, now, custodyOfficer, text);
    }

    public void setLevel(ObservationLevel level, String reason, String by, Instant now) {
        requireOpen();
        requireWithinLimit(EntryKind.OBSERVATION_LEVEL_SET, now);
        String why = Words.require("reason", reason, "Say why the observation level changes.");
        if (level == s.level()) {
            throw new InvalidInput("observationLevel", "The detainee is already at " + level.label() + ".");
        }
        s = copy().level(level, now).build();
        log(EntryKind.OBSERVATION_LEVEL_SET, now, by, level.label() + ": " + why);
    }

    public void visit(String by, boolean roused, String seen, Instant now) {
        requireOpen();
        requireWithinLimit(EntryKind.VISIT, now);
        String text = Words.require("seen", seen, "Say what was seen on the visit.");
        if (s.level().rousing() && !roused) {
            throw new InvalidInput(
                    "roused", "At level 2 every visit rouses the detainee: rouse them and say how they responded.");
        }
        s = copy().lastVisit(new Visit(now, by, s.level(), roused, text)).build();
        log(EntryKind.VISIT, now, by, s.level().label() + (roused ? ", roused" : "") + ": " + text);
    }

    /** A PACE s.40 review by an inspector not involved; it answers the review due now. */
    public void review(
            String inspector, ReviewDecision decision, String grounds, @Nullable String representations, Instant now) {
        requireStatus(DetentionStatus.DETAINED, "Only an authorised detention is reviewed.");
        requireWithinLimit(EntryKind.REVIEW, now);
        ReviewerNotInvolvedRule.check(inspector, this);
        String why = Words.require("grounds", grounds, "Give the grounds for the review's decision.");
        String said = Words.optional("representations", representations);
        Review r = new Review(
                nextReviewDue().orElseThrow(), now, inspector, decision, why, said.isEmpty() ? "None made" : said);
        List<Review> reviews = new ArrayList<>(s.reviews());
        reviews.add(r);
        s = copy().reviews(reviews).build();
        log(
                EntryKind.REVIEW,
                now,
                inspector,
                decision.label() + ": " + why + "; representations: " + r.representations());
    }

    /** PACE s.40(4): a review not practicable by its due time is postponed, with the reason, before it is missed. */
    public void postponeReview(String inspector, String reason, Instant now) {
        requireStatus(DetentionStatus.DETAINED, "Only an authorised detention is reviewed.");
        requireWithinLimit(EntryKind.REVIEW_POSTPONED, now);
        Instant due = nextReviewDue().orElseThrow();
        if (now.isAfter(due)) {
            throw new Conflict("The review was due at " + ForceTime.dateTime(due)
                    + ": it is overdue, not postponed. Carry it out now.");
        }
        if (postponement().isPresent()) {
            throw new Conflict("The review due at " + ForceTime.dateTime(due) + " is already postponed.");
        }
        String why = Words.require("reason", reason, "Say why the review is not practicable now.");
        List<ReviewPostponement> p = new ArrayList<>(s.postponements());
        p.add(new ReviewPostponement(due, now, inspector, why));
        s = copy().postponements(p).build();
        log(EntryKind.REVIEW_POSTPONED, now, inspector, "Review due " + ForceTime.dateTime(due) + " postponed: " + why);
    }

    public void appropriateAdult(String name, String by, Instant now) {
        requireOpen();
        requireWithinLimit(EntryKind.APPROPRIATE_ADULT, now);
        String who = Words.require("appropriateAdult", name, "Name the appropriate adult.");
        s = copy().appropriateAdult(who).build();
        log(EntryKind.APPROPRIATE_ADULT, now, by, who);
    }

    public void extend(Instant until, Instant authorisedAt, String superintendent, String grounds, Instant now) {
        requireStatus(DetentionStatus.DETAINED, "Only an authorised detention is extended.");
        notInFuture(authorisedAt, now, "authorisedAt");
        DetentionLimit next =
                Pace42SuperintendentExtension.authorise(this, until, authorisedAt, superintendent, grounds);
        s = copy().limit(next).build();
        log(EntryKind.EXTENSION, now, superintendent, "Until " + ForceTime.dateTime(until) + ": " + next.grounds());
    }

    public void warrant(Instant until, Instant issuedAt, String court, String reference, String by, Instant now) {
        requireStatus(DetentionStatus.DETAINED, "A warrant of further detention is for an authorised detention.");
        notInFuture(issuedAt, now, "issuedAt");
        DetentionLimit next = Pace43WarrantOfFurtherDetention.record(this, until, issuedAt, court, reference, by);
        s = copy().limit(next).build();
        log(EntryKind.WARRANT, now, by, "Until " + ForceTime.dateTime(until) + ": " + next.grounds());
    }

    /** The detainee leaves custody: always allowed while open, past the limit too. */
    public void dispose(Disposal d) {
        requireOpen();
        String details = switch (d.kind()) {
            case CHARGED -> Words.require("details", d.details(), "Name the charges.");
            case TRANSFERRED ->
                Words.require("transferTo", d.transferTo(), "Say where the detainee is transferred to.");
            default -> Words.optional("details", d.details());
        };
        if (d.kind() == DisposalKind.CHARGED && needsAppropriateAdult() && s.appropriateAdult() == null) {
            throw new Conflict(
                    "A juvenile or vulnerable detainee is charged with an appropriate adult present: record the appropriate adult first.");
        }
        String text = d.kind().label() + (details.isEmpty() ? "" : ": " + details);
        if (d.kind() == DisposalKind.BAILED) {
            if (d.bailUntil() == null) {
                throw new InvalidInput("bailUntil", "Give the day pre-charge bail ends.");
            }
            PreChargeBailPeriod.check(d.at().atZone(ForceTime.ZONE).toLocalDate(), d.bailUntil());
            String conditions = Words.optional("bailConditions", d.bailConditions());
            text += "; bail until " + d.bailUntil() + (conditions.isEmpty() ? "" : "; conditions: " + conditions);
        }
        s = copy().status(DetentionStatus.LEFT_CUSTODY).disposal(d).build();
        log(d.kind() == DisposalKind.TRANSFERRED ? EntryKind.TRANSFERRED : EntryKind.RELEASED, d.at(), d.by(), text);
    }

    /**
     * A line decided by a rule of its own (a move to another suite, a crime linked): allowed only
     * while the record is open and within the limit, and it changes none of the clocks.
     */
    public void note(EntryKind kind, String by, Instant now, String text) {
        requireOpen();
        requireWithinLimit(kind, now);
        log(kind, now, by, text);
    }

    /** The review now owed, while detention is authorised. */
    public Optional<Instant> nextReviewDue() {
        if (s.status() != DetentionStatus.DETAINED || s.authorisedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(Pace40ReviewSchedule.nextDue(s.authorisedAt(), s.reviews()));
    }

    /** The postponement of the review now owed, if one was recorded. */
    public Optional<ReviewPostponement> postponement() {
        Optional<Instant> due = nextReviewDue();
        return due.flatMap(at ->
                s.postponements().stream().filter(p -> p.dueAt().equals(at)).findFirst());
    }

    /** When the next visit is due; empty where the level means an officer is always there, or custody ended. */
    public Optional<Instant> nextVisitDue() {
        if (!s.status().open()) {
            return Optional.empty();
        }
        Visit last = s.lastVisit();
        Instant anchor = last != null && last.at().isAfter(s.levelSetAt()) ? last.at() : s.levelSetAt();
        return s.level().visitInterval().map(anchor::plus);
    }

    public boolean needsAppropriateAdult() {
        return s.juvenile() || s.vulnerable() || s.risk().vulnerable();
    }

    public boolean indictable() {
        return s.offences().stream().anyMatch(Offence::indictable);
    }

    public boolean releaseOrdered() {
        return !s.reviews().isEmpty()
                && s.reviews().get(s.reviews().size() - 1).decision() == ReviewDecision.RELEASE_ORDERED;
    }

    public Snapshot snapshot() {
        return s;
    }

    /** The entries made since this detention was built or restored, oldest first; the store appends them. */
    public List<Entry> newEntries() {
        return List.copyOf(newEntries);
    }

    public long personId() {
        return s.personId();
    }

    public DetentionStatus status() {
        return s.status();
    }

    public DetentionLimit limit() {
        return s.limit();
    }

    public Instant relevantTime() {
        return s.relevantTime();
    }

    public ObservationLevel level() {
        return s.level();
    }

    public List<Review> reviews() {
        return s.reviews();
    }

    public String arrestingOfficer() {
        return s.arrestingOfficer();
    }

    public @Nullable String authorisedBy() {
        return s.authorisedBy();
    }

    private void requireOpen() {
        if (!s.status().open()) {
            throw new Conflict("The detainee has left custody: the record is closed ("
                    + s.status().label() + ").");
        }
    }

    private void requireStatus(DetentionStatus wanted, String otherwise) {
        requireOpen();
        if (s.status() != wanted) {
            throw new Conflict(otherwise);
        }
    }

    private void requireWithinLimit(EntryKind kind, Instant now) {
        if (!kind.allowedAfterLimit() && now.isAfter(s.limit().until())) {
            throw new Conflict("The detention limit passed at "
                    + ForceTime.dateTime(s.limit().until())
                    + ": record the release, or the authority for longer detention, first.");
        }
    }

    private static void notInFuture(Instant at, Instant now, String field) {
        if (at.isAfter(now.plus(CLOCK_SLACK))) {
            throw new InvalidInput(field, "The time cannot be in the future.");
        }
    }

    private void log(EntryKind kind, Instant at, String by, String text) {
        newEntries.add(new Entry(kind, at, by, text));
    }

    private SnapshotBuilder copy() {
        return new SnapshotBuilder(s);
    }
}
