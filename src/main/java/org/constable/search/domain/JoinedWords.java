package org.constable.search.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Typed name words read with two neighbours written together: "Jan Mohamed" as Janmohamed, "Mc
 * Donald" as McDonald, "O Brien" as OBrien. Records spell such names either way, so the search and the
 * ranker try each pair of neighbours joined, as one word that must equal a recorded name part
 * letter for letter (a misspelling across a space is too loose a guess to rank as strong).
 */
final class JoinedWords {

    /** Queries of more name words than this are not read with neighbours joined. */
    static final int MOST_WORDS = 4;
    /** A joined word shorter than this ("j" + "s") is an initial and a name, not one name. */
    private static final int SHORTEST = 3;

    /** The typed words with the neighbours at {@code at} and {@code at + 1} joined into the word at {@code at}. */
    record Reading(List<String> words, int at, String asTyped) {
        String joined() {
            return words.get(at);
        }
    }

    private JoinedWords() {}

    /** Every reading of {@code words} with one pair of neighbours joined; none for a single word or too many words. */
    static List<Reading> of(List<String> words) {
        int n = words.size();
        if (n < 2 || n > MOST_WORDS) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>(n - 1);
        for (int at = 0; at + 1 < n; at++) {
            String joined = words.get(at) + words.get(at + 1);
            if (joined.length() < SHORTEST) {
                continue;
            }
            List<String> fewer = new ArrayList<>(words.subList(0, at));
            fewer.add(joined);
            fewer.addAll(words.subList(at + 2, n));
            readings.add(new Reading(List.copyOf(fewer), at, words.get(at) + " " + words.get(at + 1)));
        }
        return readings;
    }

    /** The joined word against a record's name parts: written as one word when one of them is exactly it. */
    static NameMatch match(Reading reading, Collection<String> recorded) {
        return recorded.contains(reading.joined()) ? strong(reading) : NameMatch.NONE;
    }

    /** What the joined word is worth when it is in the index: the index is searched only for the exact part. */
    static NameMatch strong(Reading reading) {
        return new NameMatch(
                MatchKind.WRITTEN_AS_ONE_WORD,
                MatchKind.WRITTEN_AS_ONE_WORD.weight(),
                reading.asTyped(),
                reading.joined(),
                0);
    }
}
