package org.constable.search.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The ways typed name words can be read: the surname last (or first, when the text says so) and the
 * other way round, which the ranker marks down as swapped, and each with two neighbouring words
 * written as one ({@link JoinedWords}). Each reading is given as tiers of equal
 * worth ({@link NameTiers}), searched first, and as one scored query for when the tiers are too many:
 * strict (every word must match) and loose (any may).
 */
final class NameReadings {

    private final NameTiers tiers;
    private final List<Query> strict;
    private final List<Query> loose;
    private final Set<String> matched;
    private final List<String> initials;

    private NameReadings(
            NameTiers tiers, List<Query> strict, List<Query> loose, Set<String> matched, List<String> initials) {
        this.tiers = tiers;
        this.strict = strict;
        this.loose = loose;
        this.matched = matched;
        this.initials = initials;
    }

    /**
     * Whether a person may fit the typed words by name at all: one of the name parts it is indexed
     * under is a part some word matches (or neighbours written as one), or begins with a typed initial.
     * The ranker gives a person with none of them no name score, and so no place in the results (ADR 0063).
     */
    boolean mayFit(SearchablePerson person) {
        for (String part : PersonDocuments.nameParts(person)) {
            if (matched.contains(part)) {
                return true;
            }
            for (String initial : initials) {
                if (part.startsWith(initial)) {
                    return true;
                }
            }
        }
        return false;
    }

    NameTiers tiers() {
        return tiers;
    }

    /** One scored query a reading, every word required. */
    List<Query> strict() {
        return strict;
    }

    /** One scored query a reading, any word enough. */
    List<Query> loose() {
        return loose;
    }

    static NameReadings of(
            IndexSearcher searcher,
            List<String> words,
            boolean surnameFirst,
            NameMatcher matcher,
            NamePartDictionary dictionary,
            int mostTiers)
            throws IOException {
        int n = words.size();
        List<Map<String, NameMatch>> asForename = new ArrayList<>();
        List<Map<String, NameMatch>> asSurname = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        List<String> initials = new ArrayList<>();
        for (String word : words) {
            asForename.add(NameExpansion.of(
                    searcher.getIndexReader(), word, NameExpansion.Role.FORENAME, matcher, dictionary, matched));
            asSurname.add(NameExpansion.of(
                    searcher.getIndexReader(), word, NameExpansion.Role.SURNAME, matcher, dictionary, matched));
            if (word.length() == 1) {
                initials.add(word);
            }
        }
        Builder readings = new Builder();
        readings.add(words, asForename, asSurname, surnameFirst, 1);
        // two neighbours written as one word, each reading scaled to the words' own scale, as the ranker averages
        for (JoinedWords.Reading joined : JoinedWords.of(words)) {
            matched.add(joined.joined());
            Map<String, NameMatch> exactly = Map.of(joined.joined(), JoinedWords.strong(joined));
            List<Map<String, NameMatch>> forenames = new ArrayList<>(asForename.subList(0, joined.at()));
            forenames.add(exactly);
            forenames.addAll(asForename.subList(joined.at() + 2, n));
            List<Map<String, NameMatch>> surnames = new ArrayList<>(asSurname.subList(0, joined.at()));
            surnames.add(exactly);
            surnames.addAll(asSurname.subList(joined.at() + 2, n));
            readings.add(
                    joined.words(),
                    forenames,
                    surnames,
                    surnameFirst,
                    Builder.weights(n) / Builder.weights(joined.words().size()));
        }
        return new NameReadings(
                new NameTiers(readings.tiers, mostTiers, new TermLookup(searcher.getIndexReader())),
                readings.strict,
                readings.loose,
                matched,
                initials);
    }

    /** The readings of several word lists (as typed, and with neighbours joined), each in the worth of its own scale. */
    private static final class Builder {
        private final LevelBuilder levels = new LevelBuilder();
        private final List<NameTiers.Reading> tiers = new ArrayList<>();
        private final List<Query> strict = new ArrayList<>();
        private final List<Query> loose = new ArrayList<>();

        /** What a reading of {@code n} words adds up to when every word matches exactly. */
        static double weights(int n) {
            return n == 1 ? 1 : n - 1 + PersonRanker.SURNAME_WEIGHT;
        }

