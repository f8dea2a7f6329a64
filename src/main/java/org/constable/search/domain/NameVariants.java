package org.constable.search.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.people.Nicknames;
import org.constable.people.PersonNames;

/**
 * Forenames that stand for one another: nicknames (Bill for William, Peggy for Margaret), from
 * people's one list of familiar forenames ({@link Nicknames}, ADR 0039), and transliteration variants
 * (Mohammed, Muhammad, Mohamed), kept as data in {@code search/transliterations.txt}.
 */
public final class NameVariants {

    private final Map<String, Map<String, MatchKind>> variants = new HashMap<>();

    private NameVariants() {}

    /** The lists shipped with Constable. */
    public static NameVariants standard() {
        NameVariants v = new NameVariants();
        v.loadNicknames(Nicknames.standard());
        v.loadTransliterations(resource("search/transliterations.txt"));
        return v;
    }

    /** The variants of a folded name part and how each relates to it; the part itself is not included. */
    public Map<String, MatchKind> of(String part) {
        return variants.getOrDefault(part, Map.of());
    }

    private void loadNicknames(Nicknames nicknames) {
        nicknames.all().forEach((formal, familiar) -> familiar.forEach(f -> link(formal, f, MatchKind.NICKNAME)));
    }

    private void loadTransliterations(List<String> lines) {
        for (String line : lines) {
            String[] group = line.split(",");
            for (String a : group) {
                for (String b : group) {
                    if (!a.trim().equals(b.trim())) {
                        add(a.trim(), b.trim(), MatchKind.TRANSLITERATION);
                    }
                }
            }
        }
    }

    private void link(String a, String b, MatchKind kind) {
        add(a, b, kind);
        add(b, a, kind);
    }

    private void add(String from, String to, MatchKind kind) {
        variants.computeIfAbsent(from, k -> new LinkedHashMap<>()).putIfAbsent(to, kind);
    }

    private static List<String> resource(String name) {
        try (InputStream in = NameVariants.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing name list " + name);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(PersonNames.fold(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
