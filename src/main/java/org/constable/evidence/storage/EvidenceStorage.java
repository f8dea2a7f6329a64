package org.constable.evidence.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of digital evidence live (ADR 0083). An upload arrives in an incoming area under
 * its own key, appended at the offset the client says, and is sealed under its SHA-256 once complete;
 * a sealed object is never written again. The folder beside the database is the default
 * ({@link FolderStorage}); {@link S3Storage} implements the same contract on an S3-compatible object
 * store (incoming parts as multipart upload parts; the original stays where its upload wrote it and
 * its hash's key names it; ADRs 0098, 0115).
 */
public interface EvidenceStorage {

    /** How many bytes of the incoming upload have arrived (0 when none). */
    long received(String uploadKey) throws IOException;

    /** The incoming bytes from the start, to re-take a hash lost with a restart. */
    InputStream openIncoming(String uploadKey) throws IOException;

    /**
     * Appends bytes at {@code offset} (which must be {@link #received}); each chunk written is handed
     * to {@code written} before the next is read, so a hash follows exactly what is on disk.
     * Reads at most {@code max} bytes; answers how many were written. A broken connection keeps what
     * was written before it broke, and is thrown after it is safe on disk.
     */
    long append(String uploadKey, long offset, InputStream in, long max, ChunkListener written) throws IOException;

    /** Makes the complete upload readable under its hash; if those bytes are already held, the upload is dropped. */
    void seal(String uploadKey, String sha256) throws IOException;

    /** The size and last change of a sealed object, to tell whether it may have changed since it was verified. */
    Fingerprint fingerprint(String sha256) throws IOException;

    /** The sealed bytes from {@code offset}. */
    InputStream open(String sha256, long offset) throws IOException;

    /** A chunk just written. */
    @FunctionalInterface
    interface ChunkListener {
        void written(byte[] buffer, int length);
    }

    /**
     * What the store says about an object without reading it: its size, time of last change and,
     * where the store has one, the version it gives each write (an object store's ETag).
     */
    record Fingerprint(long size, long modifiedNanos, String version) {
        public Fingerprint(long size, long modifiedNanos) {
            this(size, modifiedNanos, "");
        }
    }
}
