package org.constable.search.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * The documents one search will rank, each once, in the order found: persons anyone may see, up to a
 * number, and apart from them a few restricted persons, which are shown only to a caller with
 * need-to-know. A restricted person never counts towards the others, so whether one exists changes
 * nothing another caller gets.
 */
final class Candidates {

    private final int wanted;
    private final int restrictedWanted;
    private final Set<Integer> seen = new HashSet<>();
    private final List<Integer> open = new ArrayList<>();
    private final List<Integer> restricted = new ArrayList<>();
    private final Set<Integer> besideTheName = new HashSet<>();
    private int counted;

    Candidates(int wanted, int restrictedWanted) {
        this.wanted = wanted;
        this.restrictedWanted = restrictedWanted;
    }

    boolean full() {
        return counted >= wanted;
    }

    /** How many persons anyone may see were found by name. */
    int found() {
        return counted;
    }

    /** The documents of persons anyone may see. */
    List<Integer> open() {
        return open;
    }

    /** The documents of restricted persons, to be shown only with need-to-know. */
    List<Integer> restricted() {
        return restricted;
    }

    /** Whether the document was found by something other than the name (a date of birth) and not by name before. */
    boolean besideTheName(int doc) {
        return besideTheName.contains(doc);
    }

    /** Adds the best documents of a scored query by name, which held only restricted persons or only others. */
    void addScored(ScoreDoc[] docs, boolean restrictedOnly) {
        for (ScoreDoc d : docs) {
            if (seen.add(d.doc)) {
                if (restrictedOnly) {
                    restricted.add(d.doc);
                } else {
                    open.add(d.doc);
                    counted++;
                }
            }
        }
    }

    /** Adds one document found by name. */
    private void add(int doc, boolean isRestricted) {
        if (!seen.add(doc)) {
            return;
        }
        if (!isRestricted) {
            open.add(doc);
            counted++;
        } else if (restricted.size() < restrictedWanted) {
            restricted.add(doc);
        }
    }

    /**
     * Adds one document found by something other than the name (a date of birth). It neither counts
     * towards the number wanted nor is refused for a restricted person, as the few such documents are
     * all read.
     */
    private void addBeside(int doc, boolean isRestricted) {
        if (seen.add(doc)) {
            (isRestricted ? restricted : open).add(doc);
            besideTheName.add(doc);
        }
    }

    /** A collector adding the documents it meets in index order until the candidates are full. */
    Collector firstMatches() {
        return new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
                if (full()) {
                    throw new CollectionTerminatedException();
                }
                InSegment segment = in(leaf);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        segment.add(doc);
                        if (full()) {
                            throw new CollectionTerminatedException();
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    /** Adds documents of {@code leaf}, telling restricted ones apart by its postings of the flag. */
    InSegment in(LeafReaderContext leaf) throws IOException {
        return in(leaf, leaf.reader().postings(PersonDocuments.RESTRICTED_TERM, PostingsEnum.NONE));
    }

    /** Adds documents of {@code leaf}; {@code flagged} is its postings of the restricted flag, null when none is flagged. */
    InSegment in(LeafReaderContext leaf, @Nullable PostingsEnum flagged) {
        return new InSegment(leaf, flagged);
    }

    /**
     * Adds the documents of one segment, given in increasing order as postings give them: a deleted
     * document (a replaced person's old one, there until segments merge) is skipped, and a restricted
     * person is told apart by the index's flag.
     */
    final class InSegment {
        private final int base;
        private final Bits live;
        private final @Nullable PostingsEnum flagged;

        private InSegment(LeafReaderContext leaf, @Nullable PostingsEnum flagged) {
            this.base = leaf.docBase;
            this.live = leaf.reader().getLiveDocs();
            this.flagged = flagged;
        }

        /** Adds a document found by name. */
        void add(int doc) throws IOException {
            if (live == null || live.get(doc)) {
                Candidates.this.add(base + doc, isRestricted(doc));
            }
        }

        /** Adds a document found by something other than the name; see {@link Candidates#addBeside}. */
        void addBeside(int doc) throws IOException {
            if (live == null || live.get(doc)) {
                Candidates.this.addBeside(base + doc, isRestricted(doc));
            }
        }

        private boolean isRestricted(int doc) throws IOException {
            if (flagged == null) {
                return false;
            }
            int at = flagged.docID() < doc ? flagged.advance(doc) : flagged.docID();
            return at == doc && at != DocIdSetIterator.NO_MORE_DOCS;
        }
    }
}
