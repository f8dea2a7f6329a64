package org.constable.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.constable.people.PersonNames;
import org.jspecify.annotations.Nullable;

/**
 * Addresses: by postcode in any spacing or case (whole, or the outward part), by street words
 * (whole, started, or misspelt), by house or flat number, and by distance from a point.
 */
public final class LocationSearch {

    public static final String TYPE = "location";
    static final String POSTCODE = "pc";
    private static final String OUTWARD = "pc_out";
    private static final String WORD = "street_word";
    private static final String NUMBER = "number";
    private static final String POINT = "point";

    private LocationSearch() {}

    public static Term key(long id) {
        return new Term(PersonDocuments.KEY, TYPE + ":" + id);
    }

    public static Document document(SearchableLocation l) {
        Document doc = new Document();
        doc.add(new StringField(PersonDocuments.KEY, TYPE + ":" + l.id(), Field.Store.NO));
        doc.add(new StringField(PersonDocuments.KIND, TYPE, Field.Store.NO));
        String pc = compact(l.postcode());
        if (!pc.isEmpty()) {
            doc.add(new StringField(POSTCODE, pc, Field.Store.NO));
            if (pc.length() > 3) {
                doc.add(new StringField(OUTWARD, pc.substring(0, pc.length() - 3), Field.Store.NO));
            }
        }
        words(l).forEach(w -> doc.add(new StringField(WORD, w, Field.Store.NO)));
        numbers(l).forEach(n -> doc.add(new StringField(NUMBER, n, Field.Store.NO)));
        if (l.latitude() != null && l.longitude() != null) {
            doc.add(new LatLonPoint(POINT, l.latitude(), l.longitude()));
        }
        doc.add(new StoredField("id", l.id()));
        String[] stored = {l.premises(), l.street(), l.locality(), l.town(), l.postcode()};
        String[] names = {"premises", "street", "locality", "town", "postcode"};
        for (int i = 0; i < names.length; i++) {
            doc.add(new StoredField(names[i], stored[i] == null ? "" : stored[i]));
        }
        if (l.latitude() != null && l.longitude() != null) {
            doc.add(new StoredField("lat", l.latitude()));
            doc.add(new StoredField("lon", l.longitude()));
        }
        l.warnings().forEach(w -> doc.add(new StoredField("warning", w)));
        doc.add(new StoredField("restricted", l.restricted() ? 1 : 0));
        return doc;
    }

    public static SearchableLocation read(Document d) {
        return new SearchableLocation(
                d.getField("id").numericValue().longValue(),
                Queries.blankToNull(d.get("premises")),
                Queries.blankToNull(d.get("street")),
                Queries.blankToNull(d.get("locality")),
                Queries.blankToNull(d.get("town")),
                Queries.blankToNull(d.get("postcode")),
                d.getField("lat") == null
                        ? null
                        : d.getField("lat").numericValue().doubleValue(),
                d.getField("lon") == null
                        ? null
                        : d.getField("lon").numericValue().doubleValue(),
                List.of(d.getValues("warning")),
                d.getField("restricted").numericValue().intValue() == 1);
    }

    /** A circle to search within, or null for none. */
    public record Near(double latitude, double longitude, double radiusMetres) {}

    /** As {@link #search(IndexSearcher, SearchText, Near, int, Visibility)}, trusting the index's restriction flag. */
    public static List<Hit<SearchableLocation>> search(
            IndexSearcher searcher, SearchText text, @Nullable Near near, int limit, LongPredicate mayShowRestricted) {
        return search(searcher, text, near, limit, Visibility.byIndexFlag(mayShowRestricted));
    }

