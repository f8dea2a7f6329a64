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

/**
 * Issue 12: a name typed as one word must find it written as two, and the reverse ("Janmohamed" /
 * "Jan Mohamed", "Mc Donald" / "McDonald", "Maryann" / "Mary Ann"), ranked as a strong match: just
 * under the record spelt exactly as typed, well above one that only shares a part, and saying why.
 * Both the tier walk and the scored fallback (ADR 0037) must find them.
 */
class FindingANameWrittenAsOneWordOrTwoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate BORN = LocalDate.of(1984, 3, 9);

    private static final long ALI_JANMOHAMED = 1;
    private static final long ALI_JAN_MOHAMED = 2;
    private static final long RONALD_MCDONALD = 3;
    private static final long RONALD_MC_DONALD = 4;
    private static final long RONALD_DONALD = 5;
    private static final long ALI_MOHAMED = 6;
    private static final long MARY_ANN_SMITH = 7;
    private static final long MARYANN_SMITH = 8;
    private static final long SEAN_OBRIEN = 9;

    @Test
    void each_spelling_is_found_from_the_other_just_below_the_exact_one() throws Exception {
        for (PersonSearch search : List.of(
                PersonSearch.standard(), new PersonSearch(NameVariants.standard(), new PersonSearch.Limits(0, 0)))) {
            try (var dir = new ByteBuffersDirectory()) {
                IndexSearcher searcher = index(dir);
                expect(search, searcher, "Ali Jan Mohamed", ALI_JAN_MOHAMED, ALI_JANMOHAMED, "written as one word");
                expect(search, searcher, "Ali Janmohamed", ALI_JANMOHAMED, ALI_JAN_MOHAMED, "written as two words");
                expect(search, searcher, "Ronald Mc Donald", RONALD_MC_DONALD, RONALD_MCDONALD, "written as one word");
                expect(search, searcher, "Ronald McDonald", RONALD_MCDONALD, RONALD_MC_DONALD, "written as two words");
                expect(search, searcher, "Mary Ann Smith", MARY_ANN_SMITH, MARYANN_SMITH, "written as one word");
                expect(search, searcher, "Maryann Smith", MARYANN_SMITH, MARY_ANN_SMITH, "written as two words");
                expect(search, searcher, "Janmohamed", ALI_JANMOHAMED, ALI_JAN_MOHAMED, "written as two words");
            }
        }
    }

    @Test
    void a_name_recorded_only_one_way_is_found_first_from_the_other_and_before_a_part_alone() throws Exception {
        try (var dir = new ByteBuffersDirectory()) {
            IndexSearcher searcher = index(dir);
            List<PersonHit> hits =
                    PersonSearch.standard().search(searcher, SearchText.parse("Sean O Brien"), TODAY, 10, id -> true);
            assertThat(hits.get(0).person().id()).isEqualTo(SEAN_OBRIEN);
            assertThat(hits.get(0).why()).anyMatch(w -> w.contains("o brien ≈ obrien: written as one word"));
            assertThat(hits.get(0).score()).isGreaterThan(0.9);

            List<PersonHit> donalds = PersonSearch.standard()
                    .search(searcher, SearchText.parse("Ronald Mc Donald"), TODAY, 10, id -> true);
            assertThat(donalds).extracting(h -> h.person().id()).startsWith(RONALD_MC_DONALD, RONALD_MCDONALD);
            double ronaldDonald = donalds.stream()
                    .filter(h -> h.person().id() == RONALD_DONALD)
                    .findFirst()
                    .map(PersonHit::score)
                    .orElse(0.0);
            assertThat(donalds.get(1).score())
                    .as("McDonald above a Ronald Donald who has only the second part")
                    .isGreaterThan(ronaldDonald + 0.2);
        }
    }

    private static void expect(
            PersonSearch search, IndexSearcher searcher, String typed, long exact, long other, String reason) {
        List<PersonHit> hits = search.search(searcher, SearchText.parse(typed), TODAY, 10, id -> true);
        assertThat(hits).as(typed).extracting(h -> h.person().id()).startsWith(exact, other);
        PersonHit second = hits.get(1);
        assertThat(second.why()).as(typed).anyMatch(w -> w.endsWith(": " + reason));
        assertThat(second.score())
                .as("%s: a strong match, just under the exact one", typed)
                .isGreaterThanOrEqualTo(0.9 * hits.get(0).score())
                .isLessThan(hits.get(0).score());
    }

    private static IndexSearcher index(ByteBuffersDirectory dir) throws Exception {
        try (var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            add(writer, ALI_JANMOHAMED, "Ali", "Janmohamed");
            add(writer, ALI_JAN_MOHAMED, "Ali", "Jan Mohamed");
            add(writer, RONALD_MCDONALD, "Ronald", "McDonald");
            add(writer, RONALD_MC_DONALD, "Ronald", "Mc Donald");
            add(writer, RONALD_DONALD, "Ronald", "Donald");
            add(writer, ALI_MOHAMED, "Ali", "Mohamed");
            add(writer, MARY_ANN_SMITH, "Mary Ann", "Smith");
            add(writer, MARYANN_SMITH, "Maryann", "Smith");
            add(writer, SEAN_OBRIEN, "Sean", "OBrien");
            for (int i = 0; i < 200; i++) {
                add(
                        writer,
                        100 + i,
                        i % 2 == 0 ? "Ali" : "Ronald",
                        "Crowd" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static void add(IndexWriter writer, long id, String forename, String surname) throws Exception {
        writer.addDocument(PersonDocuments.document(SearchablePerson.of(id, forename, surname, BORN)));
    }
}
