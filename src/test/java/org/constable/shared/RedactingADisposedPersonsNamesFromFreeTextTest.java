package org.constable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A disposed person's names leave free text wherever they stand, in any letter case and with any
 * spacing between forename and surname, and nothing else in the text changes: not a longer word
 * that contains the name, not another person's name, not the words around it (ADR 0109).
 */
class RedactingADisposedPersonsNamesFromFreeTextTest {

    record Person(String forename, String surname) {}

    private static final List<String> FILLERS = List.of(
            "Officer spoke to", "the shop.", "Nothing further.", "Smith", "at 10:00,", "Q", "—", "(see log)", "\n");

    private static String part(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 3 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Person person(Random random) {
        String surname = part(random);
        return new Person(part(random), random.nextBoolean() ? surname : surname + "-Ó'Dowd");
    }

    private static String filler(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            words.add(FILLERS.get(random.nextInt(FILLERS.size())));
        }
        return String.join(" ", words);
    }

    @Test
    void everyWritingOfTheNameGoesAndTheRestStays() {
        Random random = new Random(109);
        for (int run = 0; run < 500; run++) {
            Person p = person(random);
            NameRedaction names = NameRedaction.of(NameRedaction.waysOfWriting(p.forename(), null, p.surname()));
            String written =
                    random.nextBoolean() ? p.surname() + ",  " + p.forename() : p.forename() + " \t " + p.surname();
            if (random.nextBoolean()) {
                written = written.toUpperCase(Locale.ROOT);
            }
            String head = filler(random);
            String tail = filler(random);
            String text = head + " " + written + " " + tail;

            String redacted = names.apply(text);

            assertThat(redacted).as(text).isEqualTo(head + " " + NameRedaction.MARK + " " + tail);
            assertThat(redacted.toLowerCase(Locale.ROOT))
                    .doesNotContain(p.surname().toLowerCase(Locale.ROOT));
            assertThat(names.names(redacted)).isFalse();
            assertThat(names.apply(redacted))
                    .as("redacting twice changes nothing more")
                    .isEqualTo(redacted);
        }
    }

    @Test
    void aLongerWordOrAnotherPersonIsLeftAlone() {
        Random random = new Random(9);
        for (int run = 0; run < 500; run++) {
            Person p = person(random);
            Person other = person(random);
            NameRedaction names = NameRedaction.of(NameRedaction.waysOfWriting(p.forename(), null, p.surname()));
            String text = p.forename() + "s " + p.surname() + " met " + p.forename() + " " + p.surname() + "x; "
                    + p.forename() + " alone; " + p.surname() + " alone.";
            assertThat(names.apply(text)).isEqualTo(text);
            String about = "Seen with " + other.forename() + " " + other.surname() + ".";
            if (!other.forename().equalsIgnoreCase(p.forename())
                    || !other.surname().equalsIgnoreCase(p.surname())) {
                assertThat(names.apply(about)).isEqualTo(about);
            }
        }
    }

    @Test
    void middleNamesAndAliasesAreNamesToo() {
        List<String> ways = new java.util.ArrayList<>(NameRedaction.waysOfWriting("Retta", "Mae", "Quill"));
        ways.addAll(NameRedaction.waysOfWriting("Rita", null, "Quayle"));
        NameRedaction names = NameRedaction.of(ways);

        assertThat(names.apply("retta mae quill, aka RITA QUAYLE, and Quill, Retta; not Retta Quills."))
                .isEqualTo("[name erased], aka [name erased], and [name erased]; not Retta Quills.");
    }

    @Test
    void blankAndOneLetterNamesAreNotRedactedAndRegexCharactersAreLiteral() {
        NameRedaction names = NameRedaction.of(java.util.Arrays.asList(" ", null, "Al", "J. (Jo) Day+"));

        assertThat(names.apply("Al and J. (Jo) Day+ and J  (Jo) Day"))
                .isEqualTo("Al and [name erased] and J  (Jo) Day");
        assertThat(NameRedaction.of(List.of()).isEmpty()).isTrue();
        assertThat(NameRedaction.of(List.of()).apply("Anything")).isEqualTo("Anything");
        assertThat(names.toString()).doesNotContain("Day");
    }
}
