package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A person's document is replaced on every change, and the old one stays in the index, deleted,
 * until segments merge: the search must never return it, by name or by date of birth.
 */
class FindingAnUpdatedPersonOnceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate BORN = LocalDate.of(1979, 2, 3);

    @Test
    void an_updated_person_is_found_once_as_updated_and_not_by_the_old_name() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer =
                new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(PersonDocuments.document(SearchablePerson.of(21, "Cornelius", "Ormsby", BORN)));
            writer.addDocument(
                    PersonDocuments.document(SearchablePerson.of(22, "Cornelius", "Ormsby", BORN.plusDays(27))));
            writer.commit();
            writer.updateDocument(
                    PersonDocuments.key(21),
                    PersonDocuments.document(SearchablePerson.of(21, "Cornelius", "Ormsby-Vane", BORN)));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.numDeletedDocs())
                        .as("the old document is still in the index, deleted")
                        .isEqualTo(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                PersonSearch search = PersonSearch.standard();
                for (String typed :
                        List.of("Cornelius Ormsby", "Cornelius Ormsby 03/02/1979", "Ormsby-Vane", "Cornelius")) {
                    List<PersonHit> hits = search.search(searcher, SearchText.parse(typed), TODAY, 10, id -> true);
                    assertThat(hits)
                            .as(typed)
                            .filteredOn(h -> h.person().id() == 21)
                            .hasSize(1)
                            .allMatch(h -> h.person().surname().equals("Ormsby-Vane"));
                }
                List<PersonHit> byOldName =
                        search.search(searcher, SearchText.parse("Zacharias Ormsby 03/02/1979"), TODAY, 10, id -> true);
                assertThat(byOldName).extracting(h -> h.person().id()).doesNotHaveDuplicates();
            }
        }
    }
}
