package org.constable.investigation.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --constable.command=verify-case-file --path=<package.zip> [--media=<folder>]}: verifies a
 * received case file package at the force (signature, every file's hash, every media hash against
 * the media supplied and against the evidence store), prints what was checked and exits 0 when it
 * holds, 1 naming each file that does not.
 */
@Component
@ConditionalOnProperty(name = "constable.command", havingValue = "verify-case-file")
class VerifyCaseFileCommand implements ApplicationRunner {

    private final CaseFilePackageVerifier verifier;
    private final ApplicationContext context;

    VerifyCaseFileCommand(CaseFilePackageVerifier verifier, ApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = run(args.getOptionValues("path"), args.getOptionValues("media"));
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    int run(@Nullable List<String> paths, @Nullable List<String> media) {
        if (paths == null || paths.size() != 1) {
            System.out.println("Name the package: --path=<package.zip> (and --media=<folder> for the media files).");
            return 2;
        }
        Path zip = Path.of(paths.get(0));
        Path folder = media == null || media.isEmpty() ? null : Path.of(media.get(0));
        CaseFilePackageVerifier.Verification v;
        try (InputStream in = Files.newInputStream(zip)) {
            v = verifier.verify(in, folder, true, "verify-case-file command");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the package " + zip, e);
        }
        System.out.println(report(v));
        return v.passed() ? 0 : 1;
    }

    static String report(CaseFilePackageVerifier.Verification v) {
        StringBuilder b = new StringBuilder();
        b.append(v.passed() ? "CASE FILE PACKAGE VERIFIED" : "CASE FILE PACKAGE FAILED VERIFICATION")
                .append(": ")
                .append(v.caseFile() == null ? "unknown case file" : v.caseFile())
                .append(", ")
                .append(v.packageKind() == null ? "unknown package" : v.packageKind())
                .append(", to ")
                .append(v.recipient() == null ? "unknown recipient" : v.recipient())
                .append('\n');
        v.filesChecked().forEach(f -> b.append("  file ").append(f).append(": SHA-256 matches\n"));
        v.media()
                .forEach(m -> b.append("  media ")
                        .append(m.name())
                        .append(" ")
                        .append(m.sha256())
                        .append(": supplied file ")
                        .append(m.supplied())
                        .append("; store ")
                        .append(m.store())
                        .append('\n'));
        v.findings()
                .forEach(f -> b.append("  PROBLEM ")
                        .append(f.file())
                        .append(": ")
                        .append(f.problem())
                        .append('\n'));
        return b.toString();
    }
}
