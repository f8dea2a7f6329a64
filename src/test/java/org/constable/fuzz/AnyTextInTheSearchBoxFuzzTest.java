package org.constable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.constable.search.domain.SearchText;

/**
 * Whatever is typed into the one search box, it is read into its parts (names, date of birth or
 * year, age range, postcode, house number, street words, registration) without an exception, and
 * the parts are consistent: an age range runs upwards, a date of birth excludes a bare year. In the
 * suite this runs over the seed corpus next to it; {@code bench/fuzz.sh search-text N} fuzzes it
 * (ADR 0053). Searching with the parts is {@link AnyTextSearchedForFuzzTest}.
 */
class AnyTextInTheSearchBoxFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "search-box.dict")
    void anyTypedTextIsReadIntoItsPartsWithoutFailing(FuzzedDataProvider data) {
        SearchText text = SearchBoxInput.typed(data).text();
        assertThat(text.dateOfBirth() == null || text.birthYear() == null).isTrue();
        assertThat(text.nameWords()).noneMatch(String::isBlank);
        assertThat(text.streetWords()).noneMatch(String::isBlank);
    }
}
