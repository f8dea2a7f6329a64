package org.constable.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.constable.people.PersonNames;
import org.constable.shared.RecordType;

/**
 * Completions for the search box as the user types: person names (the name or alias that has every
 * typed word, the last one as a start), registrations and postcodes. A restricted record is dropped
 * before anything is merged, ranked or cut to the limit, so what is left over, and how much, is the
 * same as if the record did not exist. Each suggestion keeps the ids it stands for (for the audit
 * trail); several persons of one name are one suggestion.
 */
public final class Suggestions {

    /** What a suggestion completes to, and which records it stands for (never shown). */
    public record Suggestion(String text, String kind, List<Long> ids) {
        public Suggestion {
            ids = List.copyOf(ids);
        }
    }

    public static final String PERSON = "person";
    public static final String VEHICLE = "vehicle";
    public static final String POSTCODE = "postcode";

    /** The kind of record a suggestion of this kind stands for: a postcode stands for addresses. */
    public static RecordType recordType(String kind) {
        return switch (kind) {
            case PERSON -> RecordType.PERSON;
            case VEHICLE -> RecordType.VEHICLE;
            case POSTCODE -> RecordType.LOCATION;
            default -> throw new IllegalStateException("not a kind of suggestion: " + kind);
        };
    }
    /** How many matching documents are read before restricted ones are dropped and the rest ranked. */
    private static final int CANDIDATES = 200;

    private Suggestions() {}

    /** As {@link #names(IndexSearcher, String, int, Visibility)}, trusting the index's restriction flag. */
    public static List<Suggestion> names(
            IndexSearcher searcher, String typed, int limit, LongPredicate mayShowRestricted) {
        return names(searcher, typed, limit, Visibility.byIndexFlag(mayShowRestricted));
    }

