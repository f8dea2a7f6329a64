package org.constable.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every evidence store must do, run against the folder on disk and against a real
 * S3-compatible server (ADR 0098, 0099): bytes arrive in parts at the offset held so far, a broken
 * connection keeps what arrived and the upload resumes, the hash is taken as the bytes are written,
 * a restart that lost the running hash retakes it from the stored bytes, the sealed original is read
 * from any byte, and a stored original changed behind the application's back is seen.
 */
abstract class EvidenceStorageContract {

    /** Larger than two parts of the object store (5 MiB in these tests), and not a multiple of one. */
    static final int SIZE = 12 * 1024 * 1024 + 17;

    abstract EvidenceStorage storage();

    /** Changes one byte of the sealed object in the middle, keeping its size, as an intruder would. */
    abstract void tamper(String sha256) throws Exception;

    static byte[] file(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static String key() {
        return "item-" + Math.abs(new Random().nextLong() % 1_000_000_000L);
    }

    /** Appends bytes {@code from}..{@code to}, hashing what the store says it wrote. */
    long send(String key, byte[] file, int from, int to, MessageDigest d) throws IOException {
        return storage()
                .append(
                        key,
                        from,
                        new ByteArrayInputStream(file, from, to - from),
                        file.length - from,
                        (b, n) -> d.update(b, 0, n));
    }

    byte[] read(String sha, long offset) throws IOException {
        try (InputStream in = storage().open(sha, offset)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileSentInSeveralRequestsIsSealedUnderTheHashTakenAsItArrived() throws Exception {
        byte[] file = file(SIZE, 1);
        String key = key();
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        assertThat(storage().received(key)).isZero();
        assertThat(send(key, file, 0, 3_000_000, d)).isEqualTo(3_000_000);
        assertThat(storage().received(key)).isEqualTo(3_000_000);
        send(key, file, 3_000_000, 9_000_000, d);
        assertThat(storage().received(key)).isEqualTo(9_000_000);
        assertThatThrownBy(() -> send(key, file, 5, 10, MessageDigest.getInstance("SHA-256")))
                .isInstanceOf(IllegalStateException.class);
        send(key, file, 9_000_000, SIZE, d);
        assertThat(storage().received(key)).isEqualTo(SIZE);
        String sha = HexFormat.of().formatHex(d.digest());
        assertThat(sha).isEqualTo(sha(file));
        storage().seal(key, sha);
        assertThat(storage().received(key)).isZero();
        assertThat(storage().fingerprint(sha).size()).isEqualTo(SIZE);
        assertThat(read(sha, 0)).isEqualTo(file);
    }

    @Test
    void aBrokenConnectionKeepsWhatArrivedAndTheUploadResumesToTheRightHash() throws Exception {
        byte[] file = file(SIZE, 2);
        String key = key();
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        int breaksAt = 7 * 1024 * 1024 + 3;
        AtomicLong hashed = new AtomicLong();
        InputStream cut = new InputStream() {
            int at = 0;

            @Override
            public int read() throws IOException {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at >= breaksAt) {
                    throw new IOException("connection reset by peer");
                }
                int n = Math.min(len, breaksAt - at);
                System.arraycopy(file, at, b, off, n);
                at += n;
                return n;
            }
        };
        assertThatThrownBy(() -> storage().append(key, 0, cut, SIZE, (b, n) -> {
                    d.update(b, 0, n);
                    hashed.addAndGet(n);
                }))
                .isInstanceOf(IOException.class);
        assertThat(hashed.get()).isEqualTo(breaksAt);
        assertThat(storage().received(key)).isEqualTo(breaksAt);
        send(key, file, breaksAt, SIZE, d);
        String sha = HexFormat.of().formatHex(d.digest());
        assertThat(sha).isEqualTo(sha(file));
        storage().seal(key, sha);
        assertThat(read(sha, 0)).isEqualTo(file);
    }

    @Test
    void aRestartThatLostTheRunningHashRetakesItFromTheStoredBytesAndResumes() throws Exception {
        byte[] file = file(SIZE, 3);
        String key = key();
        int had = 11 * 1024 * 1024 + 5;
        send(key, file, 0, had, MessageDigest.getInstance("SHA-256"));
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream in = storage().openIncoming(key)) {
            d.update(in.readAllBytes());
        }
        assertThat(storage().received(key)).isEqualTo(had);
        send(key, file, had, SIZE, d);
        String sha = HexFormat.of().formatHex(d.digest());
        assertThat(sha).isEqualTo(sha(file));
        storage().seal(key, sha);
        assertThat(read(sha, 0)).isEqualTo(file);
    }

    @Test
    void aRangeReadStartsAtTheByteAskedFor() throws Exception {
        byte[] file = file(SIZE, 4);
        String key = key();
        send(key, file, 0, SIZE, MessageDigest.getInstance("SHA-256"));
        String sha = sha(file);
        storage().seal(key, sha);
        assertThat(read(sha, 10_000_001)).isEqualTo(Arrays.copyOfRange(file, 10_000_001, SIZE));
        assertThat(read(sha, SIZE - 1)).containsExactly(file[SIZE - 1]);
    }

    @Test
    void aSmallAndAnEmptyFileAreSealedToo() throws Exception {
        byte[] small = "Interview recording, tape 1 of 1.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String key = key();
        send(key, small, 0, small.length, MessageDigest.getInstance("SHA-256"));
        storage().seal(key, sha(small));
        assertThat(read(sha(small), 0)).isEqualTo(small);
        String empty = key();
        send(empty, new byte[0], 0, 0, MessageDigest.getInstance("SHA-256"));
        assertThat(storage().received(empty)).isZero();
        storage().seal(empty, sha(new byte[0]));
        assertThat(read(sha(new byte[0]), 0)).isEmpty();
    }

    @Test
    void bytesAlreadyHeldAreKeptOnceAndTheSecondUploadIsDropped() throws Exception {
        byte[] file = file(6 * 1024 * 1024, 5);
        String sha = sha(file);
        String first = key();
        send(first, file, 0, file.length, MessageDigest.getInstance("SHA-256"));
        storage().seal(first, sha);
        var sealed = storage().fingerprint(sha);
        String second = key();
        send(second, file, 0, file.length, MessageDigest.getInstance("SHA-256"));
        storage().seal(second, sha);
        assertThat(storage().received(second)).isZero();
        assertThat(storage().fingerprint(sha)).isEqualTo(sealed);
        assertThat(read(sha, 0)).isEqualTo(file);
    }

    @Test
    void aStoredOriginalChangedBehindTheApplicationsBackNoLongerMatchesItsFingerprintOrItsHash() throws Exception {
        byte[] file = file(SIZE, 6);
        String key = key();
        send(key, file, 0, SIZE, MessageDigest.getInstance("SHA-256"));
        String sha = sha(file);
        storage().seal(key, sha);
        var before = storage().fingerprint(sha);
        tamper(sha);
        assertThat(storage().fingerprint(sha)).isNotEqualTo(before);
        assertThat(storage().fingerprint(sha).size()).isEqualTo(SIZE);
        assertThat(sha(read(sha, 0))).isNotEqualTo(sha);
    }
}
