package org.constable.search.domain;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** Reads the ranking views of candidate documents from their doc values, segment by segment in document order. */
final class RankingViews {

    private RankingViews() {}

    static Map<Integer, SearchablePerson> of(IndexReader reader, List<Integer> found) throws IOException {
        int[] docs = found.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, SearchablePerson> views = new LinkedHashMap<>();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(PersonDocuments.RANKING);
            }
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException(
                        "person document " + doc + " has no ranking view: rebuild the search index");
            }
            views.put(doc, PersonDocuments.rankingView(values.binaryValue()));
        }
        return views;
    }
}
