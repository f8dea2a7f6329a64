package org.constable.evidence.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.evidence.domain.DigitalStatus;
import org.constable.evidence.persistence.DigitalItemStore;
import org.constable.evidence.storage.EvidenceStorage;
import org.constable.identity.Actor;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Downloading and playing digital evidence: each read is a consultation (or a disclosure, naming its
 * recipient) with a purpose; only an intact item is served, verified as {@link DigitalIntegrity} says;
 * a full read re-takes the hash while it streams and holds back its last chunk until the hash agrees,
 * so a file changed on disk is never delivered whole as if intact.
 */
@Service
public class DigitalReading {

    /** What a request may read: the item and the bytes {@code from}..{@code to} inclusive. */
    public record Opened(DigitalItemStore.ItemRow item, String sha256, long size, long from, long to) {
        public boolean whole() {
            return from == 0 && to == size - 1;
        }

        public long length() {
            return size == 0 ? 0 : to - from + 1;
        }
    }

    private final DigitalUploads uploads;
    private final DigitalIntegrity integrity;
    private final EvidenceStorage storage;
    private final AuditTrail audit;

    DigitalReading(DigitalUploads uploads, DigitalIntegrity integrity, EvidenceStorage storage, AuditTrail audit) {
        this.uploads = uploads;
        this.integrity = integrity;
        this.storage = storage;
        this.audit = audit;
    }

    /**
     * Checks and audits a read of bytes {@code from}..{@code to} (to null: the end). Refused with a
     * 409 when the item is incomplete or tampered; a range outside the file is InvalidInput.
     */
    public Opened open(
            Actor actor,
            long id,
            String purpose,
            boolean disclosure,
            @Nullable String recipient,
            long from,
            @Nullable Long to) {
        AuditRecord.requirePurpose(purpose);
        var item = uploads.item(actor, id);
        if (disclosure && (recipient == null || recipient.isBlank())) {
            throw new InvalidInput("recipient", "A disclosure names who the file is given to.");
        }
        if (item.status() == DigitalStatus.RECEIVING) {
            throw new Conflict("This item is not complete: " + item.received() + " of " + item.declaredSize()
                    + " bytes have arrived.");
        }
        if (item.status() == DigitalStatus.TAMPERED) {
            throw tamperedRefusal();
        }
        String sha = java.util.Objects.requireNonNull(item.sha256());
        if (!integrity.unchangedSinceVerified(sha) && !integrity.verify(sha, actor.username())) {
            throw tamperedRefusal();
        }
        long size = item.declaredSize();
        long end = to == null || to >= size ? size - 1 : to;
        if (size > 0 && (from < 0 || from >= size || end < from)) {
            throw new InvalidInput("Range", "The range asked for is outside the file of " + size + " bytes.");
        }
        audit.record(new AuditRecord(
                disclosure ? Operation.DISCLOSURE : Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                java.util.List.of(
                        RecordRef.of(RecordType.DIGITAL_EVIDENCE, id),
                        RecordRef.of(RecordType.EXHIBIT, item.exhibitId())),
                purpose,
                disclosure ? recipient : null,
                Outcome.SUCCEEDED,
                (disclosure ? "downloaded" : "played or read") + " bytes " + from + "-" + end + " of " + size));
        return new Opened(item, sha, size, size == 0 ? 0 : from, end);
    }

    /**
     * Streams the bytes. A whole read hashes as it goes and writes its last chunk only once the hash
     * agrees; otherwise the item is marked tampered and the response is broken off unfinished.
     */
    public void stream(Opened o, OutputStream out, String by) throws IOException {
        if (o.length() == 0) {
            return;
        }
        MessageDigest d = DigitalUploads.sha256();
        byte[] held = new byte[64 * 1024];
        byte[] buf = new byte[64 * 1024];
        int heldLength = 0;
        long remaining = o.length();
        try (InputStream in = storage.open(o.sha256(), o.from())) {
            while (remaining > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
                if (n < 0) {
                    break;
                }
                if (heldLength > 0) {
                    out.write(held, 0, heldLength);
                }
                byte[] t = held;
                held = buf;
                buf = t;
                heldLength = n;
                d.update(held, 0, n);
                remaining -= n;
            }
        }
        if (o.whole()
                && (remaining != 0 || !HexFormat.of().formatHex(d.digest()).equals(o.sha256()))) {
            integrity.tampered(o.sha256(), by);
            throw new IOException("the stored original no longer matches its hash; the response is broken off");
        }
        if (remaining != 0) {
            throw new IOException("the stored original is shorter than recorded");
        }
        out.write(held, 0, heldLength);
    }

    static Conflict tamperedRefusal() {
        return new Conflict("The stored original no longer matches the SHA-256 taken when it was received. It is"
                + " marked tampered and is not served; the integrity failure is in the audit trail.");
    }
}
