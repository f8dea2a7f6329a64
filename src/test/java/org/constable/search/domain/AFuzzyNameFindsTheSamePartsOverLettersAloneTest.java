package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;

/**
 * The fuzzy automaton a search builds for a typed word, over the letters a to z alone, accepts exactly
 * the name parts Lucene's own fuzzy automaton accepts: every part within the word's edits (a swap of two
 * letters counting one, the first letter kept), and no other.
 */
class AFuzzyNameFindsTheSamePartsOverLettersAloneTest {

    @Test
    void everyPartNearATypedWordIsAcceptedByBothAutomataOrByNeither() {
        SplittableRandom random = new SplittableRandom(12);
        List<String> words =
                new ArrayList<>(List.of("smith", "smiht", "mcdonald", "janmohamed", "okonkwo", "lee", "abbott"));
        for (int k = 0; k < 60; k++) {
            words.add(word(random, 3 + random.nextInt(11)));
        }
        int accepted = 0;
        for (String word : words) {
            int edits = Math.min(2, Math.max(1, Names.allowedEdits(word)));
            CompiledAutomaton lucene = FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true);
            CompiledAutomaton ours = NameExpansion.fuzzy(word);
            for (String part : near(random, word, 400)) {
                boolean expected = accepts(lucene, part);
                assertThat(accepts(ours, part))
                        .as("'%s' within %d edits of '%s'", part, edits, word)
                        .isEqualTo(expected);
                accepted += expected ? 1 : 0;
            }
        }
        assertThat(accepted)
                .as("parts accepted, so that the comparison means something")
                .isGreaterThan(5_000);
    }

    @Test
    void aWordOfOtherCharactersStillGetsAnAutomaton() {
        assertThat(accepts(NameExpansion.fuzzy("zoë"), "zoe")).isTrue();
        assertThat(NameExpansion.fuzzy("al")).isNull();
    }

    private static boolean accepts(CompiledAutomaton automaton, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        return automaton.runAutomaton.run(bytes, 0, bytes.length);
    }

    /** Parts made from the word by up to three random edits (insert, delete, replace, swap), and a few unrelated. */
    private static List<String> near(SplittableRandom random, String word, int count) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            StringBuilder b = new StringBuilder(word);
            int edits = random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = b.length() == 0 ? 0 : random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0 -> b.insert(at, letter(random));
                    case 1 -> {
                        if (b.length() > 1) {
                            b.deleteCharAt(at);
                        }
                    }
                    case 2 -> {
                        if (b.length() > 0) {
                            b.setCharAt(at, letter(random));
                        }
                    }
                    default -> {
                        if (at + 1 < b.length()) {
                            char c = b.charAt(at);
                            b.setCharAt(at, b.charAt(at + 1));
                            b.setCharAt(at + 1, c);
                        }
                    }
                }
            }
            parts.add(b.toString());
        }
        parts.add(word(random, word.length()));
        return parts;
    }

    private static String word(SplittableRandom random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letter(random));
        }
        return b.toString();
    }

    private static char letter(SplittableRandom random) {
        return (char) ('a' + random.nextInt(26));
    }
}
