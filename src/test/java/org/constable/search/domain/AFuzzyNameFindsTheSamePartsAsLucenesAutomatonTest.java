package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;

/**
 * The parts a search finds within a typed word's edit distance by walking the dictionary of name parts
 * in order (ADR 0063) are exactly those Lucene's own fuzzy automaton accepts: every part within the
 * word's edits (a swap of two letters counting one, the first letter kept), and no other.
 */
class AFuzzyNameFindsTheSamePartsAsLucenesAutomatonTest {

    @Test
    void everyPartNearATypedWordIsFoundByTheWalkExactlyWhenTheAutomatonAcceptsIt() {
        SplittableRandom random = new SplittableRandom(12);
        List<String> words =
                new ArrayList<>(List.of("smith", "smiht", "mcdonald", "janmohamed", "okonkwo", "lee", "abbott"));
        for (int k = 0; k < 60; k++) {
            words.add(word(random, 3 + random.nextInt(11)));
        }
        int accepted = 0;
        for (String word : words) {
            int edits = NameExpansion.edits(word);
            CompiledAutomaton lucene = FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true);
            // every word's near parts in one dictionary, so each walk also passes many parts it must not find
            TreeSet<String> dictionary = new TreeSet<>();
            for (String w : words) {
                dictionary.addAll(near(new SplittableRandom(w.hashCode()), w, 400));
            }
            dictionary.addAll(near(random, word, 400));
            Set<String> expected = new TreeSet<>();
            for (String part : dictionary) {
                if (accepts(lucene, part)) {
                    expected.add(part);
                }
            }
            assertThat(new TreeSet<>(FuzzyParts.within(dictionary, word, edits)))
                    .as("parts within %d edits of '%s'", edits, word)
                    .isEqualTo(expected);
            assertThat(new TreeSet<>(FuzzyParts.within(dictionary.toArray(String[]::new), word, edits)))
                    .as("parts within %d edits of '%s', walked in a sorted array", edits, word)
                    .isEqualTo(expected);
            accepted += expected.size();
        }
        assertThat(accepted)
                .as("parts accepted, so that the comparison means something")
                .isGreaterThan(5_000);
    }

    @Test
    void aWordOfOtherCharactersIsWalkedAsLucenesAutomatonWouldAcceptIt() {
        TreeSet<String> dictionary = new TreeSet<>(List.of("zoe", "zoë", "zoey", "zara", "yoe"));
        assertThat(FuzzyParts.within(dictionary, "zoë", NameExpansion.edits("zoë")))
                .containsExactlyInAnyOrder("zoe", "zoë");
        assertThat(FuzzyParts.within(dictionary.toArray(String[]::new), "zoë", NameExpansion.edits("zoë")))
                .containsExactlyInAnyOrder("zoe", "zoë");
        assertThat(NameExpansion.edits("al")).as("too short to be fuzzy").isZero();
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
