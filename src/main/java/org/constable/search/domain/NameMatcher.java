package org.constable.search.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link NameMatch#of} with a memory, for one search: the same typed word meets the same name parts
 * again and again, in the sound-alike dictionary and in every candidate, and a match costs an edit
 * distance and two phonetic look-ups.
 */
final class NameMatcher {

    private final NameVariants variants;
    private final Map<String, Map<String, NameMatch>> seen = new HashMap<>();

    NameMatcher(NameVariants variants) {
        this.variants = variants;
    }

    NameMatch match(String typed, String part) {
        return seen.computeIfAbsent(typed, t -> new HashMap<>()).computeIfAbsent(part, p -> NameMatch.of(typed, p, variants));
    }

    NameVariants variants() {
        return variants;
    }
}
