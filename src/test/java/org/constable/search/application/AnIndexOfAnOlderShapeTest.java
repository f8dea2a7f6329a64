package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.SearchablePerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index left by an older version, whose fields had other structures, is emptied at start and takes new documents. */
class AnIndexOfAnOlderShapeTest {

    @Test
    void is_emptied_at_start_so_a_field_of_another_structure_cannot_refuse_new_documents(@TempDir Path folder)
            throws Exception {
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter old = new IndexWriter(dir, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new IntPoint("postcode", 7));
            doc.add(new IntPoint("fn", 7));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of("schema", "0", "clean", "true").entrySet());
            old.commit();
        }
        SearchIndex index = new SearchIndex(folder.toString());
        try {
            assertThat(index.wasClosedCleanly())
                    .as("an index of another shape is rebuilt")
                    .isFalse();
            SearchablePerson p = new SearchablePerson(
                    1,
                    "Ada",
                    null,
                    "Quill",
                    LocalDate.of(1990, 1, 2),
                    null,
                    null,
                    java.util.List.of("ZZ1 1ZZ"),
                    null,
                    null,
                    false);
            index.put(PersonDocuments.key(1), PersonDocuments.document(p));
            index.refresh();
            assertThat(index.count(PersonDocuments.TYPE)).isEqualTo(1);
        } finally {
            index.close();
        }
    }
}
