package org.constable.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * Finds persons in two steps. First each typed word is expanded into the real name parts it may
 * stand for ({@link NameExpansion}), each worth what the ranker gives that match, and candidates are
 * taken tier by tier, the most valuable first, under both readings of the words (surname last, or
 * first when the text says so, and the other way round): first with every word required, then, only
 * when that finds too few, with any word ({@link NameTiers}). Everyone born on a typed date of birth
 * joins them ({@link BirthCandidates}). Then {@link PersonRanker} scores each candidate exactly and
 * says why it matched (ADR 0036, ADR 0037).
 *
 * <p>Restricted persons never count towards the candidates wanted and join them only when the caller
 * may see them, so a hidden record neither appears nor takes the place of one that would have.
 */
public final class PersonSearch {

    /** Candidates taken from the index by name, over all readings of the typed words. */
    static final int CANDIDATES = 64;
    /** Restricted candidates taken by name, before the caller's need-to-know is asked. */
    static final int RESTRICTED_CANDIDATES = 16;

    private final NameVariants variants;
    private final Limits limits;
    private final PersonRanker ranker = new PersonRanker();
    private final NamePartDictionary dictionary;

    /**
     * When a search stops taking candidates tier by tier, or reading everyone born on a date, and
     * asks a scored query instead (ADR 0037). The defaults suit any index; a test lowers them to
     * show the scored queries find the same persons.
     */
    record Limits(int mostTiers, int mostBornOnADate) {
        static final Limits STANDARD = new Limits(NameTiers.MOST_TIERS, BirthCandidates.MOST_READ);
    }

    /** A search that reads the name parts of every new segment of the indexes it searches into a dictionary of its own. */
    public PersonSearch(NameVariants variants) {
        this(variants, NamePartDictionary.readingSegments());
    }

    /** A search that takes name parts from {@code dictionary}, shared with whoever else searches the same index. */
    public PersonSearch(NameVariants variants, NamePartDictionary dictionary) {
        this(variants, Limits.STANDARD, dictionary);
    }

    PersonSearch(NameVariants variants, Limits limits) {
        this(variants, limits, NamePartDictionary.readingSegments());
    }

    private PersonSearch(NameVariants variants, Limits limits, NamePartDictionary dictionary) {
        this.variants = variants;
        this.limits = limits;
        this.dictionary = dictionary;
    }

    /** The dictionary of name parts this search expands typed words with. */
    public NamePartDictionary dictionary() {
        return dictionary;
    }

    public static PersonSearch standard() {
        return new PersonSearch(NameVariants.standard());
    }

    /**
     * The best persons for the typed text, best first, trusting the index's restriction flag.
     *
     * @param mayShowRestricted asked for each restricted candidate's id; false hides it completely
     */
    public List<PersonHit> search(
            IndexSearcher given, SearchText text, LocalDate today, int limit, LongPredicate mayShowRestricted) {
        return search(given, text, today, limit, Visibility.byIndexFlag(mayShowRestricted));
    }

