package org.constable.search.domain;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.jspecify.annotations.Nullable;

/**
 * The name parts in the index that one typed word may stand for, in one role (forename or surname),
 * each with how it matches: the word itself, its nicknames and transliterations, the indexed parts
 * within its edit distance, and the indexed parts that share a Double Metaphone or Beider-Morse code
 * with it, read from the index's own sound-alike dictionary. Searching by these few real parts,
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

    /**
     * The automaton of the words within {@code word}'s edit distance (the first letter kept), or null
     * for words too short to be fuzzy. Building it is the dearest step of a search for a word not
     * seen before, so a search builds it once a word and uses it for both roles.
     *
     * <p>Name parts are cut to the letters a to z ({@link org.constable.people.PersonNames#parts}), in the index and as typed,
     * so the automaton is built over those bytes alone: no Unicode alphabet to cover and no conversion
     * of it to UTF-8, which is what {@link FuzzyQuery#getFuzzyAutomaton} spends most of its time on.
     * It accepts exactly the same parts. A word of other characters (never made by {@code parts})
     * gets Lucene's own.
     */
    static @Nullable CompiledAutomaton fuzzy(String word) {
        if (word.length() < 3) {
            return null;
        }
        int edits = Math.min(2, Math.max(1, Names.allowedEdits(word)));
        if (!lowerCaseLetters(word)) {
            return FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true);
        }
        int[] rest = word.substring(1).chars().toArray();
        Automaton within = new LevenshteinAutomata(rest, 'z', true).toAutomaton(edits, word.substring(0, 1));
        return new CompiledAutomaton(within, true, false, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
    }

    private static boolean lowerCaseLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts {@code word} stands for in {@code role}, strongest first; {@code fuzzy} gives
     * {@link #fuzzy(String)} of the word, built only if a segment must be walked.
     */
    static Map<String, NameMatch> of(
            IndexReader reader,
            String word,
            Supplier<CompiledAutomaton> fuzzy,
            Role role,
            NameMatcher matcher,
            IndexedNameParts indexed)
            throws IOException {
        Set<String> parts = new HashSet<>();
        parts.add(word);
        parts.addAll(matcher.variants().of(word).keySet());
        IndexedNameParts.Found found = indexed.of(
                reader, word, role, fuzzy, NamePhonetics.doubleMetaphone(word), NamePhonetics.beiderMorse(word));
        matcher.learnAlike(word, found.byDoubleMetaphone(), found.byBeiderMorse());
        parts.addAll(found.bySpelling());
        parts.addAll(found.byDoubleMetaphone());
        parts.addAll(found.byBeiderMorse());
        Map<String, NameMatch> strongest = new LinkedHashMap<>();
        parts.stream()
                .map(part -> matcher.match(word, part))
                .filter(NameMatch::matched)
                .sorted(Comparator.comparingDouble(NameMatch::weight).reversed().thenComparing(NameMatch::recorded))
                .limit(MOST_PARTS)
                .forEach(m -> strongest.put(m.recorded(), m));
        return strongest;
    }
}
