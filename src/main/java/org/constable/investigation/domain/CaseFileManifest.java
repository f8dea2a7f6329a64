package org.constable.investigation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifest of an exported case file package (ADR 0085): a few header lines starting with
 * {@code #}, then one line per file in the package and per evidence media item listed, each
 * {@code <sha256>  <name>} as {@code sha256sum} writes it, so a recipient can check the files with
 * the tools they have. Media are named {@code media/<item id>-<file name>}: the name the media file
 * has when it is supplied alongside the package.
 */
public record CaseFileManifest(Map<String, String> header, List<Line> files, List<Line> media) {

    public static final String FILE_NAME = "manifest.sha256";
    public static final String SIGNATURE_NAME = "manifest.sig";
    public static final String MEDIA_FOLDER = "media/";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");
    private static final Pattern HEADER = Pattern.compile("# ([a-z-]+): (.*)");

    public record Line(String sha256, String name) {}

    public CaseFileManifest {
        header = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(header));
        files = List.copyOf(files);
        media = List.copyOf(media);
    }

    /** The name a media item has in the manifest and beside the package: its id, then its file name made safe. */
    public static String mediaName(long id, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return MEDIA_FOLDER + id + "-" + (safe.isEmpty() ? "file" : safe);
    }

    public String text() {
        StringBuilder b = new StringBuilder("# Constable case file package\n");
        header.forEach((k, v) ->
                b.append("# ").append(k).append(": ").append(oneLine(v)).append('\n'));
        for (Line l : files) {
            b.append(l.sha256()).append("  ").append(l.name()).append('\n');
        }
        for (Line l : media) {
            b.append(l.sha256()).append("  ").append(l.name()).append('\n');
        }
        return b.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; a line that is neither a header nor a hash line makes it unreadable. */
    public static CaseFileManifest parse(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        List<Line> files = new ArrayList<>();
        List<Line> media = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            if (raw.isEmpty() || raw.equals("# Constable case file package")) {
                continue;
            }
            Matcher h = HEADER.matcher(raw);
            Matcher l = LINE.matcher(raw);
            if (h.matches()) {
                header.put(h.group(1), h.group(2));
            } else if (l.matches()) {
                Line line = new Line(l.group(1), l.group(2));
                (line.name().startsWith(MEDIA_FOLDER) ? media : files).add(line);
            } else {
                throw new IllegalStateException("the manifest has a line that is neither a header nor a hash");
            }
        }
        return new CaseFileManifest(header, files, media);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String v) {
        return v.replaceAll("[\\r\\n]+", " ");
    }
}
