package org.constable.evidence.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.audit.Purpose;
import org.constable.evidence.application.DigitalReading;
import org.constable.evidence.application.DigitalUploads;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Digital evidence over REST (ADR 0083): create an upload, send its bytes in as many PATCH requests as
 * it takes (each at the {@code Upload-Offset} that GET or HEAD of the upload reports), then download or
 * play the sealed original with range requests, each read audited with its purpose.
 */
@RestController
class DigitalEvidenceApi {

    static final String OFFSET = "Upload-Offset";
    static final String LENGTH = "Upload-Length";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    record UploadBody(
            @Nullable String fileName,
            @Nullable String mediaType,
            @Nullable Long size) {}

    private final DigitalUploads uploads;
    private final DigitalReading reading;
    private final CurrentActor actors;

    DigitalEvidenceApi(DigitalUploads uploads, DigitalReading reading, CurrentActor actors) {
        this.uploads = uploads;
        this.reading = reading;
        this.actors = actors;
    }

    @PostMapping("/api/v1/exhibits/{id}/digital-evidence")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, @RequestBody UploadBody b) {
        long item = uploads.create(actors.require(), id, b.fileName(), b.mediaType(), b.size());
        String upload = "/api/v1/digital-evidence/" + item + "/upload";
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, upload)
                .body(Map.of("id", item, "upload", upload));
    }

    /** How much of the upload has arrived (also as HEAD, in the Upload-Offset header): byte counts and the hash only. */
    @GetMapping("/api/v1/digital-evidence/{id}/upload")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    ResponseEntity<DigitalUploads.Progress> progress(@PathVariable long id) {
        var p = uploads.progress(actors.require(), id);
        return ResponseEntity.ok()
                .header(OFFSET, Long.toString(p.received()))
                .header(LENGTH, Long.toString(p.size()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(p);
    }

    /** Appends the raw body at Upload-Offset; the answer says how much has arrived, with the hash once complete. */
    @PatchMapping("/api/v1/digital-evidence/{id}/upload")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    ResponseEntity<DigitalUploads.Progress> receive(
            @PathVariable long id,
            @RequestHeader(name = OFFSET, required = false) @Nullable Long offset,
            HttpServletRequest request) {
        try {
            var p = uploads.receive(actors.require(), id, offset, request.getInputStream());
            return ResponseEntity.ok()
                    .header(OFFSET, Long.toString(p.received()))
                    .header(LENGTH, Long.toString(p.size()))
                    .body(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sealed original, whole or one byte range (206), for playback with seeking. {@code use}
     * DISCLOSURE (with {@code recipient}) when the file is given to someone outside; otherwise a consultation.
     */
    @GetMapping("/api/v1/digital-evidence/{id}/content")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    void content(
            @PathVariable long id,
            @Purpose String purpose,
            @RequestParam(defaultValue = "CONSULTATION") Use use,
            @RequestParam(required = false) @Nullable String recipient,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
            HttpServletResponse response)
            throws IOException {
        long from = 0;
        Long to = null;
        boolean partial = false;
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                throw new InvalidInput("Range", "Ask for one range of bytes, e.g. bytes=0-1023 or bytes=1024-.");
            }
            partial = true;
            if (m.group(1).isEmpty()) {
                from = -Long.parseLong(m.group(2)); // a suffix: the last n bytes, settled below
            } else {
                from = Long.parseLong(m.group(1));
                to = m.group(2).isEmpty() ? null : Long.parseLong(m.group(2));
            }
        }
        var actor = actors.require();
        DigitalReading.Opened o;
        if (from < 0) {
            var sized = uploads.progress(actor, id);
            from = Math.max(0, sized.size() + from);
        }
        o = reading.open(actor, id, purpose, use == Use.DISCLOSURE, recipient, from, to);
        response.setStatus(partial ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
        response.setContentType(o.item().mediaType());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // the media type is the uploader's word: the bytes are never sniffed or run as a page of this site
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.addHeader("Content-Security-Policy", "sandbox; default-src 'none'; media-src 'self'");
        response.setHeader("Digest", "sha-256=" + o.sha256());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                (use == Use.DISCLOSURE ? "attachment" : "inline") + "; filename=\"evidence-" + id + "\"");
        if (partial) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + o.from() + "-" + o.to() + "/" + o.size());
        }
        response.setContentLengthLong(o.length());
        reading.stream(o, response.getOutputStream(), actor.username());
    }

    /** How a download is recorded: read here (consultation) or handed to someone outside (disclosure). */
    enum Use {
        CONSULTATION,
        DISCLOSURE
    }
}
