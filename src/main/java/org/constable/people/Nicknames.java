package org.constable.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of familiar forenames (Bob for Robert, Peggy for Margaret), kept as data in
 * {@code people/nicknames.txt} and read the one way {@link PersonNames} reads names. Duplicate
 * detection asks whether two forenames {@link #sameName stand for one name}; search asks for the
 * {@link #familiar familiar forms} of a formal name and the {@link #formal formal names} of a
 * familiar one. Plain Java, loaded once (ADR 0039).
 */
public final class Nicknames {

    private static final Nicknames STANDARD = load("people/nicknames.txt");

    /** Formal name to its familiar forms, in the list's order. */
    private final Map<String, List<String>> familiar;
    /** Familiar form to the formal names it stands for. */
    private final Map<String, List<String>> formal;

    private Nicknames(Map<String, List<String>> familiar, Map<String, List<String>> formal) {
        this.familiar = familiar;
        this.formal = formal;
    }

    /** The list shipped with Constable. */
    public static Nicknames standard() {
        return STANDARD;
    }

    /** Every formal name with its familiar forms, folded, in the list's order. */
    public Map<String, List<String>> all() {
        return familiar;
    }

    /** The familiar forms of a formal forename ("robert" gives bob, bobby, rob, robbie, bert); folded part in, folded parts out. */
    public List<String> familiar(String part) {
        return familiar.getOrDefault(part, List.of());
    }

    /** The formal forenames a familiar one stands for ("kate" gives catherine, katherine); empty for a formal or unknown one. */
    public List<String> formal(String part) {
        return formal.getOrDefault(part, List.of());
    }

    /**
     * The forename and every formal name it stands for, folded and letters only, for comparing whole
     * forenames: "Bobby" gives [bobby, robert], "Zoë" gives [zoe].
     */
    public Set<String> forms(String forename) {
        String name = PersonNames.joined(forename);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        forms.addAll(formal(name));
        return forms;
    }

    /**
     * Whether two forenames are one name in the duplicates report's sense: equal once folded, one a
     * familiar form of the other, or both familiar forms of one formal name ("Bob" and "Rob").
     */
    public boolean sameName(String a, String b) {
        Set<String> x = forms(a);
        for (String y : forms(b)) {
            if (x.contains(y)) {
                return true;
            }
        }
        return false;
    }

    static Nicknames load(String resource) {
        Map<String, List<String>> familiar = new LinkedHashMap<>();
        Map<String, List<String>> formal = new HashMap<>();
        for (String line : lines(resource)) {
            String[] formalAndFamiliar = line.split(":", 2);
            if (formalAndFamiliar.length < 2) {
                throw new IllegalStateException("a line of " + resource + " without a colon: " + line);
            }
            String name = PersonNames.joined(formalAndFamiliar[0]);
            List<String> forms = familiar.computeIfAbsent(name, k -> new ArrayList<>());
            for (String f : formalAndFamiliar[1].split(",")) {
                String form = PersonNames.joined(f);
                if (!form.isEmpty() && !forms.contains(form)) {
                    forms.add(form);
                    formal.computeIfAbsent(form, k -> new ArrayList<>()).add(name);
                }
            }
        }
        familiar.replaceAll((k, v) -> List.copyOf(v));
        formal.replaceAll((k, v) -> List.copyOf(v));
        return new Nicknames(Collections.unmodifiableMap(familiar), Map.copyOf(formal));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Nicknames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing name list " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
