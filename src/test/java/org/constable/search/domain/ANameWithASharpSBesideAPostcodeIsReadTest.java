package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing (ADR 0053): the parts were found in the upper-cased text but cut out of the text as
 * typed, and upper-casing "ß" gives "SS", one character longer. "Strauß Weiß M1 1AA" failed the whole
 * search with an exception; "Weiß M1 1AA" lost its postcode's last letter into the name words.
 */
class ANameWithASharpSBesideAPostcodeIsReadTest {

    @Test
    void twoSharpSBeforeAPostcodeNoLongerFailTheSearch() {
        SearchText text = SearchText.parse("Strauß Weiß M1 1AA");
        assertThat(text.postcode()).isEqualTo("M11AA");
        assertThat(text.nameWords()).hasSize(2);
    }

    @Test
    void oneSharpSLeavesThePostcodeWholeAndOutOfTheNames() {
        SearchText text = SearchText.parse("Weiß m1 1aa");
        assertThat(text.postcode()).isEqualTo("M11AA");
        assertThat(text.nameWords()).hasSize(1);
        assertThat(text.partialPostcode()).isNull();
    }

    @Test
    void anAgeAndARegistrationAreStillReadWhateverTheirCase() {
        SearchText text = SearchText.parse("Straße AGED 30 TO 35 ab12 cde");
        assertThat(text.ageRange()).isEqualTo(new SearchText.AgeRange(30, 35));
        assertThat(text.vrm()).isEqualTo("AB12CDE");
    }
}
