package org.constable.search.domain;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * The name parts in the index within a typed word's edit distance, or sharing one of its Double
 * Metaphone or Beider-Morse codes, in one role, remembered per word. Finding them walks the terms
 * of every segment, and a segment never changes once written, so a word's parts are looked up only
 * in segments not walked before: after the first search for "smith", the next costs a map look-up
 * until a new segment is written. Parts of segments since merged away stay remembered; they are
 * real names, and one no longer indexed matches nobody.
 */
final class IndexedNameParts {

    /** Words remembered, per role; the least recently used is forgotten first. */
    static final int MOST_WORDS = 4096;

    /** A word's parts found by spelling and by sound, and the segments already walked for them. */
    record Found(
            Set<String> bySpelling, Set<String> byDoubleMetaphone, Set<String> byBeiderMorse, Set<Object> segments) {}

    private record Key(String word, NameExpansion.Role role) {}

    private final Map<Key, Found> remembered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Found> eldest) {
            return size() > MOST_WORDS;
        }
    });

    /** The parts like {@code word} in {@code role} in every segment of {@code reader}. */
    Found of(
            IndexReader reader,
            String word,
            NameExpansion.Role role,
            Supplier<CompiledAutomaton> fuzzy,
            List<String> doubleMetaphone,
            List<String> beiderMorse)
            throws IOException {
        Key key = new Key(word, role);
        Found known = remembered.get(key);
        List<LeafReaderContext> leaves = reader.leaves();
        if (known != null && leaves.stream().allMatch(leaf -> known.segments().contains(segment(leaf)))) {
            return known;
        }
        Found grown = known == null
                ? new Found(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>())
                : new Found(
                        new HashSet<>(known.bySpelling()),
                        new HashSet<>(known.byDoubleMetaphone()),
                        new HashSet<>(known.byBeiderMorse()),
                        new HashSet<>());
        boolean cacheable = true;
        for (LeafReaderContext leaf : leaves) {
            Object segment = segment(leaf);
            cacheable &= segment != null;
            if (segment != null && known != null && known.segments().contains(segment)) {
                grown.segments().add(segment);
                continue;
            }
            CompiledAutomaton within = fuzzy.get();
            if (within != null) {
                Terms names = leaf.reader().terms(role.field);
                if (names != null) {
                    TermsEnum parts = within.getTermsEnum(names);
                    for (BytesRef t = parts.next(); t != null; t = parts.next()) {
                        grown.bySpelling().add(t.utf8ToString());
                    }
                }
            }
            soundingAlike(leaf.reader().terms(role.doubleMetaphoneField), doubleMetaphone, grown.byDoubleMetaphone());
            soundingAlike(leaf.reader().terms(role.beiderMorseField), beiderMorse, grown.byBeiderMorse());
            if (segment != null) {
                grown.segments().add(segment);
            }
        }
        if (cacheable) {
            remembered.put(key, grown);
        }
        return grown;
    }

    private static @Nullable Object segment(LeafReaderContext leaf) {
        var helper = leaf.reader().getCoreCacheHelper();
        return helper == null ? null : helper.getKey();
    }

    /** Adds every part written in the dictionary {@code terms} under one of {@code codes}. */
    private static void soundingAlike(Terms terms, List<String> codes, Set<String> parts) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum dictionary = terms.iterator();
        for (String code : codes) {
            String prefix = code + PersonDocuments.CODE_SEP;
            if (dictionary.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef t = dictionary.term(); t != null; t = dictionary.next()) {
                String entry = t.utf8ToString();
                if (!entry.startsWith(prefix)) {
                    break;
                }
                parts.add(entry.substring(prefix.length()));
            }
        }
    }
}
