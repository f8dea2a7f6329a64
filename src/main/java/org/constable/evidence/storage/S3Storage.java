package org.constable.evidence.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence storage on an S3-compatible object store (ADRs 0098, 0115). An upload in progress is one
 * S3 multipart upload whose parts are all exactly {@code partSize} bytes, filled as the bytes arrive
 * (one part in memory at a time, never the file); the bytes after the last full part - where a
 * connection broke or a request ended - are kept as a small {@code tail} object and become the head
 * of the next part. The multipart upload writes to an original's own key, {@code originals/<uuid>},
 * chosen when the upload begins; sealing uploads the tail as the last part, completes the upload,
 * and writes a small pointer {@code sha256/ab/cd/<hash>} naming that key. Neither is written again.
 * Keys under {@code incoming/<key>/}: {@code original} (the original's key), {@code upload-id} (the
 * open multipart upload) and {@code tail}. After a restart lost the running hash, the open upload is
 * completed into the original's key to be read (an open multipart upload cannot be read).
 */
public final class S3Storage implements EvidenceStorage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /** S3's smallest part but the last. */
    static final int MIN_PART = 5 * 1024 * 1024;

    private static final int CHUNK = 256 * 1024;
    private static final String ORIGINALS = "originals/";
    private static final Pattern ORIGINAL = Pattern.compile("originals/[0-9a-f-]{36}");

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    /** What is held of one upload in progress. */
    private record State(
            String original, boolean recorded, @Nullable String uploadId, List<Part> parts, long base, long tail) {
        long total() {
            return base + tail + parts.stream().mapToLong(Part::size).sum();
        }
    }

    public S3Storage(S3Client s3, String bucket, int partSize) {
        if (partSize < MIN_PART) {
            throw new IllegalStateException("constable.evidence.s3.part-size must be at least 5 MiB");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    @Override
    public long received(String uploadKey) throws IOException {
        return state(prefix(uploadKey)).total();
    }

    @Override
    public InputStream openIncoming(String uploadKey) throws IOException {
        String p = prefix(uploadKey);
        State st = state(p);
        if (st.uploadId() != null) {
            // an open multipart upload cannot be read: complete what it holds into the original's key
            if (st.parts().isEmpty()) {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(st.original()).uploadId(st.uploadId()));
            } else {
                complete(st.original(), java.util.Objects.requireNonNull(st.uploadId()), st.parts());
            }
            s3.deleteObject(b -> b.bucket(bucket).key(p + "upload-id"));
        }
        InputStream base = exists(st.original()) ? get(st.original(), 0) : InputStream.nullInputStream();
        InputStream tail = st.tail() > 0 ? get(p + "tail", 0) : InputStream.nullInputStream();
        return new SequenceInputStream(base, tail);
    }

    @Override
    public long append(String uploadKey, long offset, InputStream in, long max, ChunkListener written)
            throws IOException {
        String p = prefix(uploadKey);
        State st = state(p);
        if (st.total() != offset) {
            throw new IllegalStateException("offset " + offset + " is not the end of the upload " + st.total());
        }
        byte[] part = new byte[partSize];
        int filled = 0;
        boolean tailConsumed = false;
        if (st.tail() > 0) {
            try (InputStream t = get(p + "tail", 0)) {
                filled = t.readNBytes(part, 0, (int) st.tail());
            }
            tailConsumed = true;
        }
        Uploading up = new Uploading(p, st);
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        IOException broken = null;
        try {
            while (total < max) {
                int n = in.read(chunk, 0, (int) Math.min(Math.min(chunk.length, partSize - filled), max - total));
                if (n < 0) {
                    break;
                }
                System.arraycopy(chunk, 0, part, filled, n);
                written.written(chunk, n);
                filled += n;
                total += n;
                if (filled == partSize) {
                    up.part(part, filled);
                    filled = 0;
                    if (tailConsumed) {
                        s3.deleteObject(b -> b.bucket(bucket).key(p + "tail"));
                        tailConsumed = false;
                    }
                }
            }
        } catch (IOException e) {
            broken = e;
        }
        if (filled > 0) {
            int length = filled;
            s3.putObject(
                    b -> b.bucket(bucket).key(p + "tail"),
                    RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, length), length));
        } else if (tailConsumed) {
            s3.deleteObject(b -> b.bucket(bucket).key(p + "tail"));
        }
        if (broken != null) {
            throw broken;
        }
        return total;
    }

    @Override
    public void seal(String uploadKey, String sha256) throws IOException {
        String p = prefix(uploadKey);
        String pointer = sealedPointer(sha256);
        State st = state(p);
        String held = exists(pointer) ? original(pointer) : null;
        if (held != null) {
            if (!held.equals(st.original())) {
                // those bytes are already held: this upload's own original is dropped
                if (st.uploadId() != null) {
                    s3.abortMultipartUpload(
                            b -> b.bucket(bucket).key(st.original()).uploadId(st.uploadId()));
                }
                s3.deleteObject(b -> b.bucket(bucket).key(st.original()));
            }
            deleteIncoming(p);
            return;
        }
        byte[] tail;
        try (InputStream t = st.tail() > 0 ? get(p + "tail", 0) : InputStream.nullInputStream()) {
            tail = t.readAllBytes();
        }
        if (st.uploadId() == null && st.base() == 0) {
            record(p, st);
            s3.putObject(b -> b.bucket(bucket).key(st.original()), RequestBody.fromBytes(tail));
            s3.deleteObject(b -> b.bucket(bucket).key(p + "tail"));
        } else if (st.uploadId() != null || tail.length > 0) {
            // each step leaves a state whose byte count is right, so a crash in between can seal again
            Uploading up = new Uploading(p, st);
            if (tail.length > 0) {
                up.part(tail, tail.length);
                s3.deleteObject(b -> b.bucket(bucket).key(p + "tail"));
            }
            complete(st.original(), up.uploadId(), up.parts);
            s3.deleteObject(b -> b.bucket(bucket).key(p + "upload-id"));
        }
        // the bytes stay where their upload put them; the hash's key only names them (ADR 0115)
        s3.putObject(
                b -> b.bucket(bucket).key(pointer).contentType("text/plain"), RequestBody.fromString(st.original()));
        deleteIncoming(p);
    }

    @Override
    public Fingerprint fingerprint(String sha256) throws IOException {
        try {
            String original = sealedKey(sha256);
            HeadObjectResponse h = s3.headObject(b -> b.bucket(bucket).key(original));
            var t = h.lastModified();
            // the original's key is part of its version: a pointer turned to other bytes changes it
            return new Fingerprint(
                    h.contentLength(),
                    t.getEpochSecond() * 1_000_000_000L + t.getNano(),
                    original + " " + (h.eTag() == null ? "" : h.eTag()));
        } catch (S3Exception e) {
            throw new IOException("the stored object cannot be found (" + e.statusCode() + ")", e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        return get(sealedKey(sha256), offset);
    }

    /** The key of a sealed original's bytes, as its pointer names them (and for tests that play an intruder). */
    String sealedKey(String sha256) throws IOException {
        String pointer = sealedPointer(sha256);
        try {
            return original(pointer);
        } catch (S3Exception e) {
            throw new IOException("the stored object cannot be found (" + e.statusCode() + ")", e);
        }
    }

    /** The key of the small object that names a sealed original's key. */
    static String sealedPointer(String sha256) {
        if (!HASH.matcher(sha256).matches()) {
            throw new IllegalStateException("not a SHA-256");
        }
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /** The original's key a small object names; anything else is not trusted as a key. */
    private String original(String key) throws IOException {
        String named;
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            named = new String(in.readNBytes(128), StandardCharsets.UTF_8).trim();
        }
        if (!ORIGINAL.matcher(named).matches()) {
            throw new IOException("the stored object does not name an original");
        }
        return named;
    }

    /** The open multipart upload of one key, begun when its first part is sent. */
    private final class Uploading {
        private final String prefix;
        private final State st;
        private final String original;
        private @Nullable String uploadId;
        private final List<Part> parts;
        private final long base;

        Uploading(String prefix, State st) {
            this.prefix = prefix;
            this.st = st;
            this.original = st.original();
            this.uploadId = st.uploadId();
            this.parts = new ArrayList<>(st.parts());
            this.base = st.base();
        }

        String uploadId() {
            if (uploadId == null) {
                begin();
            }
            return java.util.Objects.requireNonNull(uploadId);
        }

        void part(byte[] bytes, int length) {
            String id = uploadId();
            int number = parts.size() + 1;
            var r = s3.uploadPart(
                    b -> b.bucket(bucket)
                            .key(original)
                            .uploadId(id)
                            .partNumber(number)
                            .contentLength((long) length),
                    RequestBody.fromInputStream(new ByteArrayInputStream(bytes, 0, length), length));
            parts.add(Part.builder()
                    .partNumber(number)
                    .eTag(r.eTag())
                    .size((long) length)
                    .build());
        }

        /** A new multipart upload; a base left by a restart is copied into it on the store's side first. */
        private void begin() {
            record(prefix, st);
            String id = s3.createMultipartUpload(b -> b.bucket(bucket).key(original))
                    .uploadId();
            for (long from = 0; from < base; from += partSize) {
                int number = parts.size() + 1;
                long to = Math.min(base, from + partSize) - 1;
                String range = "bytes=" + from + "-" + to;
                var r = s3.uploadPartCopy(b -> b.sourceBucket(bucket)
                        .sourceKey(original)
                        .destinationBucket(bucket)
                        .destinationKey(original)
                        .uploadId(id)
                        .partNumber(number)
                        .copySourceRange(range));
                parts.add(Part.builder()
                        .partNumber(number)
                        .eTag(r.copyPartResult().eTag())
                        .size(to - from + 1)
                        .build());
            }
            // from here the base's bytes are counted in the upload's parts, not in the base object
            s3.putObject(b -> b.bucket(bucket).key(prefix + "upload-id"), RequestBody.fromString(id));
            if (base > 0) {
                s3.deleteObject(b -> b.bucket(bucket).key(original));
            }
            uploadId = id;
        }
    }

    private void complete(String key, String uploadId, List<Part> parts) {
        List<CompletedPart> done = parts.stream()
                .map(x -> CompletedPart.builder()
                        .partNumber(x.partNumber())
                        .eTag(x.eTag())
                        .build())
                .toList();
        s3.completeMultipartUpload(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(done)));
    }

    private State state(String p) throws IOException {
        boolean recorded = exists(p + "original");
        // nothing is written to an original's key before that key is recorded (see record)
        String original = recorded ? original(p + "original") : ORIGINALS + UUID.randomUUID();
        String uploadId = null;
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(p + "upload-id"))) {
            uploadId = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (NoSuchKeyException e) {
            // no multipart upload yet
        }
        List<Part> parts = new ArrayList<>();
        long base = 0;
        if (uploadId != null) {
            String id = uploadId;
            try {
                s3.listPartsPaginator(b -> b.bucket(bucket).key(original).uploadId(id))
                        .parts()
                        .forEach(parts::add);
            } catch (NoSuchUploadException e) {
                // completed into the original's key just before a crash: that object holds those bytes
                s3.deleteObject(b -> b.bucket(bucket).key(p + "upload-id"));
                uploadId = null;
            }
        }
        if (uploadId == null) {
            base = size(original);
        }
        return new State(original, recorded, uploadId, List.copyOf(parts), base, size(p + "tail"));
    }

    /** Records the key an upload's original is written to, before the first write to it. */
    private void record(String p, State st) {
        if (!st.recorded()) {
            s3.putObject(b -> b.bucket(bucket).key(p + "original"), RequestBody.fromString(st.original()));
        }
    }

    private void deleteIncoming(String p) {
        for (String k : List.of("tail", "upload-id", "original")) {
            s3.deleteObject(b -> b.bucket(bucket).key(p + k));
        }
    }

    private long size(String key) {
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
        } catch (NoSuchKeyException e) {
            return 0;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return 0;
            }
            throw e;
        }
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private InputStream get(String key, long offset) throws IOException {
        try {
            return s3.getObject(b -> {
                b.bucket(bucket).key(key);
                if (offset > 0) {
                    b.range("bytes=" + offset + "-");
                }
            });
        } catch (S3Exception e) {
            throw new IOException("the stored object cannot be read (" + e.statusCode() + ")", e);
        }
    }

    private static String prefix(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalStateException("not an upload key");
        }
        return "incoming/" + key + "/";
    }
}
