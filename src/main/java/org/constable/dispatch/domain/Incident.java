package org.constable.dispatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.constable.dispatch.Grade;
import org.constable.dispatch.IncidentStatus;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * An incident's life, where its rules live: raised with a grade and an attendance target from the
 * time it was opened, regraded only with a reason and to another grade, further calls attached and
 * units sent only while it is open, closed once with a classification and only when no unit is
 * still on it (or when the dispatcher clears them in the same step). There is no reopening: a closed
 * incident stays closed and a new call raises a new incident. Plain Java; the application service
 * loads it from its row, asks it, and writes what it answers.
 */
public final class Incident {

    /** What a regrade changes: the grades before and after, the new target, and the reason as written. */
    public record Regrading(
            String from, String to, @Nullable Instant attendBy, String reason) {}

    /** What a closure writes to the log, after the incident said it may close. */
    public record Closing(String classification, boolean crimeIndicative, String logText) {}

    private final long id;
    private final String reference;
    private final Instant openedAt;
    private final boolean urban;
    private String grade;
    private IncidentStatus status;

    public Incident(long id, String reference, Instant openedAt, boolean urban, String grade, IncidentStatus status) {
        this.id = id;
        this.reference = Objects.requireNonNull(reference, "reference");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.urban = urban;
        this.grade = Objects.requireNonNull(grade, "grade");
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * When a unit should be there for an incident of this grade raised at {@code openedAt}: the
     * grade's urban or rural target from then, or none for a grade resolved without deployment.
     */
    public static @Nullable Instant attendBy(Grade grade, boolean urban, Instant openedAt) {
        return grade.target(urban).map(openedAt::plus).orElse(null);
    }

    /** The reason a regrade is given, trimmed; a regrade without one is refused. */
    public static String regradeReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "A changed grade needs a reason.");
        }
        return reason.trim();
    }

    /** Regrades the open incident; the attendance target is the new grade's, still from when it was opened. */
    public Regrading regrade(Grade to, String reason) {
        String why = regradeReason(reason);
        requireOpen();
        if (to.code().equals(grade)) {
            throw new InvalidInput("grade", "The incident is already graded " + to.label() + ".");
        }
        Regrading regrading = new Regrading(grade, to.code(), attendBy(to, urban, openedAt), why);
        grade = to.code();
        return regrading;
    }

    /** A further call about the same incident joins it only while it is open. */
    public void attachCall() {
        if (!status.open()) {
            throw new InvalidInput(
                    "joinIncidentId", "Incident " + reference + " is closed; raise a new incident instead.");
        }
    }

    /** Units are sent, regraded or closed only while the incident is open. */
    public void requireOpen() {
        requireOpen("");
    }

    /** {@link #requireOpen()} with advice after the refusal, such as ": choose an open incident". */
    public void requireOpen(String advice) {
        if (!status.open()) {
            throw new Conflict("Incident " + reference + " is closed" + (advice.isEmpty() ? "." : advice + "."));
        }
    }

    /**
     * Closes the open incident with a classification. Units still assigned ({@code stillAssigned},
     * their callsigns) refuse it unless the dispatcher clears them on closing ({@code clearUnits}).
     */
    public Closing close(
            String classification,
            String classificationLabel,
            boolean crimeIndicative,
            @Nullable String note,
            List<String> stillAssigned,
            boolean clearUnits) {
        requireOpen();
        if (!stillAssigned.isEmpty() && !clearUnits) {
            throw new Conflict("Units are still assigned to " + reference + " (" + String.join(", ", stillAssigned)
                    + "): clear them first, or close and clear them.");
        }
        status = IncidentStatus.CLOSED;
        return new Closing(
                classification,
                crimeIndicative,
                "Closed as " + classificationLabel + (note == null || note.isBlank() ? "." : ": " + note.trim()));
    }

    public long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String grade() {
        return grade;
    }

    public IncidentStatus status() {
        return status;
    }
}
