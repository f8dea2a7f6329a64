package org.constable.search.domain;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Adds one document found by name, telling restricted persons apart by the index's flag. */
    void add(int doc, boolean isRestricted) {
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
    void addBeside(int doc, boolean isRestricted) {
        if (seen.add(doc)) {
            (isRestricted ? restricted : open).add(doc);
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
                RestrictedFlags flags = new RestrictedFlags(leaf);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        add(leaf.docBase + doc, flags.isRestricted(doc));
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

    /** Whether documents of one segment, asked in increasing order, carry the restricted flag. */
    static final class RestrictedFlags {
        private final PostingsEnum flagged;

        RestrictedFlags(LeafReaderContext leaf) throws IOException {
            this(leaf.reader().postings(PersonDocuments.RESTRICTED_TERM, PostingsEnum.NONE));
        }

        /** From the segment's postings of the restricted flag, null when none is flagged. */
        RestrictedFlags(PostingsEnum flagged) {
            this.flagged = flagged;
        }

        boolean isRestricted(int doc) throws IOException {
            if (flagged == null) {
                return false;
            }
            int at = flagged.docID() < doc ? flagged.advance(doc) : flagged.docID();
            return at == doc && at != DocIdSetIterator.NO_MORE_DOCS;
        }
    }
}
