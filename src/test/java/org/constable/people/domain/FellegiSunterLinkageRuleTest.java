package org.constable.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The linkage rule on its own: what it calls a likely duplicate, and that it never compares all pairs. */
class FellegiSunterLinkageRuleTest {

    private final FellegiSunterLinkageRule rule = new FellegiSunterLinkageRule();

    @Test
    void aFamiliarForenameWithTheSameSurnameAndBirthdayIsALikelyDuplicate() {
        var run = rule.find(
                List.of(person(1, "Robert", "Hargreaves", "1980-04-12"), person(2, "Bob", "Hargreaves", "1980-04-12")));
        assertThat(run.pairs()).singleElement().satisfies(d -> {
            assertThat(d.score()).isEqualTo(90);
            assertThat(d.reasons())
                    .contains("same surname", "same forename or a familiar form of it", "same date of birth");
        });
    }

    @Test
    void aNameKnownOnlyAsAnAliasStillMatchesAndTheReasonSaysSo() {
        Nominal withAlias = new Nominal(
                1,
                false,
                List.of(
                        new Nominal.Name("Anne", "Mercer", LocalDate.parse("1970-02-03"), false),
                        new Nominal.Name("Anne", "Fairbrother", null, true)),
                Set.of());
        var run = rule.find(List.of(withAlias, person(2, "Anne", "Fairbrother", "1970-02-03")));
        assertThat(run.pairs())
                .singleElement()
                .satisfies(d -> assertThat(d.reasons().get(0)).contains("by alias Anne Fairbrother"));
    }

    @Test
    void aFatherAndSonOfOneNameAndStrangersBornOnOneDayAreNot() {
        var run = rule.find(List.of(
                person(1, "Peter", "Lomax", "1960-01-01"),
                person(2, "Peter", "Lomax", "1990-06-06"),
                person(3, "Zed", "Carver", "1999-09-09"),
                person(4, "Yann", "Oduya", "1999-09-09")));
        assertThat(run.pairs()).isEmpty();
    }

    @Test
    void onlyPersonsSharingABlockingKeyAreCompared() {
        List<Nominal> many = new ArrayList<>();
        String consonants = "bdfgklmprt", vowels = "aeiou";
        for (int i = 0; i < 2000; i++) {
            StringBuilder surname = new StringBuilder();
            for (int n = i, syllable = 0; syllable < 3; syllable++, n /= 50) {
                surname.append(consonants.charAt(n % 50 / 5)).append(vowels.charAt(n % 5));
            }
            many.add(person(
                    i + 1,
                    (char) ('A' + i % 26) + "nn",
                    surname.toString(),
                    LocalDate.of(1950, 1, 1).plusDays(i).toString()));
        }
        var run = rule.find(many);
        assertThat(run.comparisons()).isLessThan(2000L * 1999 / 2 / 100);
    }

    private static Nominal person(long id, String forename, String surname, String dob) {
        return new Nominal(
                id, false, List.of(new Nominal.Name(forename, surname, LocalDate.parse(dob), false)), Set.of());
    }
}
