package org.constable.audit.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the checkpoint signing key comes from: CONSTABLE_AUDIT_KEY (hex, 64+ characters) in
 * production, otherwise a random key generated once into the local data folder. Never the
 * repository, never the database.
 */
final class CheckpointKey {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

    private CheckpointKey() {}

    static byte[] load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return HexFormat.of().parseHex(configured.trim());
        }
        Path file = dataDir.resolve("audit-checkpoint.key");
        try {
            if (Files.exists(file)) {
                return HexFormat.of()
                        .parseHex(Files.readString(file, StandardCharsets.US_ASCII)
                                .trim());
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the folder's own permissions apply
            }
            log.warn(
                    "No CONSTABLE_AUDIT_KEY set: generated an audit checkpoint key in {}. Set CONSTABLE_AUDIT_KEY in production.",
                    file);
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the audit checkpoint key " + file, e);
        }
    }
}
