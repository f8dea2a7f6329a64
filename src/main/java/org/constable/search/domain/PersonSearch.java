package org.constable.search.domain;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;

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
import java.util.function.LongPredicate;

/**
 * Finds persons in two steps. First each typed word is expanded into the real name parts it may
 * stand for ({@link NameExpansion}), each worth what the ranker gives that match, and the index is
 * asked for the best few persons under each reading of the words (surname last, or first when the
 * text says so, and the other way round): first with every word required, then, only when that finds
 * too few, with any word. Because the index scores candidates as the ranker would, a few dozen are
 * enough even at ten million persons. Then {@link PersonRanker} scores each candidate exactly and
 * says why it matched (ADR 0036).
 *
 * <p>Restricted persons are searched for separately and join the candidates only when the caller may
 * see them, so a hidden record neither appears nor takes the place of one that would have.
 */
public final class PersonSearch {

    /** Candidates taken from the index for each reading of the typed words. */
    static final int CANDIDATES = 64;
    /** Restricted candidates taken for each reading, before the caller's need-to-know is asked. */
    static final int RESTRICTED_CANDIDATES = 16;

    private final NameVariants variants;
    private final PersonRanker ranker = new PersonRanker();

    public PersonSearch(NameVariants variants) {
        this.variants = variants;
    }

    public static PersonSearch standard() {
        return new PersonSearch(NameVariants.standard());
    }

