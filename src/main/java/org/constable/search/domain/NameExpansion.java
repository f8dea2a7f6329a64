package org.constable.search.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The name parts in the index that one typed word may stand for, in one role (forename or surname),
 * each with how it matches: the word itself, its nicknames and transliterations, the indexed parts
 * within its edit distance, and the indexed parts that share a Double Metaphone or Beider-Morse code
 * with it, read from the index's own sound-alike dictionary as held in memory ({@link NamePartDictionary}). Searching by these few real parts,
 * each worth what the ranker would give it, is what lets the index order candidates as the ranker
 * would, instead of gathering everyone who shares any phonetic code.
 */
final class NameExpansion {

    /** The most parts a word stands for; the strongest matches are kept. */
    static final int MOST_PARTS = 48;

    enum Role {
        FORENAME(PersonDocuments.FORENAMES, PersonDocuments.FORENAME_DM, PersonDocuments.FORENAME_BM),
        SURNAME(PersonDocuments.SURNAMES, PersonDocuments.SURNAME_DM, PersonDocuments.SURNAME_BM);

        final String field;
        final String doubleMetaphoneField;
        final String beiderMorseField;

        Role(String field, String doubleMetaphoneField, String beiderMorseField) {
            this.field = field;
            this.doubleMetaphoneField = doubleMetaphoneField;
            this.beiderMorseField = beiderMorseField;
        }
    }

    private NameExpansion() {}

    /** How many edits a typed word's fuzzy parts may be from it; 0 for words too short to be fuzzy. */
    static int edits(String word) {
        return word.length() < 3 ? 0 : Math.min(2, Math.max(1, Names.allowedEdits(word)));
    }

    /**
     * The parts {@code word} stands for in {@code role}, strongest first, found in {@code dictionary}
     * (which has read the index being searched); every part the word matches, the weaker ones beyond
     * {@link #MOST_PARTS} too, is added to {@code matched}.
     */
    static Map<String, NameMatch> of(
            String word, Role role, NameMatcher matcher, NamePartDictionary dictionary, Set<String> matched) {
        Set<String> parts = new HashSet<>();
        parts.add(word);
        parts.addAll(matcher.variants().of(word).keySet());
        int edits = edits(word);
        if (edits > 0) {
            parts.addAll(dictionary.withinEdits(word, edits, role));
        }
        Set<String> byDoubleMetaphone =
                new HashSet<>(dictionary.byDoubleMetaphone(NamePhonetics.doubleMetaphone(word), role));
        Set<String> byBeiderMorse = new HashSet<>(dictionary.byBeiderMorse(NamePhonetics.beiderMorse(word), role));
        matcher.learnAlike(word, byDoubleMetaphone, byBeiderMorse);
        parts.addAll(byDoubleMetaphone);
        parts.addAll(byBeiderMorse);
        Map<String, NameMatch> strongest = new LinkedHashMap<>();
        parts.stream()
                .map(part -> matcher.match(word, part))
                .filter(NameMatch::matched)
                .peek(m -> matched.add(m.recorded()))
                .sorted(Comparator.comparingDouble(NameMatch::weight).reversed().thenComparing(NameMatch::recorded))
                .limit(MOST_PARTS)
                .forEach(m -> strongest.put(m.recorded(), m));
        return strongest;
    }
}
