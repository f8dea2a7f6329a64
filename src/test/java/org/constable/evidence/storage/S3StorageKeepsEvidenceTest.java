package org.constable.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.constable.testsupport.S3CompatibleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The evidence storage contract on a real S3-compatible server (s3proxy, ADR 0099), with the
 * smallest part S3 allows so that the tests' files span several parts.
 */
class S3StorageKeepsEvidenceTest extends EvidenceStorageContract {

    static S3Client client;
    static S3Storage storage;
    static String bucket;

    @BeforeAll
    static void start() {
        var server = S3CompatibleServer.get();
        client = server.client();
        bucket = server.bucket("evidence-contract-" + System.nanoTime());
        storage = new S3Storage(client, bucket, S3Storage.MIN_PART);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Override
    EvidenceStorage storage() {
        return storage;
    }

    @Test
    void aSealedPointerTurnedToOtherBytesChangesTheFingerprintAndTheBytesRead() throws Exception {
        byte[] mine = new byte[1000];
        byte[] other = new byte[1000];
        new Random(11).nextBytes(mine);
        new Random(12).nextBytes(other);
        String sha = seal(mine);
        String otherSha = seal(other);
        var before = storage.fingerprint(sha);
        String otherKey = storage.sealedKey(otherSha);
        client.putObject(r -> r.bucket(bucket).key(S3Storage.sealedPointer(sha)), RequestBody.fromString(otherKey));
        assertThat(storage.fingerprint(sha)).isNotEqualTo(before);
        try (InputStream in = storage.open(sha, 0)) {
            assertThat(in.readAllBytes()).isNotEqualTo(mine);
        }
    }

    @Test
    void aPointerThatNamesNoOriginalIsNotFollowed() throws Exception {
        byte[] mine = new byte[100];
        new Random(13).nextBytes(mine);
        String sha = seal(mine);
        client.putObject(
                r -> r.bucket(bucket).key(S3Storage.sealedPointer(sha)), RequestBody.fromString("incoming/x/tail"));
        assertThatThrownBy(() -> storage.fingerprint(sha)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> storage.open(sha, 0)).isInstanceOf(IOException.class);
    }

    @Test
    void sealingLeavesOnlyTheOriginalAndItsPointer() throws Exception {
        String fresh = server().bucket("evidence-keys-" + System.nanoTime());
        var only = new S3Storage(client, fresh, S3Storage.MIN_PART);
        byte[] file = new byte[S3Storage.MIN_PART + 10];
        new Random(14).nextBytes(file);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        only.append("k1", 0, new ByteArrayInputStream(file), file.length, (b, n) -> {});
        only.seal("k1", sha);
        only.append("k2", 0, new ByteArrayInputStream(file), file.length, (b, n) -> {});
        only.seal("k2", sha);
        var keys = client.listObjectsV2Paginator(r -> r.bucket(fresh)).contents().stream()
                .map(o -> o.key())
                .sorted()
                .toList();
        assertThat(keys).containsExactly(only.sealedKey(sha), S3Storage.sealedPointer(sha));
    }

    private static String seal(byte[] file) throws Exception {
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        String key = "p" + System.nanoTime();
        storage.append(key, 0, new ByteArrayInputStream(file), file.length, (b, n) -> {});
        storage.seal(key, sha);
        return sha;
    }

    private static S3CompatibleServer server() {
        return S3CompatibleServer.get();
    }

    @Override
    void tamper(String sha256) throws Exception {
        String key = storage.sealedKey(sha256);
        byte[] b;
        try (InputStream in = client.getObject(r -> r.bucket(bucket).key(key))) {
            b = in.readAllBytes();
        }
        b[b.length / 2] ^= 0x01;
        client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(b));
    }
}
