package org.constable.search.domain;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up the terms of one search in every segment, each term once, keeping one terms enumeration
 * per segment and field: a search looks up a few hundred name parts of the same few fields, and a
 * fresh enumeration for each (as {@link TermStates#build} makes) costs more than the look-up itself.
 */
final class TermLookup {

    private final IndexReader reader;
    private final List<LeafReaderContext> leaves;
    private final Map<String, TermsEnum[]> enums = new HashMap<>();
    private final Map<Term, TermStates> known = new HashMap<>();

    TermLookup(IndexReader reader) {
        this.reader = reader;
        this.leaves = reader.leaves();
    }

    /** Where {@code term} is in each segment, with its document frequency over all of them. */
    TermStates of(Term term) throws IOException {
        TermStates states = known.get(term);
        if (states != null) {
            return states;
        }
        states = new TermStates(reader.getContext());
        TermsEnum[] perSegment = enums.get(term.field());
        if (perSegment == null) {
            perSegment = new TermsEnum[leaves.size()];
            for (int i = 0; i < perSegment.length; i++) {
                Terms terms = leaves.get(i).reader().terms(term.field());
                perSegment[i] = terms == null ? TermsEnum.EMPTY : terms.iterator();
            }
            enums.put(term.field(), perSegment);
        }
        for (int i = 0; i < perSegment.length; i++) {
            TermsEnum inSegment = perSegment[i];
            if (inSegment != TermsEnum.EMPTY && inSegment.seekExact(term.bytes())) {
                states.register(inSegment.termState(), leaves.get(i).ord, inSegment.docFreq(), inSegment.totalTermFreq());
            }
        }
        known.put(term, states);
        return states;
    }
}
