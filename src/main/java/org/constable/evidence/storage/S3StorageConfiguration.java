package org.constable.evidence.storage;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Chooses where digital evidence lives (ADR 0098): {@code constable.evidence.storage=folder} (the
 * default, {@link FolderStorage}) or {@code s3}, an S3-compatible object store at
 * {@code constable.evidence.s3.endpoint} (empty: AWS itself), {@code region} and {@code bucket}. The
 * credentials are never configuration: the SDK's default chain finds them (the environment's
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, or the machine's role).
 */
@Configuration(proxyBeanMethods = false)
class S3StorageConfiguration {

    S3StorageConfiguration(@Value("${constable.evidence.storage:folder}") String storage) {
        if (!storage.equals("folder") && !storage.equals("s3")) {
            throw new IllegalStateException("constable.evidence.storage must be folder or s3, not '" + storage + "'");
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "constable.evidence.storage", havingValue = "s3")
    S3Client evidenceS3Client(
            @Value("${constable.evidence.s3.endpoint:}") String endpoint,
            @Value("${constable.evidence.s3.region:}") String region,
            @Value("${constable.evidence.s3.path-style:false}") boolean pathStyle) {
        if (region.isBlank()) {
            throw new IllegalStateException("constable.evidence.s3.region is required when the storage is s3");
        }
        var b = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(pathStyle)
                // a copy of several gigabytes on the store's side may answer only when it is done
                .httpClientBuilder(Apache5HttpClient.builder()
                        .socketTimeout(Duration.ofMinutes(10))
                        .maxConnections(16));
        if (!endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint));
        }
        return b.build();
    }

    @Bean
    @ConditionalOnProperty(name = "constable.evidence.storage", havingValue = "s3")
    S3Storage s3Storage(
            S3Client evidenceS3Client,
            @Value("${constable.evidence.s3.bucket:}") String bucket,
            @Value("${constable.evidence.s3.part-size:16MB}") org.springframework.util.unit.DataSize partSize) {
        if (bucket.isBlank()) {
            throw new IllegalStateException("constable.evidence.s3.bucket is required when the storage is s3");
        }
        try {
            evidenceS3Client.headBucket(h -> h.bucket(bucket));
        } catch (S3Exception e) {
            throw new IllegalStateException(
                    "the evidence bucket '" + bucket + "' cannot be reached (HTTP " + e.statusCode() + ")", e);
        }
        return new S3Storage(evidenceS3Client, bucket, Math.toIntExact(partSize.toBytes()));
    }
}
