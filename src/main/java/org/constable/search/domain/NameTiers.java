package org.constable.search.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Finds candidates tier by tier (ADR 0037). In each reading of the typed words, every word matches
 * name parts at a few strengths (exact, nickname or transliteration, a part of a double-barrelled
 * surname, fuzzy, Double Metaphone, Beider-Morse, an initial), each worth what the ranker gives it. A
 * tier is one strength for every word: each person in it is worth the same, so tiers are searched
 * from the most to the least valuable, and each yields persons in index order until enough are
 * found. A common name fills from its first tier after a few dozen documents; a rare or misspelt one
 * passes its empty tiers in microseconds; neither scores every person who shares any sound-alike of
 * any word.
 */
final class NameTiers {

    /** The most tiers searched in one phase, unless told otherwise; beyond it the caller asks one scored query instead. */
    static final int MOST_TIERS = 48;
    /** The most tiers listed in one phase; a query with more words than this allows goes to the scored query at once. */
    private static final int MOST_LISTED = 20_000;
    /** A word left out of a loose tier. */
    private static final int ANY = -1;

    /**
     * One strength at which one word matches: its worth, and the parts that match at it (indexed
     * terms, or the prefix of an initial). The terms are looked up in the index only when a tier
     * needing them is searched, as most searches stop within their first few tiers.
     */
    static final class Level {
        private final double worth;
        private final List<Term> terms;
        private final List<Query> prefixes;
        private final List<Term> found = new ArrayList<>();
        private final List<TermStates> foundStates = new ArrayList<>();
        private boolean looked;

        Level(double worth, List<Term> terms, List<Query> prefixes) {
            this.worth = worth;
            this.terms = terms;
            this.prefixes = prefixes;
        }

        double worth() {
            return worth;
        }

        /** Looks the level's terms up in the index, once; false when none of its parts is there. */
        boolean inIndex(TermLookup lookup) throws IOException {
            if (!looked) {
                List<Term> inOrder = new ArrayList<>(terms);
                inOrder.sort(null);
                for (Term term : inOrder) {
                    TermStates states = lookup.of(term);
                    if (states.docFreq() > 0) {
                        found.add(term);
                        foundStates.add(states);
                    }
                }
                looked = true;
            }
            return !found.isEmpty() || !prefixes.isEmpty();
        }

        /** Whether the level is an initial, matched by a prefix rather than by terms. */
        boolean initials() {
            return !prefixes.isEmpty();
        }

        /** The level's parts as one query, after {@link #inIndex}. */
        Query query() {
            List<Query> any = new ArrayList<>(prefixes);
            for (int i = 0; i < found.size(); i++) {
                any.add(new TermQuery(found.get(i), foundStates.get(i)));
            }
            if (any.size() == 1) {
                return any.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            any.forEach(p -> b.add(p, BooleanClause.Occur.SHOULD));
            return b.build();
        }

        /** The documents of the level's parts in segment {@code leaf}, or null when it has none there; after {@link #inIndex}. */
        @Nullable DocIdSetIterator docs(TermLookup lookup, int leaf) throws IOException {
            List<PostingsEnum> any = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                PostingsEnum postings = lookup.postings(found.get(i), foundStates.get(i), leaf);
                if (postings != null) {
                    any.add(postings);
                }
            }
            return any.isEmpty() ? null : any.size() == 1 ? any.get(0) : new AnyOf(any);
        }
    }

    /** One reading of the typed words: each word's levels, most valuable first, and the reading's own weight. */
    record Reading(List<List<Level>> words, double weight) {}

    private record Tier(double worth, Reading reading, int[] levels) {}

    private final List<Reading> readings;
    private final int mostTiers;
    private final TermLookup lookup;

    /** {@code lookup} is the search's own, over the reader the tiers will be walked in. */
    NameTiers(List<Reading> readings, int mostTiers, TermLookup lookup) {
        this.readings = readings;
        this.mostTiers = mostTiers;
        this.lookup = lookup;
    }

