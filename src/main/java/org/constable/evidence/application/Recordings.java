package org.constable.evidence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.CustodyInterviews;
import org.constable.evidence.domain.DerivationState;
import org.constable.evidence.domain.DigitalStatus;
import org.constable.evidence.domain.RecordingKind;
import org.constable.evidence.domain.Timecode;
import org.constable.evidence.persistence.ExhibitStore;
import org.constable.evidence.persistence.RecordingStore;
import org.constable.identity.Actor;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Interview recordings (ADR 0095): a sealed audio or video item is marked as a recording, linked to
 * the custody record's interview, and its working copy and waveform are derived in the background;
 * bookmarks with notes are made at timecodes. The recording inherits the exhibit's need-to-know, so
 * to anyone without it a recording answers exactly as a missing one; each reading is audited.
 */
@Service
public class Recordings {

    /** A bookmark as shown and sent. */
    public record Bookmark(
            long id,
            long atMs,
            String at,
            double seconds,
            String note,
            String madeBy,
            Instant madeAt,
            String madeAtLocal) {}

    /** What the recording page and the API show of one recording. */
    public record RecordingView(
            long id,
            String fileName,
            String masterType,
            long masterSize,
            @Nullable String masterSha256,
            String masterStatus,
            boolean masterIntact,
            long exhibitId,
            String exhibitReference,
            long crimeId,
            String crimeReference,
            @Nullable Long detentionId,
            @Nullable Integer interviewNo,
            RecordingKind kind,
            DerivationState state,
            String stateLabel,
            @Nullable String stateNote,
            @Nullable String workingSha256,
            @Nullable Long workingSize,
            @Nullable String waveformSha256,
            @Nullable String duration,
            List<Bookmark> bookmarks) {

        public boolean ready() {
            return state == DerivationState.READY && masterIntact;
        }

        public boolean video() {
            return kind == RecordingKind.VIDEO;
        }
    }

    private final DigitalUploads uploads;
    private final ExhibitStore exhibits;
    private final ExhibitQueries queries;
    private final RecordingStore recordings;
    private final RecordingDerivation derivation;
    private final Ffmpeg ffmpeg;
    private final AuditTrail audit;
    private final CustodyInterviews custody;
    private final Clock clock;

    Recordings(
            DigitalUploads uploads,
            ExhibitStore exhibits,
            ExhibitQueries queries,
            RecordingStore recordings,
            RecordingDerivation derivation,
            Ffmpeg ffmpeg,
            AuditTrail audit,
            CustodyInterviews custody,
            Clock clock) {
        this.uploads = uploads;
        this.exhibits = exhibits;
        this.queries = queries;
        this.recordings = recordings;
        this.derivation = derivation;
        this.ffmpeg = ffmpeg;
        this.audit = audit;
        this.custody = custody;
        this.clock = clock;
    }

    /** Marks a sealed audio or video item as an interview recording and queues its derivation. */
    public void mark(Actor actor, long itemId, @Nullable Long detentionId, @Nullable Integer interviewNo) {
        var item = uploads.item(actor, itemId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        var kind = RecordingKind.of(item.mediaType());
        if (kind.isEmpty()) {
            errors.add("mediaType", "Only an audio or video file (audio/... or video/...) is an interview recording.");
        }
        if (detentionId != null && detentionId <= 0) {
            errors.add("detentionId", "Give the custody record's number, or leave it out.");
        }
        if (interviewNo != null && (interviewNo <= 0 || detentionId == null)) {
            errors.add("interview", "Give the interview's number (1 or more) together with the custody record.");
        }
        errors.throwIfAny();
        linkable(actor, detentionId, interviewNo);
        if (item.status() != DigitalStatus.INTACT) {
            throw new Conflict("Only a complete, sealed and intact file can be marked as an interview recording.");
        }
        if (!recordings.insert(
                itemId, kind.orElseThrow(), detentionId, interviewNo, actor.username(), clock.instant())) {
            throw new Conflict("This file is already an interview recording.");
        }
        audit.record(
                AuditRecord.of(Operation.COLLECTION, actor, null, RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId))
                        .withDetail("marked as an interview recording"
                                + (detentionId == null ? "" : " of custody record " + detentionId)
                                + (interviewNo == null ? "" : ", interview " + interviewNo)));
        derivation.submit(itemId);
    }

