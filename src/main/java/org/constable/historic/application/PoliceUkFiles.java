package org.constable.historic.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constable.shared.ImportFolder;

/**
 * Which files a path names: a single file, or every .csv / .csv.gz in a folder, in name (= month)
 * order. The path is already the real path of something inside the import folder; a folder's
 * entries are taken only when they are plain files (links are not followed).
 */
final class PoliceUkFiles {

    private PoliceUkFiles() {}

    static List<Path> under(Path path, ImportFolder folder) {
        if (Files.isRegularFile(path)) {
            if (!importable(path)) {
                throw new IllegalArgumentException("Only .csv and .csv.gz files are imported.");
            }
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(PoliceUkFiles::importable)
                    .filter(folder::holdsPlainFile)
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException(
                        "The folder \"" + folder.shown(path) + "\" holds no .csv or .csv.gz files.");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean importable(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".csv") || name.endsWith(".csv.gz");
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
