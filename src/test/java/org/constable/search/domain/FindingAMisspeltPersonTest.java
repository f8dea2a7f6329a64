package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FindingAMisspeltPersonTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static IndexSearcher searcher;
    static final PersonSearch search = PersonSearch.standard();

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(
                    PersonDocuments.document(SearchablePerson.of(1, "William", "Smith", LocalDate.of(1985, 3, 7))));
            w.addDocument(PersonDocuments.document(
                    SearchablePerson.of(2, "Margaret", "Taylor-Brown", LocalDate.of(1960, 11, 2))));
            w.addDocument(
                    PersonDocuments.document(SearchablePerson.of(3, "Muhammad", "Hussain", LocalDate.of(1992, 6, 15))));
            w.addDocument(PersonDocuments.document(
                    SearchablePerson.of(4, "Katherine", "Schneider", LocalDate.of(1979, 1, 30))));
            w.addDocument(PersonDocuments.document(new SearchablePerson(
                    5,
                    "Piotr",
                    null,
                    "Nowak",
                    LocalDate.of(2001, 9, 9),
                    List.of(new SearchablePerson.Alias("Peter", "Novak", null)),
                    List.of(),
                    List.of(),
                    List.of("Weapons"),
                    true)));
            w.addDocument(PersonDocuments.document(SearchablePerson.of(6, "Jack", "Smyth", LocalDate.of(1985, 7, 3))));
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    List<PersonHit> find(String text) {
        return search.search(searcher, SearchText.parse(text), TODAY, 10, id -> true);
    }

    @Test
    void a_nickname_with_a_misspelt_surname_finds_the_person_and_says_why() {
        List<PersonHit> hits = find("Bill Smtih");
        assertThat(hits.get(0).person().id()).isEqualTo(1);
        assertThat(hits.get(0).why())
                .anyMatch(w -> w.contains("nickname"))
                .anyMatch(w -> w.contains("fuzzy edit distance 1"));
    }

    @Test
    void one_part_of_a_double_barrelled_surname_finds_the_whole() {
        assertThat(find("Peggy Brown").get(0).why()).anyMatch(w -> w.contains("hyphenated"));
    }

    @Test
    void a_transliteration_and_swapped_names_are_found() {
        PersonHit hit = find("Hussein Mohammed").get(0);
        assertThat(hit.person().id()).isEqualTo(3);
        assertThat(hit.why()).anyMatch(w -> w.contains("swapped")).anyMatch(w -> w.contains("transliteration"));
    }

    @Test
    void a_sound_alike_spelling_is_found_phonetically() {
        PersonHit hit = find("Catherine Shnyder").get(0);
        assertThat(hit.person().id()).isEqualTo(4);
    }

    @Test
    void a_date_with_day_and_month_swapped_ranks_the_right_smith_first() {
        PersonHit hit = find("Smith 03/07/1985").get(0);
        assertThat(hit.person().id()).isEqualTo(1);
        assertThat(hit.why()).anyMatch(w -> w.contains("day/month swapped"));
    }

    @Test
    void a_restricted_person_is_invisible_without_need_to_know() {
        assertThat(find("Peter Novak")).extracting(h -> h.person().id()).containsExactly(5L);
        assertThat(search.search(searcher, SearchText.parse("Peter Novak"), TODAY, 10, id -> false))
                .isEmpty();
    }

    @Test
    void an_age_range_alone_finds_people_of_that_age() {
        assertThat(find("aged 33-34")).extracting(h -> h.person().id()).containsExactly(3L);
    }
}
