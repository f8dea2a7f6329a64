package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A common name shared by far more persons than a search takes as candidates (ADR 0037): the one
 * with the typed date of birth still comes first however weakly the name matches, and restricted
 * namesakes neither show nor change what a caller without need-to-know gets.
 */
class FindingOnePersonInACrowdTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final int NAMESAKES = 150;
    static final int RESTRICTED_NAMESAKES = 30;
    static final long WEAK_NAME_RIGHT_DATE = 500;
    static final long RESTRICTED_RIGHT_DATE = 2000;

    private final PersonSearch search = PersonSearch.standard();

    @Test
    void the_person_born_on_the_typed_date_comes_first_though_the_name_is_only_a_sound_alike() throws IOException {
        IndexSearcher crowd = index(true);
        List<PersonHit> hits = search.search(crowd, SearchText.parse("John Smith 07/03/1980"), TODAY, 10, id -> false);
        assertThat(hits.get(0).person().id()).isEqualTo(WEAK_NAME_RIGHT_DATE);
        assertThat(hits.get(0).why()).anyMatch(w -> w.contains("date of birth: exact"));
        assertThat(hits).hasSize(10);
    }

    @Test
    void the_date_with_day_and_month_swapped_also_finds_that_person() throws IOException {
        List<PersonHit> hits =
                search.search(index(true), SearchText.parse("John Smith 03/07/1980"), TODAY, 10, id -> false);
        assertThat(hits.get(0).person().id()).isEqualTo(WEAK_NAME_RIGHT_DATE);
        assertThat(hits.get(0).why()).anyMatch(w -> w.contains("day/month swapped"));
    }

    @Test
    void restricted_namesakes_change_nothing_for_a_caller_without_need_to_know() throws IOException {
        for (String typed : List.of("John Smith", "Smith, John", "Jon Smyth", "John Smith 05/05/1990", "Smith")) {
            List<Long> withHidden = ids(search.search(index(true), SearchText.parse(typed), TODAY, 10, id -> false));
            List<Long> without = ids(search.search(index(false), SearchText.parse(typed), TODAY, 10, id -> false));
            assertThat(withHidden).as(typed).isEqualTo(without).hasSize(10).allMatch(id -> id < 1000);
        }
    }

    @Test
    void a_caller_with_need_to_know_finds_the_restricted_person_by_name_and_date() throws IOException {
        List<PersonHit> hits =
                search.search(index(true), SearchText.parse("John Smith 05/05/1990"), TODAY, 10, id -> true);
        assertThat(hits.get(0).person().id()).isEqualTo(RESTRICTED_RIGHT_DATE);
    }

    /** Restricted namesakes first in the index, so that they are met before anyone else. */
    private static IndexSearcher index(boolean withRestricted) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            if (withRestricted) {
                for (int i = 0; i < RESTRICTED_NAMESAKES; i++) {
                    w.addDocument(PersonDocuments.document(person(
                            1001 + i, "John", "Smith", LocalDate.of(1960, 1, 1).plusDays(i), true)));
                }
            }
            for (int i = 0; i < NAMESAKES; i++) {
                w.addDocument(PersonDocuments.document(
                        person(1 + i, "John", "Smith", LocalDate.of(1970, 1, 1).plusDays(i), false)));
            }
            w.addDocument(PersonDocuments.document(
                    person(WEAK_NAME_RIGHT_DATE, "Jon", "Smyth", LocalDate.of(1980, 3, 7), false)));
            if (withRestricted) {
                w.addDocument(PersonDocuments.document(
                        person(RESTRICTED_RIGHT_DATE, "John", "Smith", LocalDate.of(1990, 5, 5), true)));
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static SearchablePerson person(
            long id, String forename, String surname, LocalDate born, boolean restricted) {
        return new SearchablePerson(
                id, forename, null, surname, born, List.of(), List.of(), List.of(), List.of(), restricted);
    }

    private static List<Long> ids(List<PersonHit> hits) {
        List<Long> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.person().id()));
        return ids;
    }
}
