package org.constable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.constable.search.domain.SearchText;

/**
 * What the two search fuzz targets share: the fuzzer's bytes as text typed into the one search box
 * (their dictionary is {@code search-box.dict} beside them), read into its parts, with the checks
 * every reading must pass: the raw text is what was typed, trimmed, and an age range runs upwards.
 */
record SearchBoxInput(String typed, SearchText text) {

    static SearchBoxInput typed(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        SearchText text = SearchText.parse(typed);
        assertThat(text.raw()).isEqualTo(typed.trim());
        if (text.ageRange() != null) {
            assertThat(text.ageRange().from())
                    .isLessThanOrEqualTo(text.ageRange().to());
        }
        return new SearchBoxInput(typed, text);
    }
}
