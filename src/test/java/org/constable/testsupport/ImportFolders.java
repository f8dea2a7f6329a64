package org.constable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.constable.shared.ImportFolder;

/**
 * Files a test imports must lie in the application's import folder, as a user's would: each test
 * writes into a new folder of its own there.
 */
public final class ImportFolders {

    private ImportFolders() {}

    /** A new, empty folder inside the import folder. */
    public static Path fresh(ImportFolder folder) {
        try {
            return Files.createDirectories(folder.realRoot().resolve("test-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a folder's files (for example the real police.uk data beside the repository) inside the import folder. */
    public static Path copyOf(Path source, ImportFolder folder) {
        Path target = fresh(folder);
        try (var files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