    /** The best addresses for the typed text (and point), best first; the hidden ones dropped before ranking. */
    public static List<Hit<SearchableLocation>> search(
            IndexSearcher searcher, SearchText text, @Nullable Near near, int limit, Visibility visibility) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean something = false;
        if (text.postcode() != null) {
            any.add(Queries.worth(new TermQuery(new Term(POSTCODE, text.postcode())), 5), BooleanClause.Occur.SHOULD);
            something = true;
        }
        if (text.partialPostcode() != null) {
            any.add(
                    Queries.worth(new TermQuery(new Term(OUTWARD, text.partialPostcode())), 3),
                    BooleanClause.Occur.SHOULD);
            any.add(
                    Queries.worth(new PrefixQuery(new Term(POSTCODE, text.partialPostcode())), 2),
                    BooleanClause.Occur.SHOULD);
            something = true;
        }
        for (String w : text.streetWords()) {
            any.add(Queries.worth(new TermQuery(new Term(WORD, w)), 2), BooleanClause.Occur.SHOULD);
            if (w.length() >= 3) {
                any.add(Queries.worth(new PrefixQuery(new Term(WORD, w)), 1.5f), BooleanClause.Occur.SHOULD);
            }
            if (w.length() >= 4) {
                any.add(
                        Queries.worth(
                                new FuzzyQuery(new Term(WORD, w), Math.min(2, Math.max(1, Names.allowedEdits(w))), 1),
                                1),
                        BooleanClause.Occur.SHOULD);
            }
            something = true;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PersonDocuments.KIND, TYPE)), BooleanClause.Occur.FILTER);
        if (near != null) {
            q.add(
                    LatLonPoint.newDistanceQuery(POINT, near.latitude(), near.longitude(), near.radiusMetres()),
                    BooleanClause.Occur.FILTER);
        } else if (!something) {
            return List.of();
        }
        if (something) {
            q.add(any.build(), near == null ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        try {
            List<SearchableLocation> found = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), 400).scoreDocs) {
                found.add(read(searcher.storedFields().document(sd.doc)));
            }
            Set<Long> hidden = visibility.hidden(
                    found.stream().map(SearchableLocation::id).toList(),
                    found.stream()
                            .filter(SearchableLocation::restricted)
                            .map(SearchableLocation::id)
                            .toList());
            List<Hit<SearchableLocation>> hits = new ArrayList<>();
            for (SearchableLocation l : found) {
                if (hidden.contains(l.id())) {
                    continue;
                }
                Hit<SearchableLocation> hit = rank(text, near, l);
                if (hit != null) {
                    hits.add(hit);
                }
            }
            hits.sort(Comparator.comparingDouble((Hit<SearchableLocation> h) -> h.score())
                    .reversed()
                    .thenComparingLong(h -> h.record().id()));
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores an address and says why; null when only loose words matched, too little to call it a match. */
    static @Nullable Hit<SearchableLocation> rank(SearchText text, @Nullable Near near, SearchableLocation l) {
        List<String> why = new ArrayList<>();
        double score = 0;
        String pc = compact(l.postcode());
        boolean postcodeMatched = true;
        if (text.postcode() != null && text.postcode().equals(pc)) {
            score += MatchKind.POSTCODE.weight() * 2;
            why.add("postcode " + l.postcode());
        } else if (text.partialPostcode() != null && pc.startsWith(text.partialPostcode())) {
            score += MatchKind.PARTIAL_POSTCODE.weight() * 2;
            why.add(MatchKind.PARTIAL_POSTCODE.label() + " " + text.partialPostcode());
        } else {
            postcodeMatched = false;
        }
        Set<String> words = words(l);
        int matchedWords = 0;
        for (String w : text.streetWords()) {
            if (words.contains(w)) {
                score += MatchKind.STREET.weight();
                why.add(MatchKind.STREET.label() + " " + w + ": exact");
                matchedWords++;
            } else if (w.length() >= 3 && words.stream().anyMatch(x -> x.startsWith(w))) {
                score += MatchKind.PARTIAL_STREET.weight();
                why.add(MatchKind.PARTIAL_STREET.label() + " " + w + "…");
                matchedWords++;
            } else {
                String close = words.stream()
                        .filter(x -> w.length() >= 4 && Names.editDistance(w, x) <= Math.max(1, Names.allowedEdits(w)))
                        .findFirst()
                        .orElse(null);
                if (close != null) {
                    score += MatchKind.FUZZY.weight() * MatchKind.STREET.weight();
                    why.add(MatchKind.STREET.label() + " " + w + " ≈ " + close + ": fuzzy edit distance "
                            + Names.editDistance(w, close));
                    matchedWords++;
                }
            }
        }
        boolean streetMatched = !text.streetWords().isEmpty()
                && matchedWords * 2 >= text.streetWords().size();
        if (!postcodeMatched && !streetMatched && near == null) {
            return null;
        }
        if (text.houseNumber() != null && numbers(l).contains(text.houseNumber())) {
            score += MatchKind.HOUSE_NUMBER.weight();
            why.add(MatchKind.HOUSE_NUMBER.label() + " " + text.houseNumber());
        }
        if (near != null) {
            score += MatchKind.NEAR_POINT.weight();
            why.add(MatchKind.NEAR_POINT.label() + " " + Math.round(near.radiusMetres()) + " m");
        }
        return new Hit<>(l, score, why);
    }

    static String compact(@Nullable String postcode) {
        return postcode == null ? "" : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static Set<String> words(SearchableLocation l) {
        Set<String> words = new LinkedHashSet<>();
        for (String part : new String[] {l.premises(), l.street(), l.locality(), l.town()}) {
            words.addAll(PersonNames.parts(part));
        }
        return words;
    }

    /** House and flat numbers: "Flat 3, 12a Acacia Road" gives 3 and 12a. */
    private static Set<String> numbers(SearchableLocation l) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String part : new String[] {l.premises(), l.street()}) {
            if (part != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\d{1,4}[a-zA-Z]?)\\b")
                        .matcher(part);
                while (m.find()) {
                    numbers.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return numbers;
    }
}
