package org.constable.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Vehicles by registration mark, typed with or without spaces, allowing the characters witnesses
 * and ANPR most often misread for one another (0/O, 1/I, 5/S, 8/B), one further wrong character,
 * or just the start of the mark.
 */
public final class VehicleSearch {

    public static final String TYPE = "vehicle";
    private static final String VRM = "vrm";
    private static final String FOLDED = "vrm_folded";

    private VehicleSearch() {}

    public static Term key(long id) {
        return new Term(PersonDocuments.KEY, TYPE + ":" + id);
    }

    /** The mark with each commonly confused character replaced by one representative: 0→O, 1→I, 5→S, 8→B. */
    public static String folded(String vrm) {
        return vrm.replace('0', 'O').replace('1', 'I').replace('5', 'S').replace('8', 'B');
    }

    /** The mark as written on a plate: a current-style mark (AB12CDE) with its space (AB12 CDE); any other as stored. */
    public static String shown(String vrm) {
        return vrm != null && vrm.matches("[A-Z]{2}[0-9]{2}[A-Z]{3}")
                ? vrm.substring(0, 4) + " " + vrm.substring(4)
                : vrm;
    }

    public static Document document(SearchableVehicle v) {
        Document doc = new Document();
        doc.add(new StringField(PersonDocuments.KEY, TYPE + ":" + v.id(), Field.Store.NO));
        doc.add(new StringField(PersonDocuments.KIND, TYPE, Field.Store.NO));
        doc.add(new StringField(VRM, v.vrm(), Field.Store.NO));
        doc.add(new StringField(FOLDED, folded(v.vrm()), Field.Store.NO));
        doc.add(new StoredField("id", v.id()));
        doc.add(new StoredField("vrm_shown", v.vrm()));
        doc.add(new StoredField("make", v.make() == null ? "" : v.make()));
        doc.add(new StoredField("model", v.model() == null ? "" : v.model()));
        doc.add(new StoredField("colour", v.colour() == null ? "" : v.colour()));
        doc.add(new StoredField("restricted", v.restricted() ? 1 : 0));
        return doc;
    }

    public static SearchableVehicle read(Document d) {
        return new SearchableVehicle(
                d.getField("id").numericValue().longValue(),
                d.get("vrm_shown"),
                Queries.blankToNull(d.get("make")),
                Queries.blankToNull(d.get("model")),
                Queries.blankToNull(d.get("colour")),
                d.getField("restricted").numericValue().intValue() == 1);
    }

    /** As {@link #search(IndexSearcher, SearchText, int, Visibility)}, trusting the index's restriction flag. */
    public static List<Hit<SearchableVehicle>> search(
            IndexSearcher searcher, SearchText text, int limit, LongPredicate mayShowRestricted) {
        return search(searcher, text, limit, Visibility.byIndexFlag(mayShowRestricted));
    }

    /** The best vehicles for the typed mark, best first; the hidden ones dropped before ranking. */
    public static List<Hit<SearchableVehicle>> search(
            IndexSearcher searcher, SearchText text, int limit, Visibility visibility) {
        String typed = text.vrm();
        if (typed == null || typed.length() < 2) {
            return List.of();
        }
        String folded = folded(typed);
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(Queries.worth(new TermQuery(new Term(VRM, typed)), 5), BooleanClause.Occur.SHOULD)
                .add(Queries.worth(new TermQuery(new Term(FOLDED, folded)), 4), BooleanClause.Occur.SHOULD)
                .add(Queries.worth(new PrefixQuery(new Term(FOLDED, folded)), 2), BooleanClause.Occur.SHOULD);
        if (typed.length() >= 5) {
            any.add(Queries.worth(new FuzzyQuery(new Term(FOLDED, folded), 1, 0), 1), BooleanClause.Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PersonDocuments.KIND, TYPE)), BooleanClause.Occur.FILTER)
                .add(any.build(), BooleanClause.Occur.MUST)
                .build();
        try {
            List<SearchableVehicle> found = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, 200).scoreDocs) {
                found.add(read(searcher.storedFields().document(sd.doc)));
            }
            java.util.Set<Long> hidden = visibility.hidden(
                    found.stream().map(SearchableVehicle::id).toList(),
                    found.stream()
                            .filter(SearchableVehicle::restricted)
                            .map(SearchableVehicle::id)
                            .toList());
            List<Hit<SearchableVehicle>> hits = new ArrayList<>();
            for (SearchableVehicle v : found) {
                if (!hidden.contains(v.id())) {
                    hits.add(rank(typed, v));
                }
            }
            hits.sort(Comparator.comparingDouble((Hit<SearchableVehicle> h) -> h.score())
                    .reversed()
                    .thenComparingLong(h -> h.record().id()));
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hit<SearchableVehicle> rank(String typed, SearchableVehicle v) {
        if (v.vrm().equals(typed)) {
            return new Hit<>(v, MatchKind.VRM.weight(), List.of("VRM " + v.vrm() + ": exact"));
        }
        if (folded(v.vrm()).equals(folded(typed))) {
            return new Hit<>(
                    v,
                    MatchKind.VRM_MISREAD.weight(),
                    List.of(MatchKind.VRM_MISREAD.label() + ": " + typed + " read as " + v.vrm()
                            + " (0/O, 1/I, 5/S, 8/B)"));
        }
        if (folded(v.vrm()).startsWith(folded(typed))) {
            return new Hit<>(
                    v, MatchKind.VRM_PARTIAL.weight(), List.of(MatchKind.VRM_PARTIAL.label() + ": starts " + typed));
        }
        return new Hit<>(
                v,
                MatchKind.VRM_MISREAD.weight() * 0.6,
                List.of(MatchKind.VRM_MISREAD.label() + ": one character differs from " + typed));
    }
}
