package org.constable.custody.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constable.custody.domain.CareFact.InformRequested;
import org.constable.custody.domain.CareFact.InterviewEnded;
import org.constable.custody.domain.CareFact.InterviewScheduled;
import org.constable.custody.domain.CareFact.InterviewStarted;
import org.constable.custody.domain.CareFact.LegalAdvice;
import org.constable.custody.domain.CareFact.Medical;
import org.constable.custody.domain.CareFact.PropertyDealtWith;
import org.constable.custody.domain.CareFact.PropertyTaken;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The detainee's care on one custody record: what the recorded {@link CareFact}s add up to, and
 * each new fact decided against the detention it belongs to (open, within its limit) and the named
 * rules ({@link InterviewReadinessRule}, {@link CareOutstanding}). Every fact leaves an attributed
 * line in the custody record's log.
 */
public final class CustodyCare {

    private final Detention detention;
    private final List<CareFact> facts;
    private final List<CareFact> newFacts = new ArrayList<>();
    private final List<Entry> newEntries = new ArrayList<>();

    public CustodyCare(Detention detention, List<CareFact> facts) {
        this.detention = detention;
        this.facts = new ArrayList<>(facts);
    }

    public void giveRights(@Nullable RightsOccasion occasion, boolean codesOffered, String by, Instant now) {
        if (occasion == null) {
            throw new InvalidInput(
                    "occasion",
                    "Say when the rights are given: at booking in, before an interview, "
                            + "at a review or on request.");
        }
        if (occasion != RightsOccasion.BOOKING_IN
                && last(CareFact.RightsGiven.class).isEmpty()) {
            throw new Conflict("Give the rights at booking in first; they are re-offered after that.");
        }
        add(
                new CareFact.RightsGiven(now, by, occasion, codesOffered),
                "Rights given " + occasion.label() + ": free legal advice, someone informed, "
                        + (codesOffered ? "the codes of practice offered" : "the codes of practice NOT offered"));
    }

    public void legalAdvice(
            boolean requested, @Nullable String solicitor, @Nullable String note, String by, Instant now) {
        requireRightsGiven();
        String named = Words.optional("solicitor", solicitor);
        String said = Words.optional("note", note);
        add(
                new LegalAdvice(now, by, requested, named.isEmpty() ? null : named, said.isEmpty() ? null : said),
                (requested ? "Requested" + (named.isEmpty() ? " (duty solicitor)" : ": " + named) : "Declined")
                        + (said.isEmpty() ? "" : "; " + said));
    }

    public void solicitorContacted(String solicitor, @Nullable Instant at, String by, Instant now) {
        requireLegalAdviceRequested();
        String who = Words.require("solicitor", solicitor, "Name the solicitor or firm contacted.");
        Instant when = Times.notFuture(at, now, "contactedAt");
        add(new CareFact.SolicitorContacted(now, by, who, when), who + " contacted at " + ForceTime.dateTime(when));
    }

    public void solicitorArrived(String solicitor, @Nullable Instant at, String by, Instant now) {
        requireLegalAdviceRequested();
        String who = Words.require("solicitor", solicitor, "Name the solicitor who arrived.");
        Instant when = Times.notFuture(at, now, "arrivedAt");
        add(new CareFact.SolicitorArrived(now, by, who, when), who + " arrived at " + ForceTime.dateTime(when));
    }

    /** The appropriate adult recorded on the detention arrived at the suite (at {@code at}, or now). */
    public void appropriateAdultArrived(@Nullable Instant at, String by, Instant now) {
        String adult = detention.snapshot().appropriateAdult();
        if (!detention.needsAppropriateAdult()) {
            throw new Conflict("This detainee is neither a juvenile nor vulnerable: no appropriate adult is needed.");
        }
        if (adult == null) {
            throw new Conflict("Record who the appropriate adult is first.");
        }
        Instant when = Times.notFuture(at, now, "arrivedAt");
        add(
                new CareFact.AppropriateAdultArrived(now, by, adult, when),
                adult + " arrived at " + ForceTime.dateTime(when));
    }

