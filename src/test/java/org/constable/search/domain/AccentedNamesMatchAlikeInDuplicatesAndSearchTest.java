package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.constable.people.domain.FellegiSunterLinkageRule;
import org.constable.people.domain.LikelyDuplicate;
import org.constable.people.domain.Nominal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4: duplicate detection read "Zoë" as "zo" and "Ó Briain" as "briain" (it dropped
 * every letter outside a to z), while search read them as "zoe" and "o briain", so the same two
 * records were one person to search and two strangers to the duplicates report. Both now read names
 * with people's one normaliser and nickname list: a name written with and without its accents is the
 * same name to both, as exactly as an unaccented one.
 */
class AccentedNamesMatchAlikeInDuplicatesAndSearchTest {

    private static final LocalDate BORN = LocalDate.of(1988, 5, 17);

    /** Each pair: as recorded, and as typed or recorded again without the accents. */
    private static final String[][] PAIRS = {
        {"Zoë", "Hartley", "Zoe", "Hartley"},
        {"José", "Quintero", "Jose", "Quintero"},
        {"Siobhán", "Ó Briain", "Siobhan", "O Briain"},
        {"Łukasz", "Wójcik", "Lukasz", "Wojcik"},
        {"Søren", "Østergaard", "Soren", "Ostergaard"},
        {"Zoë", "Ó Briain", "Zoe", "O Briain"},
    };

    @Test
    void the_duplicates_report_scores_an_accented_pair_exactly_as_a_plain_one() {
        FellegiSunterLinkageRule rule = new FellegiSunterLinkageRule();
        LikelyDuplicate plain = only(rule.find(List.of(nominal(1, "Mary", "Hartley"), nominal(2, "Mary", "Hartley"))));
        for (String[] pair : PAIRS) {
            LikelyDuplicate accented =
                    only(rule.find(List.of(nominal(1, pair[0], pair[1]), nominal(2, pair[2], pair[3]))));
            assertThat(accented.score()).as(String.join(" / ", pair)).isEqualTo(plain.score());
            assertThat(accented.reasons())
                    .as(String.join(" / ", pair))
                    .contains("same surname", "same forename or a familiar form of it", "same date of birth");
        }
    }

    @Test
    void search_finds_an_accented_name_typed_plain_and_a_plain_one_typed_accented_as_exact() throws Exception {
        try (var dir = new ByteBuffersDirectory();
                var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < PAIRS.length; i++) {
                writer.addDocument(
                        PersonDocuments.document(SearchablePerson.of(10 + i, PAIRS[i][0], PAIRS[i][1], BORN)));
                writer.addDocument(
                        PersonDocuments.document(SearchablePerson.of(20 + i, PAIRS[i][2], PAIRS[i][3], BORN)));
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                PersonSearch search = PersonSearch.standard();
                for (int i = 0; i < PAIRS.length; i++) {
                    for (String typed :
                            new String[] {PAIRS[i][0] + " " + PAIRS[i][1], PAIRS[i][2] + " " + PAIRS[i][3]}) {
                        List<PersonHit> hits =
                                search.search(searcher, SearchText.parse(typed), BORN.plusYears(30), 10, id -> true);
                        assertThat(hits).as(typed).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(Set.of(
                                        hits.get(0).person().id(),
                                        hits.get(1).person().id()))
                                .as(typed)
                                .containsExactlyInAnyOrder(10L + i, 20L + i);
                        assertThat(hits.get(0).score())
                                .as(typed)
                                .isEqualTo(hits.get(1).score());
                        assertThat(hits.get(0).why()).as(typed).allMatch(w -> w.endsWith(": exact"));
                    }
                }
            }
        }
    }

    private static LikelyDuplicate only(FellegiSunterLinkageRule.Run run) {
        assertThat(run.pairs()).hasSize(1);
        return run.pairs().get(0);
    }

    private static Nominal nominal(long id, String forename, String surname) {
        return new Nominal(id, false, List.of(new Nominal.Name(forename, surname, BORN, false)), Set.of());
    }
}
