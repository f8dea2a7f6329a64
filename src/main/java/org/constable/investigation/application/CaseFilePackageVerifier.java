package org.constable.investigation.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.constable.audit.DocumentSeal;
import org.constable.evidence.CaseFileEvidence;
import org.constable.investigation.domain.CaseFileManifest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Verifies a received case file package (ADR 0085): the manifest's signature with the audit key,
 * the SHA-256 of every file in the package against the manifest (and no file unlisted), and each
 * media item's hash against the media file supplied beside the package and, at the force, against
 * the evidence store (read in full and hashed again). Every problem names the file it is about.
 */
@Service
public class CaseFilePackageVerifier {

    /** One problem, naming the file (or media item) it is about. */
    public record Finding(String file, String problem) {}

    /** One media item and what was checked of it. */
    public record MediaCheck(String name, String sha256, String supplied, String store) {}

    public record Verification(
            boolean passed,
            @Nullable String caseFile,
            @Nullable String packageKind,
            @Nullable String recipient,
            List<String> filesChecked,
            List<MediaCheck> media,
            List<Finding> findings) {}

    private static final int MAX_ENTRIES = 100;

    private final DocumentSeal seal;
    private final CaseFileEvidence evidence;

    CaseFilePackageVerifier(DocumentSeal seal, CaseFileEvidence evidence) {
        this.seal = seal;
        this.evidence = evidence;
    }

    /**
     * Verifies the package read from {@code zip}. {@code mediaFolder}, when given, holds the media
     * files named as the manifest names them (without {@code media/}); {@code checkStore} also
     * checks each media hash against the force's evidence store.
     */
    public Verification verify(InputStream zip, @Nullable Path mediaFolder, boolean checkStore, String by) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        byte[] manifestBytes = null;
        String signature = null;
        try (ZipInputStream z = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry e;
            int n = 0;
            while ((e = z.getNextEntry()) != null) {
                if (++n > MAX_ENTRIES) {
                    findings.add(new Finding(
                            "package", "holds more than " + MAX_ENTRIES + " files: not a case file package"));
                    break;
                }
                String name = e.getName();
                if (name.equals(CaseFileManifest.FILE_NAME)) {
                    manifestBytes = z.readNBytes(1 << 20);
                } else if (name.equals(CaseFileManifest.SIGNATURE_NAME)) {
                    signature = new String(z.readNBytes(4096), StandardCharsets.US_ASCII);
                } else {
                    hashes.put(name, hash(z));
                }
            }
        } catch (IOException | RuntimeException broken) {
            findings.add(new Finding("package", "is not a readable zip file (damaged or cut short)"));
            return new Verification(false, null, null, null, List.of(), List.of(), findings);
        }
        if (manifestBytes == null) {
            findings.add(new Finding(CaseFileManifest.FILE_NAME, "is missing from the package"));
            return new Verification(false, null, null, null, List.of(), List.of(), findings);
        }
        boolean signed = signature != null && signatureHolds(manifestBytes, signature);
        if (signature == null) {
            findings.add(new Finding(CaseFileManifest.SIGNATURE_NAME, "is missing from the package"));
        } else if (!signed) {
            findings.add(
                    new Finding(
                            CaseFileManifest.FILE_NAME,
                            "its signature does not match: the manifest was changed, or not signed with this force's audit key"));
        }
        CaseFileManifest manifest;
        try {
            manifest = CaseFileManifest.parse(new String(manifestBytes, StandardCharsets.UTF_8));
        } catch (IllegalStateException unreadable) {
            findings.add(new Finding(CaseFileManifest.FILE_NAME, "cannot be read: " + unreadable.getMessage()));
            return new Verification(false, null, null, null, List.of(), List.of(), findings);
        }
        List<String> checked = new ArrayList<>();
        for (CaseFileManifest.Line l : manifest.files()) {
            String actual = hashes.remove(l.name());
            if (actual == null) {
                findings.add(new Finding(l.name(), "is listed in the manifest but missing from the package"));
            } else if (!actual.equals(l.sha256())) {
                findings.add(new Finding(
                        l.name(), "does not match its SHA-256 in the manifest: it was changed after export"));
            } else {
                checked.add(l.name());
            }
        }
        hashes.keySet().forEach(extra -> findings.add(new Finding(extra, "is in the package but not in the manifest")));
        List<MediaCheck> media = new ArrayList<>();
        for (CaseFileManifest.Line l : manifest.media()) {
            // the store is read only for a manifest this force signed: an unsigned one is no oracle of what it holds
            media.add(checkMedia(l, mediaFolder, checkStore && signed, by, findings));
        }
        return new Verification(
                findings.isEmpty(),
                manifest.header().get("case-file"),
                manifest.header().get("package"),
                manifest.header().get("recipient"),
                checked,
                media,
                findings);
    }

    private MediaCheck checkMedia(
            CaseFileManifest.Line l, @Nullable Path folder, boolean checkStore, String by, List<Finding> findings) {
        String supplied = "not supplied";
        if (folder != null) {
            Path file = folder.resolve(l.name().substring(CaseFileManifest.MEDIA_FOLDER.length()))
                    .normalize();
            if (file.startsWith(folder.normalize()) && Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    if (hash(in).equals(l.sha256())) {
                        supplied = "matches";
                    } else {
                        supplied = "DIFFERS";
                        findings.add(new Finding(
                                l.name(), "the media file supplied does not match its SHA-256 in the manifest"));
                    }
                } catch (IOException e) {
                    supplied = "unreadable";
                    findings.add(new Finding(l.name(), "the media file supplied cannot be read"));
                }
            }
        }
        String store = "not checked";
        if (checkStore) {
            if (evidence.storedIntact(l.sha256(), by)) {
                store = "held intact";
            } else {
                store = "NOT HELD INTACT";
                findings.add(new Finding(l.name(), "the force's evidence store does not hold these bytes intact"));
            }
        }
        return new MediaCheck(l.name(), l.sha256(), supplied, store);
    }

    private boolean signatureHolds(byte[] manifest, String signature) {
        String s = signature.strip();
        String prefix = DocumentSeal.ALGORITHM + " ";
        return s.startsWith(prefix)
                && s.substring(prefix.length()).matches("[0-9a-f]{64}")
                && seal.verify(CaseFileExports.SIGNATURE_USE, manifest, s.substring(prefix.length()));
    }

    private static String hash(InputStream in) throws IOException {
        MessageDigest d = CaseFileManifest.digest();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            d.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
