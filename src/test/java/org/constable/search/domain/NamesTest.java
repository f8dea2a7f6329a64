package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void edit_distance_counts_a_swap_of_two_letters_as_one() {
        assertThat(Names.editDistance("smith", "smith")).isZero();
        assertThat(Names.editDistance("smith", "smtih")).isEqualTo(1);
        assertThat(Names.editDistance("smith", "smyth")).isEqualTo(1);
        assertThat(Names.editDistance("smith", "smithe")).isEqualTo(1);
        assertThat(Names.editDistance("jon", "john")).isEqualTo(1);
        assertThat(Names.editDistance("katherine", "catherine")).isEqualTo(1);
        assertThat(Names.editDistance("", "abc")).isEqualTo(3);
        assertThat(Names.editDistance("abc", "")).isEqualTo(3);
        assertThat(Names.editDistance("ca", "abc")).isEqualTo(3);
        assertThat(Names.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