    /** When the appropriate adult now recorded on the detention arrived; empty until they have. */
    public Optional<Instant> appropriateAdultArrivedAt() {
        String adult = detention.snapshot().appropriateAdult();
        return last(CareFact.AppropriateAdultArrived.class)
                .filter(a -> a.adult().equals(adult))
                .map(CareFact.AppropriateAdultArrived::arrivedAt);
    }

    public void informRequested(String who, String by, Instant now) {
        requireRightsGiven();
        String person = Words.require("who", who, "Name the person to be told, and how to reach them.");
        add(new InformRequested(now, by, person), person);
    }

    public void personInformed(String who, @Nullable Instant at, String by, Instant now) {
        String person = Words.require("who", who, "Name the person told.");
        Instant when = Times.notFuture(at, now, "informedAt");
        add(
                new CareFact.PersonInformed(now, by, person, when),
                person + " told of the arrest at " + ForceTime.dateTime(when));
    }

    /** PACE s.56(2): only an inspector's authority, with grounds, delays telling someone. */
    public void delayInforming(String who, String inspector, String grounds, String by, Instant now) {
        String person = Words.require("who", who, "Name the person whom telling is delayed.");
        String authority = Words.require("inspector", inspector, "Name the inspector (or above) who authorised it.");
        String why = Words.require("grounds", grounds, "Give the grounds for the delay (PACE s.56(5)).");
        add(
                new CareFact.InformingDelayed(now, by, person, authority, why),
                "Telling " + person + " delayed on the authority of " + authority + ": " + why);
    }

    public void interpreter(String language, String name, @Nullable Instant at, String by, Instant now) {
        String lang = Words.require("language", language, "Name the language.");
        String who = Words.require("interpreter", name, "Name the interpreter.");
        Instant when = Times.notFuture(at, now, "arrivedAt");
        add(
                new CareFact.Interpreter(now, by, lang, who, when),
                lang + ": " + who + " from " + ForceTime.dateTime(when));
    }

    public int propertyTaken(String description, @Nullable String bag, String by, Instant now) {
        String what = Words.require("description", description, "Describe the item.");
        String sealed = Words.optional("bag", bag);
        int item = (int) facts.stream().filter(f -> f instanceof PropertyTaken).count() + 1;
        add(
                new PropertyTaken(now, by, item, what, sealed.isEmpty() ? null : sealed),
                "Item " + item + ": " + what + (sealed.isEmpty() ? "" : " (sealed bag " + sealed + ")"));
        return item;
    }

    /** Hands an item back or keeps it as evidence; allowed after release, when property is handed back. */
    public void propertyDealtWith(int item, boolean retained, @Nullable String note, String by, Instant now) {
        PropertyTaken taken = heldProperty().stream()
                .filter(p -> p.item() == item)
                .findFirst()
                .orElseThrow(() -> new InvalidInput("item", "Choose an item still held."));
        String said = Words.optional("note", note);
        CareFact f = new PropertyDealtWith(now, by, item, retained, said.isEmpty() ? null : said);
        record(f, "Item " + item + " (" + taken.description() + ")" + (said.isEmpty() ? "" : ": " + said));
    }

    public void meal(String offered, boolean taken, String by, Instant now) {
        String what = Words.require("offered", offered, "Say what was offered (meal or drink).");
        add(new CareFact.Meal(now, by, what, taken), what + (taken ? ", taken" : ", refused"));
    }

