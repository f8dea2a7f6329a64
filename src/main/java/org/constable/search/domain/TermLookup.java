package org.constable.search.domain;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.jspecify.annotations.Nullable;

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
    private final Map<Spare, Deque<PostingsEnum>> spares = new HashMap<>();
    private final List<Lent> lent = new ArrayList<>();

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
        TermsEnum[] perSegment = enumsOf(term.field());
        for (int i = 0; i < perSegment.length; i++) {
            TermsEnum inSegment = perSegment[i];
            if (inSegment != TermsEnum.EMPTY && inSegment.seekExact(term.bytes())) {
                states.register(
                        inSegment.termState(), leaves.get(i).ord, inSegment.docFreq(), inSegment.totalTermFreq());
            }
        }
        known.put(term, states);
        return states;
    }

    /**
     * The documents of {@code term} in segment {@code leaf}, or null when it has none there. The
     * postings are lent from those this look-up already made for the segment and field, until
     * {@link #giveBack(int)}: a search walks the same segment for tier after tier.
     */
    @Nullable PostingsEnum postings(Term term, TermStates states, int leaf) throws IOException {
        TermState state = states.get(leaves.get(leaf));
        if (state == null) {
            return null;
        }
        TermsEnum inSegment = enumsOf(term.field())[leaf];
        inSegment.seekExact(term.bytes(), state);
        Deque<PostingsEnum> spare = spares.computeIfAbsent(new Spare(leaf, term.field()), k -> new ArrayDeque<>());
        PostingsEnum postings = inSegment.postings(spare.poll(), PostingsEnum.NONE);
        lent.add(new Lent(new Spare(leaf, term.field()), postings));
        return postings;
    }

    /** Takes back every postings lent for segment {@code leaf}. */
    void giveBack(int leaf) {
        for (Lent l : lent) {
            if (l.spare().leaf() == leaf) {
                Objects.requireNonNull(spares.get(l.spare()), "a lent postings has its spares")
                        .push(l.postings());
            }
        }
        lent.removeIf(l -> l.spare().leaf() == leaf);
    }

    private TermsEnum[] enumsOf(String field) throws IOException {
        TermsEnum[] perSegment = enums.get(field);
        if (perSegment == null) {
            perSegment = new TermsEnum[leaves.size()];
            for (int i = 0; i < perSegment.length; i++) {
                Terms terms = leaves.get(i).reader().terms(field);
                perSegment[i] = terms == null ? TermsEnum.EMPTY : terms.iterator();
            }
            enums.put(field, perSegment);
        }
        return perSegment;
    }

    private record Spare(int leaf, String field) {}

    private record Lent(Spare spare, PostingsEnum postings) {}
}
