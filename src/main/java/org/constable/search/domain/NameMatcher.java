package org.constable.search.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link NameMatch#of} with a memory, for one search: the same typed word meets the same name parts
 * again and again, in the sound-alike dictionary and in every candidate, and a match costs an edit
 * distance and two phonetic look-ups. Once the index's sound-alike dictionary has been read for a
 * typed word, whether an indexed part sounds like it is a set look-up, not an encoding (Beider-Morse
 * takes up to a quarter of a millisecond a name).
 */
final class NameMatcher implements NameMatch.SoundsAlike {

    private final NameVariants variants;
    private final Map<String, Map<String, NameMatch>> seen = new HashMap<>();
    private final Map<String, Set<String>> doubleMetaphoneAlike = new HashMap<>();
    private final Map<String, Set<String>> beiderMorseAlike = new HashMap<>();

    NameMatcher(NameVariants variants) {
        this.variants = variants;
    }

    NameMatch match(String typed, String part) {
        return seen.computeIfAbsent(typed, t -> new HashMap<>())
                .computeIfAbsent(part, p -> NameMatch.of(typed, p, variants, this));
    }

    NameVariants variants() {
        return variants;
    }

    /**
     * Records the indexed parts that share a code with {@code typed}, read from the index's
     * dictionary. Call it for every role before matching; parts of one reader only are ever matched.
     */
    void learnAlike(String typed, Set<String> byDoubleMetaphone, Set<String> byBeiderMorse) {
        doubleMetaphoneAlike.computeIfAbsent(typed, t -> new HashSet<>()).addAll(byDoubleMetaphone);
        beiderMorseAlike.computeIfAbsent(typed, t -> new HashSet<>()).addAll(byBeiderMorse);
    }

    @Override
    public boolean byDoubleMetaphone(String typed, String part) {
        Set<String> known = doubleMetaphoneAlike.get(typed);
        return known != null ? known.contains(part) : NameMatch.SoundsAlike.BY_CODES.byDoubleMetaphone(typed, part);
    }

    @Override
    public boolean byBeiderMorse(String typed, String part) {
        Set<String> known = beiderMorseAlike.get(typed);
        return known != null ? known.contains(part) : NameMatch.SoundsAlike.BY_CODES.byBeiderMorse(typed, part);
    }
}
