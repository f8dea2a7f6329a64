package org.constable.evidence.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default evidence storage: a content-addressed folder beside the database
 * ({@code ${constable.data-dir}/evidence}): {@code incoming/<key>.part} while an upload arrives,
 * {@code sha256/ab/cd/<hash>} once sealed, made read-only. Never holds a file in memory.
 */
@Component
@ConditionalOnProperty(name = "constable.evidence.storage", havingValue = "folder", matchIfMissing = true)
class FolderStorage implements EvidenceStorage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    static final int CHUNK = 64 * 1024;

    private final Path root;

    FolderStorage(@Value("${constable.evidence.storage-dir}") Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root.resolve("incoming"));
        Files.createDirectories(this.root.resolve("sha256"));
    }

    @Override
    public long received(String uploadKey) throws IOException {
        Path p = incoming(uploadKey);
        return Files.exists(p) ? Files.size(p) : 0;
    }

    @Override
    public InputStream openIncoming(String uploadKey) throws IOException {
        Path p = incoming(uploadKey);
        return Files.exists(p) ? Files.newInputStream(p) : InputStream.nullInputStream();
    }

    @Override
    public long append(String uploadKey, long offset, InputStream in, long max, ChunkListener written)
            throws IOException {
        Path p = incoming(uploadKey);
        long total = 0;
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (ch.size() != offset) {
                throw new IllegalStateException("offset " + offset + " is not the end of the upload " + ch.size());
            }
            ch.position(offset);
            byte[] buffer = new byte[CHUNK];
            try {
                while (total < max) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total));
                    if (n < 0) {
                        break;
                    }
                    ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                    written.written(buffer, n);
                    total += n;
                }
            } finally {
                ch.force(false);
            }
        }
        return total;
    }

    @Override
    public void seal(String uploadKey, String sha256) throws IOException {
        Path from = incoming(uploadKey);
        Path to = sealed(sha256);
        Files.createDirectories(to.getParent());
        if (Files.exists(to)) {
            Files.delete(from);
            return;
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        to.toFile().setReadOnly();
    }

    @Override
    public Fingerprint fingerprint(String sha256) throws IOException {
        BasicFileAttributes a = Files.readAttributes(sealed(sha256), BasicFileAttributes.class);
        return new Fingerprint(
                a.size(),
                a.lastModifiedTime().toInstant().toEpochMilli() * 1_000_000L
                        + a.lastModifiedTime().toInstant().getNano() % 1_000_000);
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        FileChannel ch = FileChannel.open(sealed(sha256), StandardOpenOption.READ);
        ch.position(offset);
        return Channels.newInputStream(ch);
    }

    /** The sealed object's path, for tests that play an intruder. */
    Path sealed(String sha256) {
        if (!HASH.matcher(sha256).matches()) {
            throw new IllegalStateException("not a SHA-256");
        }
        return root.resolve("sha256")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private Path incoming(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalStateException("not an upload key");
        }
        return root.resolve("incoming").resolve(key + ".part");
    }
}
