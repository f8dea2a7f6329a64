package org.constable.evidence.application;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.evidence.domain.DerivationState;
import org.constable.evidence.domain.DigitalStatus;
import org.constable.evidence.persistence.DigitalItemStore;
import org.constable.evidence.persistence.RecordingStore;
import org.constable.evidence.storage.EvidenceStorage;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Derives an interview recording's working copy and waveform in the background, one at a time
 * (ADR 0095): the master is copied out of the store and its hash re-taken on the way (a master that
 * no longer matches is marked tampered and nothing is derived from it), ffmpeg makes the copy and the
 * picture, and each is stored and sealed under its own SHA-256. The state is on the recording for the
 * page to show; recordings left waiting by a restart are taken up again when the application is ready.
 */
@Service
public class RecordingDerivation {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingDerivation.class);
    static final String BY = "working copy derivation";

    private final RecordingStore recordings;
    private final DigitalItemStore items;
    private final EvidenceStorage storage;
    private final DigitalIntegrity integrity;
    private final Ffmpeg ffmpeg;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path work;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recording-derivation");
        t.setDaemon(true);
        return t;
    });

    RecordingDerivation(
            RecordingStore recordings,
            DigitalItemStore items,
            EvidenceStorage storage,
            DigitalIntegrity integrity,
            Ffmpeg ffmpeg,
            AuditTrail audit,
            Clock clock,
            @Value("${constable.evidence.storage-dir}") Path storageDir) {
        this.recordings = recordings;
        this.items = items;
        this.storage = storage;
        this.integrity = integrity;
        this.ffmpeg = ffmpeg;
        this.audit = audit;
        this.clock = clock;
        this.work = storageDir.toAbsolutePath().normalize().resolveSibling("evidence-derivation");
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterRestart() {
        recordings.pending().forEach(this::submit);
    }

    /** Queues the derivation; it runs on the one background worker. */
    public void submit(long itemId) {
        worker.execute(() -> {
            try {
                derive(itemId);
            } catch (RuntimeException e) {
                LOG.error("deriving the working copy of recording {} failed", itemId, e);
                recordings.state(itemId, DerivationState.FAILED, "The server failed while deriving; try again later.");
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void derive(long itemId) {
        var rec = recordings.find(itemId).orElse(null);
        var item = items.find(itemId).orElse(null);
        if (rec == null || item == null || !rec.state().pending()) {
            return;
        }
        if (!ffmpeg.available()) {
            recordings.state(itemId, DerivationState.NO_TOOL, null);
            return;
        }
        if (item.status() != DigitalStatus.INTACT || item.sha256() == null) {
            recordings.state(itemId, DerivationState.FAILED, "The master is not sealed and intact.");
            return;
        }
        recordings.state(itemId, DerivationState.DERIVING, null);
        Path dir = null;
        try {
            Files.createDirectories(work);
            dir = Files.createTempDirectory(work, "item-" + itemId + "-");
            Path master = dir.resolve("master");
            if (!copyVerified(item.sha256(), master)) {
                integrity.tampered(item.sha256(), BY);
                recordings.state(
                        itemId,
                        DerivationState.FAILED,
                        "The master no longer matches its SHA-256; nothing was derived from it.");
                return;
            }
            Path copy = dir.resolve("working.mp4");
            Path wave = dir.resolve("waveform.png");
            ffmpeg.workingCopy(master, rec.kind(), copy);
            ffmpeg.waveform(master, wave);
            Long duration = ffmpeg.durationMillis(copy);
            String copySha = put(copy, "work-" + itemId);
            String waveSha = put(wave, "wave-" + itemId);
            integrity.sealedNow(copySha);
            integrity.sealedNow(waveSha);
            var derived = new RecordingStore.Derived(
                    copySha, Files.size(copy), rec.kind().workingType(), waveSha, Files.size(wave), duration);
            recordings.derived(itemId, derived, clock.instant());
            audit.recordRegardless(new AuditRecord(
                    Operation.COLLECTION,
                    BY,
                    "",
                    List.of(RecordRef.of(RecordType.DIGITAL_EVIDENCE, itemId)),
                    null,
                    null,
                    Outcome.SUCCEEDED,
                    "working copy derived from master SHA-256 " + item.sha256() + ": " + Files.size(copy)
                            + " bytes, SHA-256 " + copySha + "; waveform SHA-256 " + waveSha));
        } catch (IOException e) {
            LOG.warn("ffmpeg could not derive a working copy of recording {}: {}", itemId, e.getMessage());
            recordings.state(
                    itemId,
                    DerivationState.FAILED,
                    "ffmpeg could not read the master as audio or video; the master itself is unchanged.");
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /** Copies the sealed master out, answering whether the bytes still match its hash. */
    private boolean copyVerified(String sha256, Path to) throws IOException {
        MessageDigest d = DigitalUploads.sha256();
        try (InputStream in = storage.open(sha256, 0);
                OutputStream out = Files.newOutputStream(to)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest()).equals(sha256);
    }

    /** Stores a derived file under its own hash (content-addressed, like the master). */
    private String put(Path file, String prefix) throws IOException {
        String key = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        MessageDigest d = DigitalUploads.sha256();
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            storage.append(key, 0, in, size, (buf, n) -> d.update(buf, 0, n));
        }
        String sha = HexFormat.of().formatHex(d.digest());
        storage.seal(key, sha);
        return sha;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not clear the derivation folder {}", dir);
        }
    }
}
