package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Suggestions on a small in-memory index: prefixes, merging of one name, and restricted persons dropped before the limit. */
class SuggestionsTest {

    @Test
    void restricted_persons_are_dropped_before_merging_and_the_limit_so_they_neither_show_nor_crowd_out()
            throws Exception {
        try (var dir = new ByteBuffersDirectory();
                var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (long id = 1; id <= 6; id++) {
                writer.addDocument(
                        PersonDocuments.document(person(id, "Hidden", "Quillfeather" + (char) ('a' + id), true)));
            }
            writer.addDocument(PersonDocuments.document(person(7, "Anna", "Quillon", false)));
            writer.addDocument(PersonDocuments.document(person(8, "Anna", "Quillon", false)));
            writer.addDocument(PersonDocuments.document(person(9, "Bertram", "Quillon", false)));
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                var none = Suggestions.names(searcher, "quil", 2, id -> false);
                assertThat(none)
                        .extracting(Suggestions.Suggestion::text)
                        .containsExactly("Anna Quillon", "Bertram Quillon");
                assertThat(none.get(0).ids()).containsExactlyInAnyOrder(7L, 8L);
                assertThat(Suggestions.names(searcher, "hidden quil", 5, id -> false))
                        .isEmpty();
                assertThat(Suggestions.names(searcher, "hidden quil", 5, id -> id == 3))
                        .extracting(Suggestions.Suggestion::text)
                        .containsExactly("Hidden Quillfeatherd");
                assertThat(Suggestions.names(searcher, "anna q", 5, id -> false))
                        .extracting(Suggestions.Suggestion::text)
                        .containsExactly("Anna Quillon");
                assertThat(Suggestions.names(searcher, "q", 5, id -> true))
                        .as("one letter alone suggests nothing")
                        .isEmpty();
            }
        }
    }

    private static SearchablePerson person(long id, String forename, String surname, boolean restricted) {
        return new SearchablePerson(
                id,
                forename,
                null,
                surname,
                LocalDate.of(1980, 1, 1),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                restricted);
    }
}
