package org.constable.evidence.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.CustodyInterviews;
import org.constable.evidence.domain.DigitalStatus;
import org.constable.evidence.persistence.DigitalItemStore;
import org.constable.evidence.persistence.RecordingStore;
import org.constable.evidence.storage.EvidenceStorage;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Resumable uploads of digital evidence (ADR 0083): an item is created with its declared size, then
 * its bytes arrive in any number of requests, each appended at the offset the client names, which
 * must be what has arrived so far. The SHA-256 is taken as the bytes are written, so a complete
 * upload is sealed at once under its hash. No request holds a database connection while bytes flow.
 */
@Service
public class DigitalUploads {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DigitalUploads.class);

    /** Bytes arrived so far, and the hash once complete. */
    public record Progress(
            long received, long size, @Nullable String sha256) {}

    private record Hashing(MessageDigest digest, long length) {}

    private final DigitalItemStore items;
    private final EvidenceStorage storage;
    private final ExhibitAccess access;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final DigitalIntegrity integrity;
    private final Map<Long, ReentrantLock> receiving = new ConcurrentHashMap<>();
    private final Map<Long, Hashing> hashes = new ConcurrentHashMap<>();

    private final RecordingStore recordings;
    private final CustodyInterviews custody;

    DigitalUploads(
            DigitalItemStore items,
            EvidenceStorage storage,
            ExhibitAccess access,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock,
            DigitalIntegrity integrity,
            RecordingStore recordings,
            CustodyInterviews custody) {
        this.integrity = integrity;
        this.recordings = recordings;
        this.custody = custody;
        this.items = items;
        this.storage = storage;
        this.access = access;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public long create(
            Actor actor, long exhibitId, @Nullable String fileName, @Nullable String mediaType, @Nullable Long size) {
        var e = access.open(actor, Permission.DIGITAL_EVIDENCE, exhibitId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (fileName == null
                || fileName.isBlank()
                || fileName.length() > 255
                || fileName.contains("/")
                || fileName.contains("\\")) {
            errors.add(
                    "fileName", "Give the file's name as the exhibit holds it (no folders, at most 255 characters).");
        }
        if (mediaType == null || !mediaType.matches("[a-z]+/[a-z0-9.+-]+")) {
            errors.add("mediaType", "Give the file's media type, for example video/mp4 or application/octet-stream.");
        }
        if (size == null || size < 0) {
            errors.add("size", "Give the file's size in bytes (0 or more).");
        }
        errors.throwIfAny();
        long id = items.insert(
                exhibitId,
                java.util.Objects.requireNonNull(fileName),
                java.util.Objects.requireNonNull(mediaType),
                java.util.Objects.requireNonNull(size),
                actor.username(),
                clock.instant());
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.DIGITAL_EVIDENCE, id),
                        RecordRef.of(RecordType.EXHIBIT, exhibitId))
                .withDetail("digital evidence upload started: " + size + " bytes"));
        if (size == 0) {
            receive(actor, id, 0L, InputStream.nullInputStream());
        }
        return id;
    }

    public Progress progress(Actor actor, long id) {
        var item = item(actor, id);
        try {
            long received = item.status() == DigitalStatus.RECEIVING ? storage.received(key(id)) : item.declaredSize();
            return new Progress(received, item.declaredSize(), item.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends the body at {@code offset}. A body cut off keeps what arrived (thrown after the progress
     * is recorded); an offset other than what arrived is a 409 that says where to resume.
     */
    public Progress receive(Actor actor, long id, @Nullable Long offset, InputStream body) {
        var item = item(actor, id);
        if (item.status() != DigitalStatus.RECEIVING) {
            throw new Conflict("This item is complete and sealed; its bytes can never be written again.");
        }
        if (offset == null || offset < 0) {
            throw new InvalidInput("Upload-Offset", "Say at which byte this part starts (the Upload-Offset header).");
        }
        ReentrantLock lock = receiving.computeIfAbsent(id, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new Conflict("Another request is sending bytes of this item; wait for it to end, then resume.");
        }
        try {
            String key = key(id);
            long have = storage.received(key);
            if (offset != have) {
                throw new Conflict(
                        "Upload-Offset: " + have + " bytes have arrived; send the rest from byte " + have + ".");
            }
            Hashing h = hashes.get(id);
            if (h == null || h.length() != have) {
                h = rehash(key, have);
            }
            MessageDigest digest = h.digest();
            long remaining = item.declaredSize() - have;
            long written = 0;
            IOException broken = null;
            long[] counted = {0};
            try {
                written = storage.append(key, have, body, remaining, (buf, n) -> {
                    digest.update(buf, 0, n);
                    counted[0] += n;
                });
            } catch (IOException e) {
                broken = e;
                written = counted[0];
            } catch (RuntimeException e) {
                // the store failed (not the client): what it holds is unknown, so the hash is re-taken from it next
                // time
                hashes.remove(id);
                throw e;
            }
            long now = have + written;
            hashes.put(id, new Hashing(digest, now));
            items.received(id, now);
            if (broken != null) {
                // the client is gone: what arrived is kept and hashed; it resumes from here
                LOG.info("upload of digital evidence item {} broken off after {} bytes; it may resume", id, now);
                return new Progress(now, item.declaredSize(), null);
            }
            if (now == item.declaredSize()) {
                if (body.read() >= 0) {
                    throw new InvalidInput("body", "The file is longer than the size given when the upload began.");
                }
                return seal(actor, id, digest);
            }
            return new Progress(now, item.declaredSize(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    private Progress seal(Actor actor, long id, MessageDigest digest) throws IOException {
        String sha = HexFormat.of().formatHex(digest.digest());
        hashes.remove(id);
        storage.seal(key(id), sha);
        integrity.sealedNow(sha);
        items.sealed(id, sha, clock.instant());
        var item = items.find(id).orElseThrow();
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.DIGITAL_EVIDENCE, id),
                        RecordRef.of(RecordType.EXHIBIT, item.exhibitId()))
                .withDetail("digital evidence sealed: " + item.declaredSize() + " bytes, SHA-256 " + sha));
        return new Progress(item.declaredSize(), item.declaredSize(), sha);
    }

    private Hashing rehash(String key, long have) throws IOException {
        MessageDigest d = sha256();
        long n = 0;
        try (InputStream in = storage.openIncoming(key)) {
            byte[] buf = new byte[64 * 1024];
            int r;
            while (n < have && (r = in.read(buf, 0, (int) Math.min(buf.length, have - n))) > 0) {
                d.update(buf, 0, r);
                n += r;
            }
        }
        return new Hashing(d, n);
    }

    DigitalItemStore.ItemRow item(Actor actor, long id) {
        policy.require(actor, Permission.DIGITAL_EVIDENCE);
        var item = items.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DIGITAL_EVIDENCE, id)));
        try {
            access.open(actor, Permission.DIGITAL_EVIDENCE, item.exhibitId());
        } catch (RecordNotFound e) {
            throw new RecordNotFound(RecordRef.of(RecordType.DIGITAL_EVIDENCE, id));
        }
        // an interview recording inherits its detainee's restriction, read live from custody (ADR 0111)
        Long detention = recordings
                .find(id)
                .map(RecordingStore.RecordingRow::detentionId)
                .orElse(null);
        if (detention != null && !custody.mayName(actor, detention)) {
            throw new RecordNotFound(RecordRef.of(RecordType.DIGITAL_EVIDENCE, id));
        }
        return item;
    }

    static String key(long id) {
        return "item-" + id;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
