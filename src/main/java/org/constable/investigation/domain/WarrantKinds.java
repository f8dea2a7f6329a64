package org.constable.investigation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of warrant the force applies for, from configuration ("KEY=words;KEY=words"): a search
 * under PACE s.8, a search for drugs under the Misuse of Drugs Act s.23, arrest, and any other the
 * force adds. A stored warrant keeps its key; the words are looked up when shown.
 */
public final class WarrantKinds {

    public record Kind(String key, String label) {}

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    public WarrantKinds(String configured) {
        for (String part : configured.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalStateException("A warrant kind is configured as KEY=words, not: " + p);
            }
            String key = p.substring(0, eq).strip();
            kinds.put(key, new Kind(key, p.substring(eq + 1).strip()));
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("No kind of warrant is configured.");
        }
    }

    public List<Kind> all() {
        return new ArrayList<>(kinds.values());
    }

    public Optional<Kind> find(String key) {
        return Optional.ofNullable(kinds.get(key));
    }

    /** The words for a stored key; a kind since removed from configuration shows its key. */
    public String label(String key) {
        Kind k = kinds.get(key);
        return k == null ? key : k.label();
    }
}
