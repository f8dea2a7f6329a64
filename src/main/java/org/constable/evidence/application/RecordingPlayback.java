package org.constable.evidence.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.evidence.domain.DerivationState;
import org.constable.evidence.persistence.RecordingStore;
import org.constable.identity.Actor;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Playing an interview recording's working copy (and showing its waveform) with seeking: each read is
 * a consultation, or a disclosure naming its recipient, with a purpose, as for the master. A derived
 * file is verified as the master is (ADR 0083): one that no longer matches its hash marks the
 * recording's working copy failed, audited, and is never served again; the master is untouched.
 */
@Service
public class RecordingPlayback {

    /** Which derived file is read. */
    public enum Part {
        WORKING_COPY,
        WAVEFORM
    }

    private final Recordings recordings;
    private final RecordingStore store;
    private final DigitalIntegrity integrity;
    private final DigitalReading reading;
    private final AuditTrail audit;
    private final Clock clock;

    RecordingPlayback(
            Recordings recordings,
            RecordingStore store,
            DigitalIntegrity integrity,
            DigitalReading reading,
            AuditTrail audit,
            Clock clock) {
        this.recordings = recordings;
        this.store = store;
        this.integrity = integrity;
        this.reading = reading;
        this.audit = audit;
        this.clock = clock;
    }

    /** A checked, audited read of bytes {@code from}..{@code to} (to null: the end) of the working copy or waveform. */
    public DigitalReading.Opened open(
            Actor actor,
            long itemId,
            Part part,
            String purpose,
            boolean disclosure,
            @Nullable String recipient,
            long from,
            @Nullable Long to) {
        AuditRecord.requirePurpose(purpose);
        if (disclosure && (recipient == null || recipient.isBlank())) {
            throw new InvalidInput("recipient", "A disclosure names who the file is given to.");
        }
        var v = recordings.read(actor, itemId);
        var row = store.find(itemId).orElseThrow();
        if (!v.masterIntact()) {
            throw DigitalReading.tamperedRefusal();
        }
        if (row.state() != DerivationState.READY) {
            throw new Conflict(
                    row.state() == DerivationState.FAILED && row.stateNote() != null
                            ? row.stateNote()
                            : row.state().label() + ".");
        }
        String sha = Objects.requireNonNull(part == Part.WORKING_COPY ? row.workingSha256() : row.waveformSha256());
        long size = Objects.requireNonNull(part == Part.WORKING_COPY ? row.workingSize() : row.waveformSize());
        if (!integrity.unchangedSinceVerified(sha) && !integrity.verify(sha, actor.username())) {
            derivedTampered(itemId, part, actor.username());
            throw new Conflict("The " + words(part) + " no longer matches the SHA-256 taken when it was derived. It is"
                    + " not served; the master is unaffected and the failure is in the audit trail.");
        }
        long from0 = from < 0 ? Math.max(0, size + from) : from;
        long end = to == null || to >= size ? size - 1 : to;
        if (size > 0 && (from0 >= size || end < from0)) {
            throw new InvalidInput("Range", "The range asked for is outside the file of " + size + " bytes.");
        }
        audit.record(new AuditRecord(
                disclosure ? Operation.DISCLOSURE : Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                List.of(
                        RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId),
                        RecordRef.of(RecordType.EXHIBIT, v.exhibitId())),
                purpose,
                disclosure ? recipient : null,
                Outcome.SUCCEEDED,
                (disclosure ? "downloaded " : "played ") + words(part) + " bytes " + from0 + "-" + end + " of "
                        + size));
        var item = new org.constable.evidence.persistence.DigitalItemStore.ItemRow(
                itemId,
                v.exhibitId(),
                v.fileName(),
                part == Part.WORKING_COPY ? Objects.requireNonNull(row.workingType()) : "image/png",
                size,
                size,
                sha,
                org.constable.evidence.domain.DigitalStatus.INTACT,
                row.markedBy(),
                row.markedAt(),
                row.derivedAt(),
                null,
                null);
        return new DigitalReading.Opened(item, sha, size, size == 0 ? 0 : from0, end);
    }

    /** Streams the bytes; a whole read re-takes the hash and is broken off before its end on a mismatch. */
    public void stream(DigitalReading.Opened o, Part part, OutputStream out, String by) throws IOException {
        try {
            reading.stream(o, out, by);
        } catch (IOException e) {
            if (!integrity.unchangedSinceVerified(o.sha256())) {
                derivedTampered(o.item().id(), part, by);
            }
            throw e;
        }
    }

    private void derivedTampered(long itemId, Part part, String by) {
        store.derivedTampered(itemId, "The " + words(part) + " no longer matches its SHA-256 and is not served.");
        audit.recordRegardless(new AuditRecord(
                Operation.ALTERATION,
                by,
                "",
                List.of(RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId)),
                null,
                null,
                Outcome.FAILED,
                "the stored " + words(part) + " no longer matches the SHA-256 taken when it was derived: not served"
                        + " (at " + clock.instant() + ")"));
    }

    private static String words(Part part) {
        return part == Part.WORKING_COPY ? "working copy" : "waveform";
    }
}