        void add(
                List<String> words,
                List<Map<String, NameMatch>> asForename,
                List<Map<String, NameMatch>> asSurname,
                boolean surnameFirst,
                double scale) {
            int n = words.size();
            if (n == 1) {
                String word = words.get(0);
                List<NameTiers.Level> either = levels.of(
                        word,
                        List.of(
                                new Role(asSurname.get(0), PersonDocuments.SURNAMES, 1),
                                new Role(asForename.get(0), PersonDocuments.FORENAMES, PersonRanker.LONE_FORENAME)));
                tiers.add(new NameTiers.Reading(List.of(either), scale));
                strict.add(scaled(
                        new DisjunctionMaxQuery(
                                List.of(
                                        clause(word, asSurname.get(0), PersonDocuments.SURNAMES, 1f),
                                        clause(word, asForename.get(0), PersonDocuments.FORENAMES, (float)
                                                PersonRanker.LONE_FORENAME)),
                                0f),
                        scale));
                return;
            }
            List<Integer> surnameAt = new ArrayList<>(List.of(surnameFirst ? 0 : n - 1));
            if (!surnameAt.contains(surnameFirst ? n - 1 : 0)) {
                surnameAt.add(surnameFirst ? n - 1 : 0);
            }
            for (int s : surnameAt) {
                List<List<NameTiers.Level>> wordLevels = new ArrayList<>();
                List<Query> clauses = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String word = words.get(i);
                    if (i == s) {
                        wordLevels.add(levels.of(
                                word,
                                List.of(new Role(
                                        asSurname.get(i), PersonDocuments.SURNAMES, PersonRanker.SURNAME_WEIGHT))));
                        clauses.add(clause(
                                word, asSurname.get(i), PersonDocuments.SURNAMES, (float) PersonRanker.SURNAME_WEIGHT));
                    } else {
                        wordLevels.add(levels.of(
                                word,
                                List.of(
                                        new Role(asForename.get(i), PersonDocuments.FORENAMES, 1),
                                        new Role(asSurname.get(i), PersonDocuments.SURNAME_PARTS, 1))));
                        clauses.add(new DisjunctionMaxQuery(
                                List.of(
                                        clause(word, asForename.get(i), PersonDocuments.FORENAMES, 1f),
                                        clause(word, asSurname.get(i), PersonDocuments.SURNAME_PARTS, 1f)),
                                0f));
                    }
                }
                double weight = scale * (s == surnameAt.get(0) ? 1 : PersonRanker.SWAPPED_PENALTY);
                tiers.add(new NameTiers.Reading(wordLevels, weight));
                strict.add(scaled(all(clauses, BooleanClause.Occur.MUST), scale));
                loose.add(scaled(all(clauses, BooleanClause.Occur.SHOULD), scale));
            }
        }

        private static Query scaled(Query q, double scale) {
            return scale == 1 ? q : new BoostQuery(q, (float) scale);
        }
    }

    private static Query all(List<Query> clauses, BooleanClause.Occur occur) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, occur));
        return b.build();
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
        parts.forEach((part, match) ->
                any.add(Queries.worth(new TermQuery(new Term(field, part)), (float) match.weight() * weight)));
        return any.size() == 1 ? any.get(0) : new DisjunctionMaxQuery(any, 0f);
    }

    /** A word's matching parts in one field, and what that field makes a match worth. */
    private record Role(Map<String, NameMatch> parts, String field, double weight) {}

    /** Groups a word's indexed parts, over the fields it may be found in, into levels of equal worth. */
    private static final class LevelBuilder {

        List<NameTiers.Level> of(String word, List<Role> roles) {
            Map<Long, List<Term>> terms = new LinkedHashMap<>();
            Map<Long, List<Query>> prefixes = new LinkedHashMap<>();
            for (Role role : roles) {
                if (word.length() == 1) {
                    long worth = key(MatchKind.INITIAL.weight() * role.weight());
                    prefixes.computeIfAbsent(worth, w -> new ArrayList<>())
                            .add(new PrefixQuery(new Term(role.field(), word)));
                    terms.computeIfAbsent(worth, w -> new ArrayList<>());
                    continue;
                }
                role.parts()
                        .forEach((part, match) -> terms.computeIfAbsent(
                                        key(match.weight() * role.weight()), w -> new ArrayList<>())
                                .add(new Term(role.field(), part)));
            }
            List<NameTiers.Level> levels = new ArrayList<>();
            terms.forEach((worth, any) ->
                    levels.add(new NameTiers.Level(worth / 1e6, any, prefixes.getOrDefault(worth, List.of()))));
            levels.sort((a, b) -> Double.compare(b.worth(), a.worth()));
            return levels;
        }

        private static long key(double worth) {
            return Math.round(worth * 1e6);
        }
    }
}
