package org.constable.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Random;
import org.constable.testsupport.Json;
import org.constable.testsupport.S3CompatibleServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The same exhibits and digital evidence journeys over the API, with the application configured as
 * in production on an S3-compatible object store (ADR 0098): a real s3proxy server (ADR 0099), the
 * credentials found by the SDK's default chain, the sealed original changed in the bucket by an
 * intruder. Its own application context, on purpose.
 */
class DigitalEvidenceOnAnS3StoreTest extends ExhibitsAndDigitalEvidenceOverTheApiTest {

    static final String BUCKET = "constable-evidence-" + System.nanoTime();

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry r) {
        var server = S3CompatibleServer.get();
        server.bucket(BUCKET);
        // what the environment gives the SDK's default chain in production
        System.setProperty("aws.accessKeyId", S3CompatibleServer.IDENTITY);
        System.setProperty("aws.secretAccessKey", S3CompatibleServer.CREDENTIAL);
        r.add("constable.evidence.storage", () -> "s3");
        r.add("constable.evidence.s3.endpoint", server::endpoint);
        r.add("constable.evidence.s3.region", () -> S3CompatibleServer.REGION);
        r.add("constable.evidence.s3.bucket", () -> BUCKET);
        r.add("constable.evidence.s3.path-style", () -> "true");
        r.add("constable.evidence.s3.part-size", () -> "5MB");
    }

    /**
     * An intruder with the bucket's keys rewrites the sealed original with one byte changed (S3 keeps
     * no old time): the object the hash's pointer names (ADR 0115).
     */
    @Override
    void flipAByte(String sha, boolean keepTime) throws Exception {
        String pointer = "sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
        try (var client = S3CompatibleServer.get().client()) {
            String key;
            try (InputStream in = client.getObject(g -> g.bucket(BUCKET).key(pointer))) {
                key = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            }
            assertThat(key).startsWith("originals/");
            byte[] b;
            try (InputStream in = client.getObject(g -> g.bucket(BUCKET).key(key))) {
                b = in.readAllBytes();
            }
            b[b.length / 2] ^= 0x01;
            client.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromBytes(b));
        }
    }

    /**
     * An object store gives every write a new ETag, so a changed object is never trusted for a
     * partial read; the scheduled check finds it as well.
     */
    @Override
    @Test
    void theScheduledCheckFindsAChangeThatKeptTheFilesTimeAndSize() throws Exception {
        long id = exhibit(officer, crime(), "IJ/1", null);
        byte[] file = new byte[6 * 1024 * 1024 + 1];
        new Random(7).nextBytes(file);
        long item = create(investigator, id, file.length);
        String sha = Json.read(patch(item, 0, file).body()).get("sha256").asString();
        flipAByte(sha, true);
        clock.advance(Duration.ofHours(25));
        assertThat(integrity.checkDue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM evidence.digital_item WHERE id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("TAMPERED");
    }
}
