package org.constable.evidence.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.evidence.persistence.DigitalItemStore;
import org.constable.evidence.storage.EvidenceStorage;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Proves that each stored original is still the bytes received (ADR 0083): a full read re-takes the
 * SHA-256; an object whose size and time of last change are those seen at its last verification is
 * trusted for a partial read, any other is verified in full first; a scheduled check re-verifies
 * every item at the configured interval, by the injected clock. A mismatch marks every item with
 * those bytes TAMPERED for good, audited, and nothing is served from it again.
 */
@Service
public class DigitalIntegrity {

    private static final Logger LOG = LoggerFactory.getLogger(DigitalIntegrity.class);

    private final DigitalItemStore items;
    private final EvidenceStorage storage;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, EvidenceStorage.Fingerprint> verified = new ConcurrentHashMap<>();

    DigitalIntegrity(
            DigitalItemStore items,
            EvidenceStorage storage,
            AuditTrail audit,
            Clock clock,
            @Value("${constable.evidence.verify-every:24h}") Duration interval) {
        this.items = items;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
        this.interval = interval;
    }

    /** Whether the object is as it was when last verified in full (same size and time of change). */
    public boolean unchangedSinceVerified(String sha256) {
        try {
            var seen = verified.get(sha256);
            return seen != null && seen.equals(storage.fingerprint(sha256));
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the whole object and compares its hash; a mismatch (or a missing object) is reported as tampering. */
    public boolean verify(String sha256, String by) {
        try {
            var before = storage.fingerprint(sha256);
            MessageDigest d = DigitalUploads.sha256();
            try (InputStream in = storage.open(sha256, 0)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    d.update(buf, 0, n);
                }
            }
            if (HexFormat.of().formatHex(d.digest()).equals(sha256)) {
                verified.put(sha256, before);
                items.verified(sha256, clock.instant());
                return true;
            }
        } catch (IOException e) {
            LOG.warn("stored evidence object could not be read for verification");
        }
        tampered(sha256, by);
        return false;
    }

    /** A recorded verification of a newly sealed object (its hash was just taken from these bytes). */
    public void sealedNow(String sha256) {
        try {
            verified.put(sha256, storage.fingerprint(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks every intact item with these bytes tampered, audited as a failed alteration of each. */
    public void tampered(String sha256, String by) {
        verified.remove(sha256);
        List<Long> marked = items.tampered(sha256, clock.instant());
        for (long id : marked) {
            audit.recordRegardless(new AuditRecord(
                    Operation.ALTERATION,
                    by,
                    "",
                    List.of(RecordRef.of(RecordType.DIGITAL_EVIDENCE, id)),
                    null,
                    null,
                    Outcome.FAILED,
                    "the stored original no longer matches the SHA-256 taken when it was received: marked tampered,"
                            + " not served"));
            LOG.error("digital evidence item {} no longer matches its hash: marked tampered", id);
        }
    }

    /** Verifies every intact item not verified within the interval; answers how many were found tampered. */
    @Scheduled(
            fixedDelayString = "${constable.evidence.check-every:15m}",
            initialDelayString = "${constable.evidence.check-every:15m}")
    public int checkDue() {
        int bad = 0;
        for (var item : items.dueForCheck(clock.instant().minus(interval), 1000)) {
            String sha = java.util.Objects.requireNonNull(item.sha256(), "an intact item has its hash");
            if (!verify(sha, "scheduled integrity check")) {
                bad++;
            }
        }
        return bad;
    }
}
