package org.constable.crime.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.constable.crime.CancellationGround;
import org.constable.crime.CrimeStatus;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A recorded crime and the invariants of its life: it is recorded only when the counting rules
 * allow it (finished incident, one crime per victim, principal crime), it starts RECORDED at version
 * 1, every change makes a new version with its history line, a re-classification may not make it a
 * crime the counting rules would have refused, and a cancelled crime changes no more and has no
 * outcome. The application loads and saves it through the store; this class decides.
 */
public final class Crime {

    /** Where: a description of the place, and a gazetteer location and point when known. */
    public record Place(
            String text,
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude) {}

    /** What a crime is recorded with: everything but its id, reference, status and version. */
    public record Recording(
            Classification classification,
            Instant occurredFrom,
            Instant occurredTo,
            Instant reportedAt,
            String recordedBy,
            String officerInCharge,
            @Nullable Long sourceIncidentId,
            Place place,
            String modusOperandi,
            String narrative,
            List<Long> victims,
            Set<Long> incidentIds) {
        public Recording {
            victims = List.copyOf(victims);
            incidentIds = Set.copyOf(incidentIds);
        }

        Recording classifiedAs(Classification to) {
            return new Recording(
                    to,
                    occurredFrom,
                    occurredTo,
                    reportedAt,
                    recordedBy,
                    officerInCharge,
                    sourceIncidentId,
                    place,
                    modusOperandi,
                    narrative,
                    victims,
                    incidentIds);
        }
    }

    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC);

    private final long id;
    private final String reference;
    private final Instant recordedAt;
    private Recording recording;
    private CrimeStatus status;
    private int version;

    private Crime(long id, String reference, Instant recordedAt, Recording recording, CrimeStatus status, int version) {
        this.id = id;
        this.reference = reference;
        this.recordedAt = recordedAt;
        this.recording = Objects.requireNonNull(recording);
        this.status = Objects.requireNonNull(status);
        this.version = version;
    }

    /**
     * Records a crime if the counting rules allow it against the crimes already recorded for the
     * same victims or incidents; only then is an id taken. The reference is CRM-, the UTC day in
     * BASIC_ISO_DATE (which writes the offset letter, so CRM-20261120Z-42), and the id.
     */
    public static Crime record(Recording what, Instant now, List<CrimeDraft> existing, LongSupplier nextId) {
        CrimeDraft draft = new CrimeDraft(
                null,
                null,
                what.classification(),
                what.occurredFrom(),
                what.occurredTo(),
                what.reportedAt(),
                what.victims(),
                what.incidentIds(),
                false);
        new FinishedIncidentRule().check(draft, now);
        new OneCrimePerVictimRule().check(draft, existing);
        new PrincipalCrimeRule().check(draft, existing);
        long id = nextId.getAsLong();
        return new Crime(id, "CRM-" + REFERENCE_DAY.format(now) + "-" + id, now, what, CrimeStatus.RECORDED, 1);
    }

    /** A crime as it was stored. */
    public static Crime restore(
            long id, String reference, Instant recordedAt, Recording recording, CrimeStatus status, int version) {
        return new Crime(id, reference, recordedAt, recording, status, version);
    }

    /** The first line of the history, written when the crime is recorded. */
    public CrimeHistoryEntry firstVersion() {
        return new CrimeHistoryEntry(
                1,
                recordedAt,
                recording.recordedBy(),
                "recorded",
                recording.classification().code(),
                CrimeStatus.RECORDED,
                null,
                null);
    }

    /** Re-classification and cancellation may be asked for only while the crime is not cancelled. */
    public void checkOpenToChange() {
        if (cancelled()) {
            throw new Conflict(reference + " is cancelled; nothing more can be changed.");
        }
    }

    /** A re-classification names a classification other than the current one. */
    public void checkReclassificationTo(Classification to) {
        if (to.code().equals(recording.classification().code())) {
            throw new InvalidInput("newClassificationCode", reference + " is already classified as " + to.code() + ".");
        }
    }

    /** A cancellation names its HOCR ground: the ground, refused when there is none. */
    public static CancellationGround checkCancellationOn(@Nullable CancellationGround ground) {
        if (ground == null) {
            throw new InvalidInput(
                    "ground", "A cancellation needs its ground: " + List.of(CancellationGround.values()) + ".");
        }
        return ground;
    }

    /**
     * The registrar approved a re-classification: the crime becomes a new version with the new
     * classification, unless the counting rules would have refused it against the other crimes of
     * its victims and incidents.
     */
    public CrimeHistoryEntry reclassify(
            Classification to,
            List<CrimeDraft> others,
            String requestedBy,
            String reason,
            String approvedBy,
            Instant at) {
        checkOpenToChange();
        String from = recording.classification().code();
        CrimeDraft changed = new CrimeDraft(
                id,
                reference,
                to,
                recording.occurredFrom(),
                recording.occurredTo(),
                recording.reportedAt(),
                recording.victims(),
                recording.incidentIds(),
                false);
        List<CrimeDraft> rest =
                others.stream().filter(o -> o.id() == null || o.id() != id).toList();
        new OneCrimePerVictimRule().check(changed, rest);
        new PrincipalCrimeRule().check(changed, rest);
        recording = recording.classifiedAs(to);
        version++;
        return new CrimeHistoryEntry(
                version,
                at,
                requestedBy,
                "re-classified from " + from + " to " + to.code(),
                to.code(),
                status,
                reason,
                approvedBy);
    }

    /** The registrar approved a cancellation: a new version, CANCELLED, after which nothing changes. */
    public CrimeHistoryEntry cancel(
            @Nullable CancellationGround ground, String requestedBy, String reason, String approvedBy, Instant at) {
        checkOpenToChange();
        CancellationGround on = checkCancellationOn(ground);
        status = CrimeStatus.CANCELLED;
        version++;
        return new CrimeHistoryEntry(
                version,
                at,
                requestedBy,
                "cancelled (" + on.name() + ")",
                recording.classification().code(),
                status,
                reason,
                approvedBy);
    }

    /** A cancelled crime has no outcome. */
    public void checkOpenToOutcome() {
        if (cancelled()) {
            throw new Conflict(reference + " is cancelled: a cancelled crime has no outcome.");
        }
    }

    /** An outcome is decided between the day of the report and today, in the force's zone. */
    /** The outcome's date, refused unless it is between the report and today. */
    public LocalDate checkOutcomeDate(@Nullable LocalDate decidedOn, Instant now, ZoneId zone) {
        if (decidedOn == null
                || decidedOn.isAfter(LocalDate.ofInstant(now, zone))
                || decidedOn.isBefore(LocalDate.ofInstant(recording.reportedAt(), zone))) {
            throw new InvalidInput("decidedOn", "The outcome date is between the report and today.");
        }
        return decidedOn;
    }

    /** The crime as the counting rules see it when another crime is compared with it. */
    public CrimeDraft draft() {
        return new CrimeDraft(
                id,
                reference,
                recording.classification(),
                recording.occurredFrom(),
                recording.occurredTo(),
                recording.reportedAt(),
                recording.victims(),
                recording.incidentIds(),
                cancelled());
    }

    public boolean cancelled() {
        return status == CrimeStatus.CANCELLED;
    }

    public long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Recording recording() {
        return recording;
    }

    public Classification classification() {
        return recording.classification();
    }

    public CrimeStatus status() {
        return status;
    }

    public int version() {
        return version;
    }
}
