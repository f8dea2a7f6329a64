package org.constable.search.domain;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Finds persons in two steps: a Lucene query gathers candidates (exact, variant, fuzzy and phonetic
 * name terms, date-of-birth terms), then {@link PersonRanker} scores each and explains it. Records
 * the caller may not see are dropped before anything is counted or ranked, so they leave no trace.
 */
public final class PersonSearch {

    /** How many candidates the Lucene step hands to the ranker. */
    public static final int CANDIDATES = 400;

    private final NameVariants variants;
    private final PersonRanker ranker;

    public PersonSearch(NameVariants variants) {
        this.variants = variants;
        this.ranker = new PersonRanker(variants);
    }

    public static PersonSearch standard() {
        return new PersonSearch(NameVariants.standard());
    }

    /**
     * The best persons for the typed text, best first.
     *
     * @param mayShowRestricted asked for each restricted person's id; false hides it completely
     */
    public List<PersonHit> search(IndexSearcher searcher, SearchText text, LocalDate today, int limit, LongPredicate mayShowRestricted) {
        Query query = candidates(text, today);
        if (query == null) {
            return List.of();
        }
        try {
            List<PersonHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, CANDIDATES).scoreDocs) {
                SearchablePerson p = PersonDocuments.read(searcher.storedFields().document(sd.doc));
                if (p.restricted() && !mayShowRestricted.test(p.id())) {
                    continue;
                }
                ranker.rank(text, p, today).ifPresent(hits::add);
            }
            hits.sort(Comparator.comparingDouble(PersonHit::score).reversed().thenComparingLong(h -> h.person().id()));
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidate query, or null when the text holds nothing a person can be found by. */
    public Query candidates(SearchText text, LocalDate today) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean something = false;
        for (String word : text.nameWords()) {
            any.add(wordQuery(word), BooleanClause.Occur.SHOULD);
            something = true;
        }
        Query birth = birthQuery(text, today);
        if (birth != null) {
            any.add(birth, BooleanClause.Occur.SHOULD);
            something = true;
        }
        if (!something) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PersonDocuments.KIND, PersonDocuments.TYPE)), BooleanClause.Occur.FILTER)
                .add(any.build(), BooleanClause.Occur.MUST)
                .build();
    }

    /** One typed word: the best of its exact, variant, fuzzy, Double Metaphone and Beider-Morse forms. */
    private Query wordQuery(String word) {
        List<Query> ways = new ArrayList<>();
        ways.add(Queries.worth(new TermQuery(new Term(PersonDocuments.NAME, word)), 4f));
        for (String variant : variants.of(word).keySet()) {
            ways.add(Queries.worth(new TermQuery(new Term(PersonDocuments.NAME, variant)), 3.5f));
        }
        int edits = Math.min(2, Math.max(1, Names.allowedEdits(word)));
        if (word.length() >= 3) {
            ways.add(Queries.worth(new FuzzyQuery(new Term(PersonDocuments.NAME, word), edits, 1, 50, true), 3f));
        }
        BooleanQuery.Builder dm = new BooleanQuery.Builder();
        NamePhonetics.doubleMetaphone(word).forEach(c -> dm.add(new TermQuery(new Term(PersonDocuments.NAME_DM, c)), BooleanClause.Occur.SHOULD));
        ways.add(Queries.worth(dm.build(), 2.5f));
        BooleanQuery.Builder bm = new BooleanQuery.Builder();
        NamePhonetics.beiderMorse(word).forEach(c -> bm.add(new TermQuery(new Term(PersonDocuments.NAME_BM, c)), BooleanClause.Occur.SHOULD));
        ways.add(Queries.worth(bm.build(), 2f));
        return new DisjunctionMaxQuery(ways, 0f);
    }

    private static Query birthQuery(SearchText text, LocalDate today) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (text.dateOfBirth() != null) {
            LocalDate d = text.dateOfBirth();
            b.add(Queries.worth(new TermQuery(new Term(PersonDocuments.DOB, d.toString())), 2f), BooleanClause.Occur.SHOULD);
            if (d.getDayOfMonth() <= 12) {
                try {
                    LocalDate swapped = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
                    b.add(Queries.worth(new TermQuery(new Term(PersonDocuments.DOB, swapped.toString())), 1.5f), BooleanClause.Occur.SHOULD);
                } catch (java.time.DateTimeException impossible) {
                    // the swapped date does not exist (e.g. 31/04): nothing to add
                }
            }
            any = true;
        }
        Integer year = text.birthYear() != null ? text.birthYear() : null;
        if (year != null) {
            b.add(Queries.worth(new TermQuery(new Term(PersonDocuments.DOB_YEAR, year.toString())), 1f), BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (text.ageRange() != null) {
            b.add(Queries.worth(IntPoint.newRangeQuery(PersonDocuments.DOB_DAY, (int) text.ageRange().earliestBirth(today).toEpochDay(),
                    (int) text.ageRange().latestBirth(today).toEpochDay()), 0.5f), BooleanClause.Occur.SHOULD);
            any = true;
        }
        return any ? b.build() : null;
    }
}
