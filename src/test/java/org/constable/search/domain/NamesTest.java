package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void a_name_is_folded_and_cut_into_parts() {
        assertThat(Names.parts("Smith-Jones")).containsExactly("smith", "jones");
        assertThat(Names.parts("O'Brien")).containsExactly("obrien");
        assertThat(Names.parts("D’Arcy  van der Berg")).containsExactly("darcy", "van", "der", "berg");
        assertThat(Names.parts("Zoë Müller-Łukasz")).containsExactly("zoe", "muller", "ukasz");
        assertThat(Names.parts("  ")).isEmpty();
        assertThat(Names.parts(null)).isEmpty();
        assertThat(Names.fold("ÉMILE")).isEqualTo("emile");
        assertThat(Names.joined("Taylor-Brown")).isEqualTo("taylorbrown");
    }

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