    public static List<Suggestion> names(IndexSearcher searcher, String typed, int limit, Visibility visibility) {
        if (typed == null || typed.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        List<String> words = PersonNames.parts(typed);
        if (words.isEmpty() || words.size() == 1 && words.get(0).length() < 2) {
            return List.of();
        }
        List<String> whole = words.subList(0, words.size() - 1);
        String start = words.get(words.size() - 1);
        List<SearchablePerson> candidates = new ArrayList<>();
        for (boolean restricted : new boolean[] {false, true}) {
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(
                            new TermQuery(new Term(PersonDocuments.KIND, PersonDocuments.TYPE)),
                            BooleanClause.Occur.FILTER)
                    .add(
                            new TermQuery(PersonDocuments.RESTRICTED_TERM),
                            restricted ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT)
                    .add(
                            anyName(
                                    new PrefixQuery(new Term(PersonDocuments.FORENAMES, start)),
                                    new PrefixQuery(new Term(PersonDocuments.SURNAMES, start))),
                            BooleanClause.Occur.FILTER);
            whole.forEach(w -> q.add(
                    anyName(
                            new TermQuery(new Term(PersonDocuments.FORENAMES, w)),
                            new TermQuery(new Term(PersonDocuments.SURNAMES, w))),
                    BooleanClause.Occur.FILTER));
            for (ScoreDoc sd : top(searcher, q.build())) {
                candidates.add(person(searcher, sd));
            }
        }
        Set<Long> hidden = visibility.hidden(
                candidates.stream().map(SearchablePerson::id).toList(),
                candidates.stream()
                        .filter(SearchablePerson::restricted)
                        .map(SearchablePerson::id)
                        .toList());
        Map<String, List<Long>> found = new LinkedHashMap<>();
        for (SearchablePerson p : candidates) {
            if (!hidden.contains(p.id())) {
                found.computeIfAbsent(matchingName(p, whole, start), k -> new ArrayList<>())
                        .add(p.id());
            }
        }
        return ranked(found, PERSON, limit);
    }

    /** A name word as a forename or as a surname. Restricted persons are read apart (above), so they never displace others. */
    private static org.apache.lucene.search.Query anyName(
            org.apache.lucene.search.Query asForename, org.apache.lucene.search.Query asSurname) {
        return new BooleanQuery.Builder()
                .add(asForename, BooleanClause.Occur.SHOULD)
                .add(asSurname, BooleanClause.Occur.SHOULD)
                .build();
    }

    /** As {@link #postcodes(IndexSearcher, String, int, Visibility)}, trusting the index's restriction flag. */
    public static List<Suggestion> postcodes(
            IndexSearcher searcher, String typed, int limit, LongPredicate mayShowRestricted) {
        return postcodes(searcher, typed, limit, Visibility.byIndexFlag(mayShowRestricted));
    }

    public static List<Suggestion> postcodes(IndexSearcher searcher, String typed, int limit, Visibility visibility) {
        String compact = LocationSearch.compact(typed);
        if (!compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]{0,4}")) {
            return List.of();
        }
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PersonDocuments.KIND, LocationSearch.TYPE)), BooleanClause.Occur.FILTER)
                .add(new PrefixQuery(new Term(LocationSearch.POSTCODE, compact)), BooleanClause.Occur.FILTER)
                .build();
        List<SearchableLocation> candidates = new ArrayList<>();
        for (ScoreDoc sd : top(searcher, q)) {
            SearchableLocation l = LocationSearch.read(document(searcher, sd));
            if (l.postcode() != null) {
                candidates.add(l);
            }
        }
        Set<Long> hidden = visibility.hidden(
                candidates.stream().map(SearchableLocation::id).toList(),
                candidates.stream()
                        .filter(SearchableLocation::restricted)
                        .map(SearchableLocation::id)
                        .toList());
        Map<String, List<Long>> found = new LinkedHashMap<>();
        for (SearchableLocation l : candidates) {
            if (hidden.contains(l.id())) {
                continue;
            }
            String pc = LocationSearch.compact(l.postcode());
            found.computeIfAbsent(
                            pc.substring(0, pc.length() - 3) + " " + pc.substring(pc.length() - 3),
                            k -> new ArrayList<>())
                    .add(l.id());
        }
        return ranked(found, POSTCODE, limit);
    }

    /** As {@link #registrations(IndexSearcher, String, int, Visibility)}, trusting the index's restriction flag. */
    public static List<Suggestion> registrations(
            IndexSearcher searcher, String typed, int limit, LongPredicate mayShowRestricted) {
        return registrations(searcher, typed, limit, Visibility.byIndexFlag(mayShowRestricted));
    }

    public static List<Suggestion> registrations(
            IndexSearcher searcher, String typed, int limit, Visibility visibility) {
        if (typed == null || typed.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        SearchText text = SearchText.parse(typed);
        Map<String, List<Long>> found = new LinkedHashMap<>();
        for (Hit<SearchableVehicle> h : VehicleSearch.search(searcher, text, limit, visibility)) {
            found.computeIfAbsent(VehicleSearch.shown(h.record().vrm()), k -> new ArrayList<>())
                    .add(h.record().id());
        }
        return found.entrySet().stream()
                .map(e -> new Suggestion(e.getKey(), VEHICLE, e.getValue()))
                .toList();
    }

    /** The person's name, or the first alias, that has the whole words and a word with the start; else the name. */
    private static String matchingName(SearchablePerson p, List<String> whole, String start) {
        List<String> names = new ArrayList<>();
        names.add(p.displayName());
        p.aliases().forEach(a -> names.add((a.forename() == null ? "" : a.forename() + " ") + a.surname()));
        for (String name : names) {
            List<String> parts = PersonNames.parts(name);
            if (parts.containsAll(whole) && parts.stream().anyMatch(w -> w.startsWith(start))) {
                return name.strip();
            }
        }
        return p.displayName();
    }

    /** Shortest completion first (closest to what was typed), then alphabetically. */
    private static List<Suggestion> ranked(Map<String, List<Long>> found, String kind, int limit) {
        return found.entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, List<Long>> e) -> e.getKey().length())
                        .thenComparing(e -> e.getKey().toLowerCase(Locale.ROOT)))
                .limit(limit)
                .map(e -> new Suggestion(e.getKey(), kind, e.getValue()))
                .toList();
    }

    private static ScoreDoc[] top(IndexSearcher searcher, org.apache.lucene.search.Query q) {
        try {
            return searcher.search(q, CANDIDATES).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.lucene.document.Document document(IndexSearcher searcher, ScoreDoc sd) {
        try {
            return searcher.storedFields().document(sd.doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchablePerson person(IndexSearcher searcher, ScoreDoc sd) {
        try {
            return PersonDocuments.read(searcher.getIndexReader(), sd.doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
