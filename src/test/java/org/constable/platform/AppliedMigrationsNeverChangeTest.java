package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that a force's database has run must never change: Flyway refuses to start on a
 * changed checksum, and a changed statement would leave old and new databases different. Every
 * migration is listed with the SHA-256 of its text in {@code applied-migrations.sha256}; a new one
 * is added to that list in the change that adds it, and a listed one can never be edited or removed.
 * A migration is known by its file name (Flyway knows it by its version), so it may move to another
 * module's folder when a module is re-cut.
 */
class AppliedMigrationsNeverChangeTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path LEDGER = Path.of("src/test/resources/applied-migrations.sha256");

    @Test
    void noListedMigrationIsEditedOrRemovedAndEveryMigrationIsListed() throws IOException {
        Map<String, String> listed = listed();
        Map<String, String> present = present();
        List<String> problems = new ArrayList<>();
        listed.forEach((file, hash) -> {
            if (!present.containsKey(file)) {
                problems.add(file + " was removed: an applied migration stays; correct it with a new migration");
            } else if (!present.get(file).equals(hash)) {
                problems.add(file + " was edited: restore it and put the change in a new migration");
            }
        });
        present.forEach((file, hash) -> {
            if (!listed.containsKey(file)) {
                problems.add(file + " is new: add the line \"" + hash + "  " + file + "\" to " + LEDGER);
            }
        });
        assertThat(problems).as("applied migrations").isEmpty();
    }

    private static Map<String, String> listed() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+", 2);
            listed.put(Path.of(parts[1]).getFileName().toString(), parts[0]);
        }
        return listed;
    }

    private static Map<String, String> present() throws IOException {
        Map<String, String> present = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String name = file.getFileName().toString();
                if (present.put(name, sha256(text)) != null) {
                    throw new IllegalStateException("two migrations named " + name);
                }
            }
        }
        return present;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