    public void medical(
            String professional,
            boolean seen,
            String said,
            @Nullable Boolean fitToDetain,
            @Nullable Boolean fitToInterview,
            String by,
            Instant now) {
        String who = Words.require("professional", professional, "Name the healthcare professional.");
        String words = seen
                ? Words.require("said", said, "Say what the healthcare professional found or advised.")
                : Words.optional("said", said);
        add(
                new Medical(now, by, who, seen, words, fitToDetain, fitToInterview),
                (seen ? who + " saw the detainee" : who + " called")
                        + (words.isEmpty() ? "" : ": " + words)
                        + fit("detain", fitToDetain)
                        + fit("interview", fitToInterview));
    }

    public void visitor(String who, @Nullable String purpose, String by, Instant now) {
        String person = Words.require("who", who, "Name the visitor.");
        String why = Words.optional("purpose", purpose);
        add(
                new CareFact.Visitor(now, by, person, why.isEmpty() ? null : why),
                person + (why.isEmpty() ? "" : ": " + why));
    }

    public int scheduleInterview(@Nullable Instant at, String officer, String by, Instant now) {
        if (detention.status() != DetentionStatus.DETAINED) {
            throw new Conflict("Interviews are for an authorised detention.");
        }
        String who = Words.require("officer", officer, "Name the interviewing officer.");
        if (at == null) {
            throw new InvalidInput("scheduledFor", "Give the time of the interview.");
        }
        int n = (int) facts.stream()
                        .filter(f -> f instanceof InterviewScheduled)
                        .count()
                + 1;
        add(
                new InterviewScheduled(now, by, n, at, who),
                "Interview " + n + " at " + ForceTime.dateTime(at) + " by " + who);
        return n;
    }

    /** Starts an interview, refused while a safeguard is missing unless the grounds for going ahead are recorded. */
    public void startInterview(
            int interview,
            boolean solicitorPresent,
            boolean appropriateAdultPresent,
            boolean interpreterPresent,
            @Nullable String groundsToProceed,
            String by,
            Instant now) {
        if (detention.status() != DetentionStatus.DETAINED) {
            throw new Conflict("Interviews are for an authorised detention.");
        }
        InterviewScheduled scheduled = interview(interview);
        if (started(interview)) {
            throw new Conflict("Interview " + interview + " has already started.");
        }
        facts.stream()
                .filter(f -> f instanceof InterviewStarted s && !ended(s.interview()))
                .findFirst()
                .ifPresent(f -> {
                    throw new Conflict("Interview " + ((InterviewStarted) f).interview() + " is still going on.");
                });
        String grounds = Words.optional("groundsToProceed", groundsToProceed);
        List<String> missing = InterviewReadinessRule.missing(
                this, detention, solicitorPresent, appropriateAdultPresent, interpreterPresent);
        if (!missing.isEmpty() && grounds.isEmpty()) {
            throw new InvalidInput(
                    "groundsToProceed",
                    "The interview cannot start: " + String.join("; ", missing)
                            + ". Record the grounds for going ahead, or wait.");
        }
        add(
                new InterviewStarted(
                        now,
                        by,
                        interview,
                        solicitorPresent,
                        appropriateAdultPresent,
                        interpreterPresent,
                        grounds.isEmpty() ? null : grounds),
                "Interview " + interview + " by " + scheduled.officer() + "; present: "
                        + present(solicitorPresent, appropriateAdultPresent, interpreterPresent)
                        + (grounds.isEmpty()
                                ? ""
                                : "; going ahead without " + String.join(", ", missing) + ": " + grounds));
    }

    public void endInterview(int interview, String recordingReference, String by, Instant now) {
        interview(interview);
        if (!started(interview)) {
            throw new Conflict("Interview " + interview + " has not started.");
        }
        if (ended(interview)) {
            throw new Conflict("Interview " + interview + " has already ended.");
        }
        String ref = Words.require("recordingReference", recordingReference, "Give the recording's reference.");
        add(new InterviewEnded(now, by, interview, ref), "Interview " + interview + " ended; recording " + ref);
    }

    // what the facts add up to

    public List<CareFact> facts() {
        return List.copyOf(facts);
    }

    public List<CareFact> newFacts() {
        return List.copyOf(newFacts);
    }

