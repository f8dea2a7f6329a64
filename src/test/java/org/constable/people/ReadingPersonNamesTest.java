package org.constable.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one normaliser of person names and the one list of familiar forenames (ADR 0039). */
class ReadingPersonNamesTest {

    @Test
    void a_name_is_folded_and_cut_into_parts() {
        assertThat(PersonNames.parts("Smith-Jones")).containsExactly("smith", "jones");
        assertThat(PersonNames.parts("O'Brien")).containsExactly("obrien");
        assertThat(PersonNames.parts("D’Arcy  van der Berg")).containsExactly("darcy", "van", "der", "berg");
        // Ł does not decompose: it is spelt as the l it is read as, not dropped
        assertThat(PersonNames.parts("Zoë Müller-Łukasz")).containsExactly("zoe", "muller", "lukasz");
        assertThat(PersonNames.parts("  ")).isEmpty();
        assertThat(PersonNames.parts(null)).isEmpty();
        assertThat(PersonNames.fold("ÉMILE")).isEqualTo("emile");
        assertThat(PersonNames.joined("Taylor-Brown")).isEqualTo("taylorbrown");
    }

    @Test
    void accented_and_special_letters_read_as_their_plain_spelling() {
        assertThat(PersonNames.joined("Zoë"))
                .isEqualTo(PersonNames.joined("Zoe"))
                .isEqualTo("zoe");
        assertThat(PersonNames.joined("José")).isEqualTo("jose");
        assertThat(PersonNames.joined("Ó Briain"))
                .isEqualTo(PersonNames.joined("O Briain"))
                .isEqualTo("obriain");
        assertThat(PersonNames.joined("Søren Ørsted")).isEqualTo("sorenorsted");
        assertThat(PersonNames.joined("Straße")).isEqualTo("strasse");
        assertThat(PersonNames.joined("Ærøe")).isEqualTo("aeroe");
        assertThat(PersonNames.joined("Siobhán Ní Dhomhnaill")).isEqualTo("siobhannidhomhnaill");
    }

    @Test
    void familiar_forenames_stand_for_their_formal_names_both_ways() {
        Nicknames n = Nicknames.standard();
        assertThat(n.familiar("robert")).contains("bob", "bobby", "rob");
        assertThat(n.formal("kate")).containsExactlyInAnyOrder("catherine", "katherine");
        assertThat(n.sameName("Bob", "Robert")).isTrue();
        assertThat(n.sameName("Bob", "Rob"))
                .as("two familiar forms of one name")
                .isTrue();
        assertThat(n.sameName("Bobby", "ROBERT")).isTrue();
        assertThat(n.sameName("Robert", "Richard")).isFalse();
        assertThat(n.sameName("Zoë", "Zoe")).isTrue();
    }
}
