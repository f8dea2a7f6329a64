package org.constable.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The one folder on the server from which a user may have files read (imports, custom backtest
 * events): {@code CONSTABLE_IMPORT_DIR}, by default {@code ${data-dir}/imports}. A path a user
 * gives is taken relative to the folder (or absolute inside it), normalised, and followed through
 * any links to its real place, which must still be inside the folder. A path that names nothing
 * and one that leads out of the folder get the same answer, so the folder cannot be used to
 * learn what exists elsewhere on the server (ADR 0049).
 */
public final class ImportFolder {

    private static final int SHOWN_CHARS = 200;

    private final Path root;

    public ImportFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder as configured (absolute, normalised); it may not exist yet. */
    public Path root() {
        return root;
    }

    /** The folder, created if it is not there yet, as its real path. */
    public Path realRoot() {
        try {
            Files.createDirectories(root);
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import folder " + root, e);
        }
    }

    /**
     * The real path of the file or folder the user named, which exists and lies inside the folder.
     *
     * @throws NotInImportFolder when it does not exist or is outside the folder (one answer for both)
     */
    public Path resolve(@Nullable String given) {
        if (given == null || given.isBlank()) {
            throw new InvalidInput("path", "Name a file or folder in the import folder.");
        }
        String name = given.strip();
        Path base = realRoot();
        Path real;
        try {
            Path candidate = root.resolve(name).normalize();
            if (!candidate.startsWith(root) && !candidate.startsWith(base)) {
                throw new NotInImportFolder(name);
            }
            real = candidate.toRealPath();
        } catch (InvalidPathException | IOException e) {
            throw new NotInImportFolder(name);
        }
        if (!real.startsWith(base)) {
            throw new NotInImportFolder(name);
        }
        return real;
    }

    /** As {@link #resolve(String)} for a path a program holds (absolute, or relative to the folder). */
    public Path resolve(Path given) {
        return resolve(given.toString());
    }

    /**
     * Whether a path found inside the folder (a folder's entry) is a plain file that stays inside:
     * links are not followed, whatever they point at.
     */
    public boolean holdsPlainFile(Path path) {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return path.toRealPath().startsWith(realRoot());
        } catch (IOException e) {
            return false;
        }
    }

    /** How a path inside the folder is shown to people: relative to the folder ("." for the folder itself). */
    public String shown(Path real) {
        Path base = realRoot();
        if (!real.startsWith(base)) {
            return real.getFileName() == null ? "?" : real.getFileName().toString();
        }
        String relative = base.relativize(real).toString();
        return relative.isEmpty() ? "." : relative;
    }

    /** A path that names nothing in the folder, or leads out of it: the same refusal for both. */
    public static final class NotInImportFolder extends InvalidInput {

        public NotInImportFolder(String given) {
            super("path", "There is no file or folder \"" + shorten(given) + "\" in the import folder.");
        }

        private static String shorten(String s) {
            String clean = s.replaceAll("\\p{Cntrl}", "?");
            return clean.length() <= SHOWN_CHARS ? clean : clean.substring(0, SHOWN_CHARS) + "…";
        }
    }
}
