package org.constable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.PersonSearch;
import org.constable.search.domain.SearchText;
import org.constable.search.domain.SearchableLocation;
import org.constable.search.domain.SearchablePerson;
import org.constable.search.domain.SearchableVehicle;
import org.constable.search.domain.Suggestions;
import org.constable.search.domain.VehicleSearch;

/**
 * Whatever is typed into the one search box, it is searched for persons, addresses and vehicles,
 * and suggested from, without an exception, and a searcher without need-to-know never gets a
 * restricted record back. The index is small and in memory, with a restricted namesake of every open
 * record. Some hundred inputs a second: in the suite this runs over the seed corpus next to it;
 * {@code bench/fuzz.sh search-results N} fuzzes it (ADR 0053). The reading of the text alone is
 * {@link AnyTextInTheSearchBoxFuzzTest}.
 */
class AnyTextSearchedForFuzzTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final IndexSearcher INDEX = index();
    static final PersonSearch PERSONS = PersonSearch.standard();

    @FuzzTest
    @DictionaryFile(resourcePath = "search-box.dict")
    void anyTypedTextIsSearchedWithoutFailingOrShowingARestrictedRecord(FuzzedDataProvider data) {
        SearchBoxInput input = SearchBoxInput.typed(data);
        SearchText text = input.text();
        String typed = input.typed();
        assertThat(PERSONS.search(INDEX, text, TODAY, 10, id -> false))
                .noneMatch(h -> h.person().restricted());
        assertThat(LocationSearch.search(INDEX, text, null, 10, id -> false))
                .noneMatch(h -> h.record().restricted());
        assertThat(VehicleSearch.search(INDEX, text, 10, id -> false))
                .noneMatch(h -> h.record().restricted());
        assertThat(Suggestions.names(INDEX, typed, 10, id -> false)).isNotNull();
        assertThat(Suggestions.postcodes(INDEX, typed, 10, id -> false)).isNotNull();
    }

    private static IndexSearcher index() {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            String[][] names = {
                {"John", "Smith"},
                {"Jon", "Smyth"},
                {"Mary-Ann", "O'Brien"},
                {"Zoë", "Ní Bhriain"},
                {"Mohammed", "Khan"}
            };
            long id = 1;
            for (String[] n : names) {
                for (boolean restricted : new boolean[] {false, true}) {
                    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(id * 97);
                    w.addDocument(PersonDocuments.document(new SearchablePerson(
                            id,
                            n[0],
                            null,
                            n[1],
                            born,
                            List.of(new SearchablePerson.Alias("J", n[1] + "son", born.plusDays(1))),
                            List.of(new SearchablePerson.Place(id, id + " High Street, Manchester, M1 1AA", "M1 1AA")),
                            List.of(new SearchablePerson.Vehicle(id, "AB12 CDE")),
                            List.of("Violence"),
                            restricted)));
                    w.addDocument(LocationSearch.document(new SearchableLocation(
                            id,
                            "Flat " + id,
                            "High Street",
                            "Levenshulme",
                            "Manchester",
                            "M19 " + (id % 9) + "AB",
                            53.44,
                            -2.19,
                            List.of(),
                            restricted)));
                    w.addDocument(VehicleSearch.document(
                            new SearchableVehicle(id, "AB" + id + "2 CDE", "Ford", "Focus", "Blue", restricted)));
                    id++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
