package org.constable.evidence.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.evidence.application.RecordingPlayback;
import org.constable.evidence.application.Recordings;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interview recordings over REST (ADR 0095): mark a sealed audio or video item as a recording (its
 * working copy and waveform are then derived in the background, the state in the recording), read
 * it with its bookmarks, play the working copy with range requests, see the waveform, add bookmarks.
 */
@RestController
class RecordingApi {

    record MarkBody(@Nullable Long detentionId, @Nullable Integer interview) {}

    record BookmarkBody(@Nullable String at, @Nullable String note) {}

    private final Recordings recordings;
    private final RecordingPlayback playback;
    private final CurrentActor actors;

    RecordingApi(Recordings recordings, RecordingPlayback playback, CurrentActor actors) {
        this.recordings = recordings;
        this.playback = playback;
        this.actors = actors;
    }

    @PostMapping("/api/v1/digital-evidence/{id}/recording")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    ResponseEntity<Map<String, Object>> mark(
            @PathVariable long id, @RequestBody(required = false) @Nullable MarkBody b) {
        recordings.mark(actors.require(), id, b == null ? null : b.detentionId(), b == null ? null : b.interview());
        String at = "/api/v1/recordings/" + id;
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, at)
                .body(Map.of("id", id, "recording", at));
    }

    /** The recording: master hash and state, derivation state in words, working copy hash, bookmarks. */
    @GetMapping("/api/v1/recordings/{id}")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    ResponseEntity<Recordings.RecordingView> recording(@PathVariable long id, @Purpose String purpose) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(recordings.view(actors.require(), id, purpose));
    }

    @PostMapping("/api/v1/recordings/{id}/bookmarks")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    ResponseEntity<Map<String, Object>> bookmark(@PathVariable long id, @RequestBody BookmarkBody b) {
        long mark = recordings.bookmark(actors.require(), id, b.at(), b.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", mark));
    }

    /** The browser-playable working copy, whole or one byte range (206), for playback with seeking. */
    @GetMapping("/api/v1/recordings/{id}/working-copy")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    void workingCopy(
            @PathVariable long id,
            @Purpose String purpose,
            @RequestParam(defaultValue = "CONSULTATION") DigitalEvidenceApi.Use use,
            @RequestParam(required = false) @Nullable String recipient,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
            HttpServletResponse response)
            throws IOException {
        serve(id, RecordingPlayback.Part.WORKING_COPY, purpose, use, recipient, range, response);
    }

    /** The waveform picture (PNG). */
    @GetMapping("/api/v1/recordings/{id}/waveform")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    void waveform(@PathVariable long id, @Purpose String purpose, HttpServletResponse response) throws IOException {
        serve(id, RecordingPlayback.Part.WAVEFORM, purpose, DigitalEvidenceApi.Use.CONSULTATION, null, null, response);
    }

    private void serve(
            long id,
            RecordingPlayback.Part part,
            String purpose,
            DigitalEvidenceApi.Use use,
            @Nullable String recipient,
            @Nullable String rangeHeader,
            HttpServletResponse response)
            throws IOException {
        ByteRange range = ByteRange.of(rangeHeader);
        var actor = actors.require();
        boolean disclosure = use == DigitalEvidenceApi.Use.DISCLOSURE;
        var o = playback.open(actor, id, part, purpose, disclosure, recipient, range.from(), range.to());
        response.setStatus(range.partial() ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
        response.setContentType(o.item().mediaType());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.addHeader("Content-Security-Policy", "sandbox; default-src 'none'; media-src 'self'");
        response.setHeader("Digest", "sha-256=" + o.sha256());
        String name =
                part == RecordingPlayback.Part.WORKING_COPY ? "working-copy-" + id + ".mp4" : "waveform-" + id + ".png";
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                (disclosure ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        if (range.partial()) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + o.from() + "-" + o.to() + "/" + o.size());
        }
        response.setContentLengthLong(o.length());
        playback.stream(o, part, response.getOutputStream(), actor.username());
    }
}