    /**
     * The best persons for the typed text, best first.
     *
     * @param visibility asked once about every candidate before ranking; a hidden one is dropped completely
     */
    public List<PersonHit> search(
            IndexSearcher given, SearchText text, LocalDate today, int limit, Visibility visibility) {
        NameMatcher matcher = new NameMatcher(variants);
        // the queries of one search are each asked once: caching them as filters would only cost
        IndexSearcher searcher = new IndexSearcher(given.getIndexReader());
        searcher.setQueryCache(null);
        try {
            NameReadings[] readings = new NameReadings[1];
            Candidates found = candidates(searcher, text, today, limit, matcher, readings);
            if (found == null) {
                return List.of();
            }
            Map<Integer, SearchablePerson> views =
                    new LinkedHashMap<>(RankingViews.of(searcher.getIndexReader(), found.open()));
            views.putAll(RankingViews.of(searcher.getIndexReader(), found.restricted()));
            if (readings[0] != null) {
                // everyone born on a typed date is read, but only those with a name part the words match can be ranked
                // at all
                views.entrySet().removeIf(v -> found.besideTheName(v.getKey()) && !readings[0].mayFit(v.getValue()));
            }
            Set<Long> hidden = visibility.hidden(
                    views.values().stream().map(SearchablePerson::id).toList(),
                    views.values().stream()
                            .filter(SearchablePerson::restricted)
                            .map(SearchablePerson::id)
                            .toList());
            views.values().removeIf(p -> hidden.contains(p.id()));
            Map<Long, Integer> docOf = new HashMap<>();
            List<PersonHit> hits = new ArrayList<>();
            views.forEach((doc, p) -> {
                docOf.put(p.id(), doc);
                ranker.rank(text, p, today, matcher).ifPresent(hits::add);
            });
            hits.sort(Comparator.comparingDouble(PersonHit::score)
                    .reversed()
                    .thenComparingLong(h -> h.person().id()));
            List<PersonHit> best = new ArrayList<>();
            for (PersonHit h : hits.subList(0, Math.min(limit, hits.size()))) {
                SearchablePerson whole = PersonDocuments.read(
                        searcher.getIndexReader(),
                        Objects.requireNonNull(
                                docOf.get(h.person().id()), "every ranked person was read from a document"));
                best.add(new PersonHit(whole, h.score(), h.why()));
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents to rank: by name, tier by tier with every word required; everyone born on a
     * typed date; and, only when the names found too few, with any word enough. Null when nothing
     * searchable was typed.
     */
    private @Nullable Candidates candidates(
            IndexSearcher searcher,
            SearchText text,
            LocalDate today,
            int limit,
            NameMatcher matcher,
            NameReadings[] readingsOut)
            throws IOException {
        Candidates found = new Candidates(CANDIDATES, RESTRICTED_CANDIDATES);
        if (text.nameWords().isEmpty()) {
            Query birth = birthQuery(text, today, 1f);
            if (birth == null) {
                return null;
            }
            addBest(searcher, List.of(birth), found);
            return found;
        }
        dictionary.read(searcher.getIndexReader());
        NameReadings readings = NameReadings.of(
                searcher, text.nameWords(), text.surnameFirst(), matcher, dictionary, limits.mostTiers());
        readingsOut[0] = readings;
        if (!readings.tiers().gather(searcher, true, found)) {
            addBest(searcher, readings.strict(), found);
        }
        if (text.hasBirthCriterion() && !BirthCandidates.add(searcher, text, limits.mostBornOnADate(), found)) {
            float scale = (float) (text.nameWords().size() - 1 + PersonRanker.SURNAME_WEIGHT);
            List<Query> bornSo = new ArrayList<>();
            for (Query names : readings.strict()) {
                bornSo.add(new BooleanQuery.Builder()
                        .add(names, BooleanClause.Occur.MUST)
                        .add(birthQuery(text, today, scale), BooleanClause.Occur.MUST)
                        .build());
            }
            addBest(searcher, bornSo, found);
        }
        if (found.found() < limit && !readings.tiers().gather(searcher, false, found)) {
            addBest(searcher, readings.loose(), found);
        }
        return found;
    }

    /** Adds the best-scoring documents of each query, the restricted ones searched apart. */
    private static void addBest(IndexSearcher searcher, List<Query> queries, Candidates into) throws IOException {
        for (Query query : queries) {
            into.addScored(best(searcher, persons(query, false), CANDIDATES), false);
            into.addScored(best(searcher, persons(query, true), RESTRICTED_CANDIDATES), true);
        }
    }

    /**
     * The {@code n} best documents. Lucene skips documents that cannot beat the n-th best only once
     * it has counted a threshold of hits (a thousand by default); counting nothing beyond the n
     * wanted lets it skip from the start, which matters for a common name among millions.
     */
    private static ScoreDoc[] best(IndexSearcher searcher, Query query, int n) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }

    private static Query persons(Query query, boolean restricted) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PersonDocuments.KIND, PersonDocuments.TYPE)), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.MUST);
        Query secret = new TermQuery(PersonDocuments.RESTRICTED_TERM);
        return b.add(secret, restricted ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** Date-of-birth and age clauses, each worth what the ranker adds for it, in the names' scale; null when none was typed. */
    private static @Nullable Query birthQuery(SearchText text, LocalDate today, float scale) {
        float worth = (float) PersonRanker.BIRTH_WEIGHT * scale;
        List<Query> ways = new ArrayList<>();
        if (text.dateOfBirth() != null) {
            LocalDate d = text.dateOfBirth();
            ways.add(Queries.worth(
                    new TermQuery(new Term(PersonDocuments.DOB, d.toString())),
                    (float) MatchKind.DOB_EXACT.weight() * worth));
            if (d.getDayOfMonth() <= 12) {
                try {
                    LocalDate swapped = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
                    ways.add(Queries.worth(
                            new TermQuery(new Term(PersonDocuments.DOB, swapped.toString())),
                            (float) MatchKind.DOB_DAY_MONTH_SWAPPED.weight() * worth));
                } catch (DateTimeException impossible) {
                    // the swapped date does not exist (e.g. 31/04): nothing to add
                }
            }
        }
        if (text.birthYear() != null) {
            ways.add(Queries.worth(
                    new TermQuery(
                            new Term(PersonDocuments.DOB_YEAR, text.birthYear().toString())),
                    (float) MatchKind.DOB_YEAR_ONLY.weight() * worth));
        }
        if (text.ageRange() != null) {
            ways.add(Queries.worth(
                    IntPoint.newRangeQuery(
                            PersonDocuments.DOB_DAY,
                            (int) text.ageRange().earliestBirth(today).toEpochDay(),
                            (int) text.ageRange().latestBirth(today).toEpochDay()),
                    (float) MatchKind.AGE_RANGE.weight() * worth));
        }
        if (ways.isEmpty()) {
            return null;
        }
        return ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f);
    }
}