    /**
     * Adds candidates from the tiers where every word matches ({@code strict}), or from those where
     * some but not all do, in order of worth, until {@code into} is full.
     *
     * @return false when the tiers were too many to search one by one; {@code into} then holds the most
     *     valuable part and the caller completes the phase with a scored query
     */
    boolean gather(IndexSearcher searcher, boolean strict, Candidates into) throws IOException {
        List<Tier> tiers = new ArrayList<>();
        for (Reading reading : readings) {
            if (!list(reading, strict, new int[reading.words().size()], 0, tiers)) {
                return false;
            }
        }
        tiers.sort(Comparator.comparingDouble(Tier::worth).reversed());
        int searched = 0;
        for (Tier tier : tiers) {
            if (into.full()) {
                return true;
            }
            List<Level> levels = levels(lookup, tier);
            if (levels == null) {
                continue;
            }
            if (++searched > mostTiers) {
                return false;
            }
            if (levels.stream().anyMatch(Level::initials)) {
                searcher.search(query(levels), into.firstMatches());
            } else {
                walk(searcher, lookup, levels, into);
            }
        }
        return true;
    }

    /**
     * Adds the live documents (a replaced person's old document is deleted, not yet gone) having a
     * part of every level, segment by segment in index order, until {@code into} is full: a
     * conjunction of unions of postings, lent by {@code lookup}, with no query, weight or scorer
     * built for a tier that may hold nobody.
     */
    private static void walk(IndexSearcher searcher, TermLookup lookup, List<Level> levels, Candidates into)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int leaf = 0; leaf < leaves.size() && !into.full(); leaf++) {
            try {
                List<DocIdSetIterator> every = new ArrayList<>(levels.size());
                for (Level level : levels) {
                    DocIdSetIterator docs = level.docs(lookup, leaf);
                    if (docs == null) {
                        break;
                    }
                    every.add(docs);
                }
                if (every.size() < levels.size()) {
                    continue;
                }
                DocIdSetIterator all = every.size() == 1 ? every.get(0) : ConjunctionUtils.intersectIterators(every);
                Candidates.InSegment segment = into.in(
                        leaves.get(leaf),
                        lookup.postings(
                                PersonDocuments.RESTRICTED_TERM, lookup.of(PersonDocuments.RESTRICTED_TERM), leaf));
                for (int doc = all.nextDoc();
                        doc != DocIdSetIterator.NO_MORE_DOCS && !into.full();
                        doc = all.nextDoc()) {
                    segment.add(doc);
                }
            } finally {
                lookup.giveBack(leaf);
            }
        }
    }

    /** Lists the tiers of one reading, word by word; false when there would be too many. */
    private static boolean list(Reading reading, boolean strict, int[] chosen, int word, List<Tier> into) {
        List<List<Level>> words = reading.words();
        if (word == words.size()) {
            int required = 0;
            double worth = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] != ANY) {
                    required++;
                    worth += words.get(i).get(chosen[i]).worth();
                }
            }
            boolean wanted = strict ? required == chosen.length : required > 0 && required < chosen.length;
            if (wanted) {
                into.add(new Tier(worth * reading.weight(), reading, chosen.clone()));
            }
            return into.size() <= MOST_LISTED;
        }
        for (int level = strict ? 0 : ANY; level < words.get(word).size(); level++) {
            chosen[word] = level;
            if (!list(reading, strict, chosen, word + 1, into)) {
                return false;
            }
        }
        return true;
    }

    /** The levels a tier requires, or null when one has no part in the index. */
    private static @Nullable List<Level> levels(TermLookup lookup, Tier tier) throws IOException {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < tier.levels().length; i++) {
            if (tier.levels()[i] != ANY) {
                Level level = tier.reading().words().get(i).get(tier.levels()[i]);
                if (!level.inIndex(lookup)) {
                    return null;
                }
                levels.add(level);
            }
        }
        return levels;
    }

    private static Query query(List<Level> levels) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        levels.forEach(level -> all.add(level.query(), BooleanClause.Occur.FILTER));
        return all.build();
    }
}