    public List<Entry> newEntries() {
        return List.copyOf(newEntries);
    }

    public <T extends CareFact> Optional<T> last(Class<T> type) {
        T found = null;
        for (CareFact f : facts) {
            if (type.isInstance(f)) {
                found = type.cast(f);
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean legalAdviceRequested() {
        return last(LegalAdvice.class).map(LegalAdvice::requested).orElse(false);
    }

    /** The latest word on fitness to interview; empty where no healthcare professional has said. */
    public Optional<Boolean> fitToInterview() {
        return facts.stream()
                .filter(f -> f instanceof Medical m && m.fitToInterview() != null)
                .map(f -> ((Medical) f).fitToInterview())
                .reduce((a, b) -> b);
    }

    public Optional<Boolean> fitToDetain() {
        return facts.stream()
                .filter(f -> f instanceof Medical m && m.fitToDetain() != null)
                .map(f -> ((Medical) f).fitToDetain())
                .reduce((a, b) -> b);
    }

    public boolean interpreterRecorded() {
        return last(CareFact.Interpreter.class).isPresent();
    }

    /** Items taken and neither handed back nor kept as evidence. */
    public List<PropertyTaken> heldProperty() {
        return facts.stream()
                .filter(f -> f instanceof PropertyTaken)
                .map(f -> (PropertyTaken) f)
                .filter(p -> facts.stream().noneMatch(f -> f instanceof PropertyDealtWith d && d.item() == p.item()))
                .toList();
    }

    public List<InterviewScheduled> interviews() {
        return facts.stream()
                .filter(f -> f instanceof InterviewScheduled)
                .map(f -> (InterviewScheduled) f)
                .toList();
    }

    public boolean started(int interview) {
        return facts.stream().anyMatch(f -> f instanceof InterviewStarted s && s.interview() == interview);
    }

    public boolean ended(int interview) {
        return facts.stream().anyMatch(f -> f instanceof InterviewEnded e && e.interview() == interview);
    }

    private InterviewScheduled interview(int n) {
        return interviews().stream()
                .filter(i -> i.interview() == n)
                .findFirst()
                .orElseThrow(() -> new InvalidInput("interview", "Choose a scheduled interview."));
    }

    private void requireRightsGiven() {
        if (last(CareFact.RightsGiven.class).isEmpty()) {
            throw new Conflict("Give the detainee their rights first.");
        }
    }

    private void requireLegalAdviceRequested() {
        if (!legalAdviceRequested()) {
            throw new Conflict("The detainee has not asked for legal advice: record that first.");
        }
    }

    /** Care is recorded while the detainee is in custody and within the detention limit. */
    private void add(CareFact fact, String text) {
        if (!detention.status().open()) {
            throw new Conflict("The detainee has left custody: the record is closed ("
                    + detention.status().label() + ").");
        }
        record(fact, text);
    }

    private void record(CareFact fact, String text) {
        if (!fact.kind().allowedAfterLimit()
                && fact.at().isAfter(detention.limit().until())) {
            throw new Conflict("The detention limit passed at "
                    + ForceTime.dateTime(detention.limit().until())
                    + ": record the release, or the authority for longer detention, first.");
        }
        facts.add(fact);
        newFacts.add(fact);
        newEntries.add(new Entry(fact.kind(), fact.at(), fact.by(), text));
    }

    private static String fit(String what, @Nullable Boolean fit) {
        return fit == null ? "" : fit ? "; fit to " + what : "; NOT fit to " + what;
    }

    private static String present(boolean solicitor, boolean adult, boolean interpreter) {
        List<String> p = new ArrayList<>();
        if (solicitor) {
            p.add("solicitor");
        }
        if (adult) {
            p.add("appropriate adult");
        }
        if (interpreter) {
            p.add("interpreter");
        }
        return p.isEmpty() ? "officers only" : String.join(", ", p);
    }
}
