package org.constable.evidence.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A check of a property store against the records: what the chains say is held there (each exhibit
 * by its label, the crime reference and the exhibit reference), what was found on the shelves, and
 * the differences both ways. Labels are compared as people type them: case and spaces do not count.
 */
public record StoreCheck(List<String> expected, List<String> found, List<String> missing, List<String> unexpected) {

    public StoreCheck {
        expected = List.copyOf(expected);
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    public static StoreCheck of(List<String> expected, List<String> foundText) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String f : foundText) {
            if (!key(f).isEmpty()) {
                found.putIfAbsent(key(f), f.trim());
            }
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        expected.forEach(e -> wanted.putIfAbsent(key(e), e));
        List<String> missing = new ArrayList<>();
        wanted.forEach((k, e) -> {
            if (!found.containsKey(k)) {
                missing.add(e);
            }
        });
        List<String> unexpected = new ArrayList<>();
        found.forEach((k, f) -> {
            if (!wanted.containsKey(k)) {
                unexpected.add(f);
            }
        });
        return new StoreCheck(List.copyOf(wanted.values()), List.copyOf(found.values()), missing, unexpected);
    }

    /** The label of an exhibit on a shelf: its crime's reference and its own. */
    public static String label(String crimeReference, String exhibitReference) {
        return crimeReference + " " + exhibitReference;
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public boolean agrees() {
        return missing.isEmpty() && unexpected.isEmpty();
    }
}
