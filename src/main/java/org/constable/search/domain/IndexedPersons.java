package org.constable.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Persons read from the index by id, as indexed (restricted flag included), for results found through a link. */
public final class IndexedPersons {

    /** More ids than this in one look-up are ignored: a result page never needs them. */
    public static final int MAX = 100;

    private IndexedPersons() {}

    public static Map<Long, SearchablePerson> byIds(IndexSearcher searcher, Collection<Long> ids) {
        Map<Long, SearchablePerson> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        ids.stream()
                .distinct()
                .limit(MAX)
                .forEach(id -> any.add(new TermQuery(PersonDocuments.key(id)), BooleanClause.Occur.SHOULD));
        try {
            for (ScoreDoc sd : searcher.search(any.build(), MAX).scoreDocs) {
                SearchablePerson p = PersonDocuments.read(searcher.getIndexReader(), sd.doc);
                found.put(p.id(), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
