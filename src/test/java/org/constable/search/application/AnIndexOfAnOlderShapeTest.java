package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.SearchableLocation;
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
                    List.of(new SearchablePerson.Place(7, "1 Quill Lane, ZZ1 1ZZ", "ZZ1 1ZZ")),
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

    /**
     * Schema 2 indexed a person's postcodes in a field "postcode" that an address stored under the
     * same name with other options: once persons were in, no address could be added. An index of
     * that shape, closed cleanly with its persons, is emptied, so the rebuild can add addresses.
     */
    @Test
    void an_index_of_schema_2_whose_persons_claimed_the_postcode_field_is_emptied_and_takes_addresses(
            @TempDir Path folder) throws Exception {
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter old = new IndexWriter(dir, new IndexWriterConfig())) {
            Document person = new Document();
            person.add(new StringField("kind", "person", Field.Store.NO));
            person.add(new StringField("postcode", "ZZ11ZZ", Field.Store.NO));
            old.addDocument(person);
            old.setLiveCommitData(Map.of("schema", "2", "clean", "true").entrySet());
            old.commit();
        }
        SearchIndex index = new SearchIndex(folder.toString());
        try {
            assertThat(index.wasClosedCleanly()).isFalse();
            index.put(
                    LocationSearch.key(1),
                    LocationSearch.document(new SearchableLocation(
                            1, null, "Quill Lane", null, "Levenfield", "ZZ1 1ZZ", 53.4, -2.2, List.of(), false)));
            index.refresh();
            assertThat(index.count(LocationSearch.TYPE)).isEqualTo(1);
            assertThat(index.count(PersonDocuments.TYPE))
                    .as("the old persons are gone until the rebuild")
                    .isZero();
        } finally {
            index.close();
        }
    }

    /**
     * Schema 3 kept what a search shows of a person in stored fields, which schema 4 reads from a doc
     * value (ADR 0063): an index of schema 3, closed cleanly with its persons, is emptied and rebuilt,
     * and a person written afterwards is read back whole.
     */
    @Test
    void an_index_of_schema_3_whose_persons_have_no_shown_doc_value_is_emptied_and_rebuilt(@TempDir Path folder)
            throws Exception {
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter old = new IndexWriter(dir, new IndexWriterConfig())) {
            Document person = new Document();
            person.add(new StringField("key", "person:1", Field.Store.NO));
            person.add(new StringField("kind", "person", Field.Store.NO));
            person.add(new StoredField("forename", "Ada"));
            old.addDocument(person);
            old.setLiveCommitData(Map.of("schema", "3", "clean", "true").entrySet());
            old.commit();
        }
        SearchIndex index = new SearchIndex(folder.toString());
        try {
            assertThat(index.wasClosedCleanly())
                    .as("an index of schema 3 is rebuilt")
                    .isFalse();
            assertThat(index.count(PersonDocuments.TYPE)).isZero();
            SearchablePerson p = new SearchablePerson(
                    1,
                    "Ada",
                    "Mary",
                    "Quill",
                    LocalDate.of(1990, 1, 2),
                    List.of(new SearchablePerson.Alias("Addy", "Quill", null)),
                    List.of(new SearchablePerson.Place(7, "1 Quill Lane, ZZ1 1ZZ", "ZZ1 1ZZ")),
                    List.of(new SearchablePerson.Vehicle(9, "AB12CDE")),
                    List.of("Violent"),
                    false);
            index.put(PersonDocuments.key(1), PersonDocuments.document(p));
            index.refresh();
            assertThat(IndexFixtures.indexedPerson(index, 1)).contains(p);
        } finally {
            index.close();
        }
    }
}
