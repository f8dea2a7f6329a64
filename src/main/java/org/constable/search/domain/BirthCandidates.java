package org.constable.search.domain;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * Everyone born on a typed date of birth, or on it with day and month swapped: a few hundred persons
 * even among ten million, so they are all handed to the ranker, which keeps those whose names fit.
 * Found this way, a person with the right date and a name of any strength is never crowded out by
 * the many who share the name alone (ADR 0037).
 */
final class BirthCandidates {

    /** The most persons read this way, unless told otherwise; a date shared by more is left to a scored query. */
    static final int MOST_READ = 4096;

    private BirthCandidates() {}

    /**
     * Adds the persons born on the typed date or its swap, live documents only (a replaced person's
     * old document is deleted, not yet gone); false when no full date was typed or it is shared by too many.
     */
    static boolean add(IndexSearcher searcher, SearchText text, int mostRead, Candidates into) throws IOException {
        LocalDate typed = text.dateOfBirth();
        if (typed == null) {
            return false;
        }
        List<Term> dates = new ArrayList<>();
        long born = 0;
        for (LocalDate date : datesFor(typed)) {
            Term term = new Term(PersonDocuments.DOB, date.toString());
            dates.add(term);
            born += searcher.getIndexReader().docFreq(term);
        }
        if (born > mostRead) {
            return false;
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Candidates.InSegment segment = into.in(leaf);
            for (int doc : docsIn(leaf, dates)) {
                segment.addBeside(doc);
            }
        }
        return true;
    }

    private static List<LocalDate> datesFor(LocalDate typed) {
        List<LocalDate> dates = new ArrayList<>(List.of(typed));
        if (typed.getDayOfMonth() <= 12 && typed.getDayOfMonth() != typed.getMonthValue()) {
            try {
                dates.add(LocalDate.of(typed.getYear(), typed.getDayOfMonth(), typed.getMonthValue()));
            } catch (DateTimeException impossible) {
                // the swapped date does not exist: only the typed one
            }
        }
        return dates;
    }

    /** The segment's documents holding any of the terms, each once, in increasing order. */
    private static int[] docsIn(LeafReaderContext leaf, List<Term> terms) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (Term term : terms) {
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings != null) {
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    docs.add(d);
                }
            }
        }
        return docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
}
