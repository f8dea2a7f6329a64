package org.constable.testsupport;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests (ADR 0099): s3proxy from Maven Central with its
 * filesystem backend, run as a process of its own on a free loopback port over a new temporary
 * folder, once per test JVM and stopped when the JVM ends. Its jar is copied to target/s3proxy by
 * the build (maven-dependency-plugin); its identity is a test-only one.
 */
public final class S3CompatibleServer {

    public static final String IDENTITY = "constable-test";
    public static final String CREDENTIAL = "constable-test-secret";
    public static final String REGION = "eu-west-2";

    private static S3CompatibleServer running;

    private final String endpoint;
    private final Path folder;

    private S3CompatibleServer(String endpoint, Path folder) {
        this.endpoint = endpoint;
        this.folder = folder;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized S3CompatibleServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The folder the server keeps its buckets in. */
    public Path folder() {
        return folder;
    }

    /** A client with the test identity. */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(Duration.ofMinutes(10)))
                .build();
    }

    /** A new empty bucket. */
    public String bucket(String name) {
        try (S3Client c = client()) {
            c.createBucket(b -> b.bucket(name));
        }
        return name;
    }

    /** Stops the server and removes its folder with the objects the tests stored. */
    private static void stop(Process p, Path folder) {
        p.destroy();
        try {
            p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        } catch (IOException | InterruptedException e) {
            // a temporary folder left behind
        }
    }

    private static S3CompatibleServer start() {
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException("target/s3proxy/s3proxy.jar is missing: run the tests through Maven");
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path folder = Files.createTempDirectory("constable-s3");
            Path data = Files.createDirectories(folder.resolve("data"));
            String endpoint = "http://127.0.0.1:" + port;
            Path properties = folder.resolve("s3proxy.properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "s3proxy.endpoint=" + endpoint,
                            "s3proxy.authorization=aws-v2-or-v4",
                            "s3proxy.identity=" + IDENTITY,
                            "s3proxy.credential=" + CREDENTIAL,
                            "jclouds.provider=filesystem-nio2",
                            "jclouds.filesystem.basedir=" + data,
                            ""));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xmx512m",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--properties",
                            properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("s3proxy.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(p, folder)));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "s3proxy ended at start: " + Files.readString(folder.resolve("s3proxy.log")));
                }
                try {
                    var c = (HttpURLConnection)
                            URI.create(endpoint + "/").toURL().openConnection();
                    c.setConnectTimeout(500);
                    c.getResponseCode();
                    c.disconnect();
                    return new S3CompatibleServer(endpoint, folder);
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            p.destroy();
            throw new IllegalStateException("s3proxy did not answer within 90 s");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