    /**
     * The custody record and interview a recording is linked to must exist and be open to the actor;
     * one withheld from the actor answers exactly as a missing one.
     */
    private void linkable(Actor actor, @Nullable Long detentionId, @Nullable Integer interviewNo) {
        if (detentionId == null) {
            return;
        }
        if (!custody.mayName(actor, detentionId)) {
            throw new InvalidInput("detentionId", "There is no custody record " + detentionId + " you may link to.");
        }
        if (interviewNo != null && !custody.mayName(actor, detentionId, interviewNo)) {
            throw new InvalidInput(
                    "interview",
                    "Custody record " + detentionId + " has no interview " + interviewNo
                            + "; schedule it on the custody record first.");
        }
    }

    /** The recording with its bookmarks, audited as a consultation with the purpose. */
    public RecordingView view(Actor actor, long itemId, String purpose) {
        AuditRecord.requirePurpose(purpose);
        var v = read(actor, itemId);
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId),
                        RecordRef.of(RecordType.EXHIBIT, v.exhibitId()))
                .withDetail("interview recording and its bookmarks"));
        return v;
    }

    /** Adds a bookmark with a note at a timecode within the recording. */
    public long bookmark(Actor actor, long itemId, @Nullable String at, @Nullable String note) {
        var v = read(actor, itemId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        var time = at == null ? java.util.Optional.<Timecode>empty() : Timecode.parse(at);
        if (time.isEmpty()) {
            errors.add("at", "Give the time in the recording as h:mm:ss, m:ss or seconds, e.g. 0:01:30.");
        }
        String n = note == null ? "" : note.strip();
        if (n.isEmpty() || n.length() > 2000) {
            errors.add("note", "Write a note of 1 to 2000 characters.");
        }
        errors.throwIfAny();
        Long length = recordings
                .find(itemId)
                .map(RecordingStore.RecordingRow::durationMs)
                .orElse(null);
        if (length != null && time.orElseThrow().millis() > length) {
            throw new InvalidInput(
                    "at", "The recording is " + new Timecode(length).text() + " long; give a time within it.");
        }
        long id = recordings.bookmark(itemId, time.orElseThrow().millis(), n, actor.username(), clock.instant());
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId),
                        RecordRef.of(RecordType.EXHIBIT, v.exhibitId()))
                .withDetail("bookmark at " + time.orElseThrow().text()));
        return id;
    }

    /** The recording for an actor allowed to see it (no audit: the caller audits its read). */
    RecordingView read(Actor actor, long itemId) {
        var item = uploads.item(actor, itemId);
        var rec = recordings
                .find(itemId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId)));
        if (rec.state() == DerivationState.NO_TOOL && ffmpeg.available()) {
            // ffmpeg has been installed since: derive now
            recordings.state(itemId, DerivationState.WAITING, null);
            derivation.submit(itemId);
            rec = recordings.find(itemId).orElseThrow();
        }
        ExhibitStore.ExhibitRow e = exhibits.find(item.exhibitId()).orElseThrow();
        List<Bookmark> marks = recordings.bookmarks(itemId).stream()
                .map(b -> new Bookmark(
                        b.id(),
                        b.atMs(),
                        new Timecode(b.atMs()).text(),
                        b.atMs() / 1000.0,
                        b.note(),
                        b.madeBy(),
                        b.madeAt(),
                        org.constable.shared.ForceTime.dateTime(b.madeAt())))
                .toList();
        return new RecordingView(
                itemId,
                item.fileName(),
                item.mediaType(),
                item.declaredSize(),
                item.sha256(),
                item.status().label(),
                item.status() == DigitalStatus.INTACT,
                e.id(),
                e.reference(),
                e.crimeId(),
                queries.crimeReference(e.crimeId()),
                rec.detentionId(),
                rec.interviewNo(),
                rec.kind(),
                rec.state(),
                rec.state().label(),
                rec.stateNote(),
                rec.workingSha256(),
                rec.workingSize(),
                rec.waveformSha256(),
                rec.durationMs() == null ? null : new Timecode(Objects.requireNonNull(rec.durationMs())).text(),
                marks);
    }

    /** Which of an exhibit's digital items (already read by the caller) are interview recordings, for links. */
    public java.util.Set<Long> among(java.util.Collection<Long> itemIds) {
        return recordings.among(itemIds);
    }
}
