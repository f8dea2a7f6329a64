package org.constable.historic.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.ImportFolder;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Files sent through the import page are written into a new folder of their own inside the
 * import folder ({@code uploads/<time>-<user>}), never anywhere else: a plain name ending in .csv
 * or .csv.gz, each written once (no overwriting, no links followed). The size limit is the
 * server's multipart limit ({@code spring.servlet.multipart.max-file-size}).
 */
@Service
public class ImportUploads {

    /** A letter or digit first, then letters, digits, dot, dash or underscore: no path, no hidden file. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.csv(\\.gz)?");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** One file as the page received it. */
    public interface Upload {

        @Nullable String name();

        InputStream open() throws IOException;
    }

    private final PoliceUkImport imports;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportUploads(PoliceUkImport imports, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.imports = imports;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the files into a new upload folder and returns that folder as the import folder shows
     * it (the path to import). Nothing is kept when any file is refused.
     */
    public String save(Actor actor, List<? extends Upload> files) {
        policy.require(actor, Permission.CRIME_IMPORT);
        if (files == null || files.isEmpty()) {
            throw new InvalidInput("files", "Choose one or more .csv or .csv.gz files to upload.");
        }
        Set<String> names = new HashSet<>();
        for (Upload f : files) {
            String name = f.name() == null ? "" : f.name();
            if (!NAME.matcher(name).matches()) {
                throw new InvalidInput(
                        "files",
                        "A file name may hold only letters, digits, dot, dash and"
                                + " underscore, and must end in .csv or .csv.gz (the police.uk files are named like"
                                + " 2024-01-merseyside-street.csv).");
            }
            if (!names.add(name)) {
                throw new InvalidInput("files", "Two files are named " + name + ": upload each once.");
            }
        }
        ImportFolder folder = imports.folder();
        Path target = folder.realRoot()
                .resolve("uploads")
                .resolve(STAMP.format(clock.instant()) + "-" + actor.username().replaceAll("[^a-z0-9._-]", "_"));
        try {
            Files.createDirectories(target.getParent());
            Files.createDirectory(target);
            for (Upload f : files) {
                try (InputStream in = f.open();
                        OutputStream out = Files.newOutputStream(
                                target.resolve(Objects.requireNonNull(f.name(), "checked above")),
                                StandardOpenOption.CREATE_NEW,
                                LinkOption.NOFOLLOW_LINKS)) {
                    in.transferTo(out);
                }
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new Conflict("An upload by you is already being saved this second; try again.");
        } catch (IOException e) {
            removeQuietly(target);
            throw new UncheckedIOException("Could not save the uploaded files in the import folder", e);
        }
        String shown = folder.shown(target);
        audit.record(new AuditRecord(
                Operation.COLLECTION,
                actor.username(),
                actor.rolesText(),
                List.of(),
                null,
                null,
                Outcome.SUCCEEDED,
                "uploaded " + files.size() + " file(s) into the import folder as " + shown + ": "
                        + String.join(", ", names.stream().sorted().toList())));
        return shown;
    }

    private static void removeQuietly(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a half-written upload folder holds nothing that was imported
        }
    }
}