    /**
     * The best persons for the typed text, best first.
     *
     * @param mayShowRestricted asked for each restricted candidate's id; false hides it completely
     */
    public List<PersonHit> search(IndexSearcher searcher, SearchText text, LocalDate today, int limit, LongPredicate mayShowRestricted) {
        NameMatcher matcher = new NameMatcher(variants);
        try {
            Readings readings = readings(searcher.getIndexReader(), text, today, matcher);
            if (readings == null) {
                return List.of();
            }
            Map<Integer, SearchablePerson> candidates = new LinkedHashMap<>();
            gather(searcher, readings.strict(), candidates, mayShowRestricted);
            if (candidates.size() < limit) {
                gather(searcher, readings.loose(), candidates, mayShowRestricted);
            }
            Map<Long, Integer> docOf = new HashMap<>();
            List<PersonHit> hits = new ArrayList<>();
            candidates.forEach((doc, p) -> {
                docOf.put(p.id(), doc);
                ranker.rank(text, p, today, matcher).ifPresent(hits::add);
            });
            hits.sort(Comparator.comparingDouble(PersonHit::score).reversed().thenComparingLong(h -> h.person().id()));
            List<PersonHit> best = new ArrayList<>();
            for (PersonHit h : hits.subList(0, Math.min(limit, hits.size()))) {
                SearchablePerson whole = PersonDocuments.read(searcher.storedFields().document(docOf.get(h.person().id())));
                best.add(new PersonHit(whole, h.score(), h.why()));
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the candidates of each query, ranking views only; restricted ones only when the caller may see them. */
    private static void gather(IndexSearcher searcher, List<Query> queries, Map<Integer, SearchablePerson> into,
                               LongPredicate mayShowRestricted) throws IOException {
        for (Query query : queries) {
            into.putAll(RankingViews.of(searcher.getIndexReader(), searcher.search(persons(query, false), CANDIDATES).scoreDocs));
            RankingViews.of(searcher.getIndexReader(), searcher.search(persons(query, true), RESTRICTED_CANDIDATES).scoreDocs)
                    .forEach((doc, p) -> {
                        if (mayShowRestricted.test(p.id())) {
                            into.put(doc, p);
                        }
                    });
        }
    }

    private static Query persons(Query query, boolean restricted) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PersonDocuments.KIND, PersonDocuments.TYPE)), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.MUST);
        Query secret = new TermQuery(PersonDocuments.RESTRICTED_TERM);
        return b.add(secret, restricted ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT).build();
    }

    /** The queries for the ways the typed words can be read: strict (every word must match) and loose (any may). */
    private record Readings(List<Query> strict, List<Query> loose) {
    }

    private Readings readings(IndexReader reader, SearchText text, LocalDate today, NameMatcher matcher) throws IOException {
        List<String> words = text.nameWords();
        int n = words.size();
        if (n == 0) {
            Query birth = birthQuery(text, today, 1f);
            return birth == null ? null : new Readings(List.of(birth), List.of());
        }
        List<Map<String, NameMatch>> asForename = new ArrayList<>();
        List<Map<String, NameMatch>> asSurname = new ArrayList<>();
        for (String word : words) {
            CompiledAutomaton fuzzy = NameExpansion.fuzzy(word);
            asForename.add(NameExpansion.of(reader, word, fuzzy, NameExpansion.Role.FORENAME, matcher));
            asSurname.add(NameExpansion.of(reader, word, fuzzy, NameExpansion.Role.SURNAME, matcher));
        }
        if (n == 1) {
            Query either = new DisjunctionMaxQuery(List.of(
                    clause(words.get(0), asSurname.get(0), PersonDocuments.SURNAMES, 1f),
                    clause(words.get(0), asForename.get(0), PersonDocuments.FORENAMES, (float) PersonRanker.LONE_FORENAME)), 0f);
            return new Readings(List.of(withBirth(either, BooleanClause.Occur.MUST, text, today, 1f)), List.of());
        }
        List<Integer> surnameAt = new ArrayList<>(List.of(text.surnameFirst() ? 0 : n - 1));
        if (!surnameAt.contains(text.surnameFirst() ? n - 1 : 0)) {
            surnameAt.add(text.surnameFirst() ? n - 1 : 0);
        }
        float scale = (float) (n - 1 + PersonRanker.SURNAME_WEIGHT);
        List<Query> strict = new ArrayList<>();
        List<Query> loose = new ArrayList<>();
        for (int s : surnameAt) {
            List<Query> clauses = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String word = words.get(i);
                clauses.add(i == s
                        ? clause(word, asSurname.get(i), PersonDocuments.SURNAMES, (float) PersonRanker.SURNAME_WEIGHT)
                        : new DisjunctionMaxQuery(List.of(clause(word, asForename.get(i), PersonDocuments.FORENAMES, 1f),
                        clause(word, asSurname.get(i), PersonDocuments.SURNAME_PARTS, 1f)), 0f));
            }
            strict.add(reading(clauses, BooleanClause.Occur.MUST, text, today, scale));
            loose.add(reading(clauses, BooleanClause.Occur.SHOULD, text, today, scale));
        }
        return new Readings(strict, loose);
    }

    private static Query reading(List<Query> clauses, BooleanClause.Occur occur, SearchText text, LocalDate today, float scale) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, occur));
        return withBirth(b.build(), BooleanClause.Occur.MUST, text, today, scale);
    }

    private static Query withBirth(Query names, BooleanClause.Occur occur, SearchText text, LocalDate today, float scale) {
        Query birth = birthQuery(text, today, scale);
        if (birth == null) {
            return names;
        }
        return new BooleanQuery.Builder().add(names, occur).add(birth, BooleanClause.Occur.SHOULD).build();
    }

    /** One word in one field: the best of the parts it stands for, each worth its match; a single letter is an initial. */
    private static Query clause(String word, Map<String, NameMatch> parts, String field, float weight) {
        if (word.length() == 1) {
            return Queries.worth(new PrefixQuery(new Term(field, word)), (float) MatchKind.INITIAL.weight() * weight);
        }
        if (parts.isEmpty()) {
            return new MatchNoDocsQuery("no name part like '" + word + "'");
        }
        List<Query> any = new ArrayList<>();
        parts.forEach((part, match) -> any.add(Queries.worth(new TermQuery(new Term(field, part)), (float) match.weight() * weight)));
        return any.size() == 1 ? any.get(0) : new DisjunctionMaxQuery(any, 0f);
    }

    /** Date-of-birth and age clauses, each worth what the ranker adds for it, in the names' scale; null when none was typed. */
    private static Query birthQuery(SearchText text, LocalDate today, float scale) {
        float worth = (float) PersonRanker.BIRTH_WEIGHT * scale;
        List<Query> ways = new ArrayList<>();
        if (text.dateOfBirth() != null) {
            LocalDate d = text.dateOfBirth();
            ways.add(Queries.worth(new TermQuery(new Term(PersonDocuments.DOB, d.toString())), (float) MatchKind.DOB_EXACT.weight() * worth));
            if (d.getDayOfMonth() <= 12) {
                try {
                    LocalDate swapped = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
                    ways.add(Queries.worth(new TermQuery(new Term(PersonDocuments.DOB, swapped.toString())),
                            (float) MatchKind.DOB_DAY_MONTH_SWAPPED.weight() * worth));
                } catch (DateTimeException impossible) {
                    // the swapped date does not exist (e.g. 31/04): nothing to add
                }
            }
        }
        if (text.birthYear() != null) {
            ways.add(Queries.worth(new TermQuery(new Term(PersonDocuments.DOB_YEAR, text.birthYear().toString())),
                    (float) MatchKind.DOB_YEAR_ONLY.weight() * worth));
        }
        if (text.ageRange() != null) {
            ways.add(Queries.worth(IntPoint.newRangeQuery(PersonDocuments.DOB_DAY, (int) text.ageRange().earliestBirth(today).toEpochDay(),
                    (int) text.ageRange().latestBirth(today).toEpochDay()), (float) MatchKind.AGE_RANGE.weight() * worth));
        }
        if (ways.isEmpty()) {
            return null;
        }
        return ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f);
    }
}
