package org.constable.search.domain;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The name parts in the index that one typed word may stand for, in one role (forename or surname),
 * each with how it matches: the word itself, its nicknames and transliterations, the indexed parts
 * within its edit distance, and the indexed parts that share a Double Metaphone or Beider-Morse code
 * with it, read from the index's own sound-alike dictionary. Fuzzy parts come from the parts held in
 * memory ({@link NamePartDictionary}) once they are read. Searching by these few real parts,
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
     * The parts {@code word} stands for in {@code role}, strongest first: fuzzy parts from
     * {@code dictionary} once it is ready (from every segment of {@code reader} until then), sound-alike
     * parts from the index's own code terms; every part the word matches, the weaker ones beyond
     * {@link #MOST_PARTS} too, is added to {@code matched}.
     */
    static Map<String, NameMatch> of(
            IndexReader reader,
            String word,
            Role role,
            NameMatcher matcher,
            NamePartDictionary dictionary,
            Set<String> matched)
            throws IOException {
        Set<String> parts = new HashSet<>();
        parts.add(word);
        parts.addAll(matcher.variants().of(word).keySet());
        int edits = edits(word);
        if (edits > 0) {
            if (dictionary.ready()) {
                parts.addAll(dictionary.withinEdits(word, edits, role));
            } else {
                withinEditsInSegments(reader, word, edits, role, parts);
            }
        }
        Set<String> byDoubleMetaphone = new HashSet<>();
        soundingAlike(reader, role.doubleMetaphoneField, NamePhonetics.doubleMetaphone(word), byDoubleMetaphone);
        Set<String> byBeiderMorse = new HashSet<>();
        soundingAlike(reader, role.beiderMorseField, NamePhonetics.beiderMorse(word), byBeiderMorse);
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

    /** The parts within {@code edits} of {@code word} in every segment's terms, by Lucene's fuzzy automaton. */
    private static void withinEditsInSegments(IndexReader reader, String word, int edits, Role role, Set<String> into)
            throws IOException {
        CompiledAutomaton within = FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms names = leaf.reader().terms(role.field);
            if (names != null) {
                TermsEnum found = within.getTermsEnum(names);
                for (BytesRef t = found.next(); t != null; t = found.next()) {
                    into.add(t.utf8ToString());
                }
            }
        }
    }

    /** Adds every part written in the index's sound-alike terms of {@code field} under one of {@code codes}. */
    private static void soundingAlike(IndexReader reader, String field, List<String> codes, Set<String> into)
            throws IOException {
        if (codes.isEmpty()) {
            return;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum dictionary = terms.iterator();
            for (String code : codes) {
                BytesRef prefix = new BytesRef(code + PersonDocuments.CODE_SEP);
                if (dictionary.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef t = dictionary.term(); t != null; t = dictionary.next()) {
                    if (!StringHelper.startsWith(t, prefix)) {
                        break;
                    }
                    into.add(new String(
                            t.bytes,
                            t.offset + prefix.length,
                            t.length - prefix.length,
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
    }
}
