package org.constable.evidence.storage;

import java.io.InputStream;
import org.constable.testsupport.S3CompatibleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
