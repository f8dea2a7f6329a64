package org.constable.search.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an ordered set within a word's edit distance, its first letter kept, a swap of two
 * neighbouring letters counting one edit (optimal string alignment, as Lucene's fuzzy query with
 * transpositions): the same parts Lucene's fuzzy automaton finds in a terms dictionary, found without
 * building the automaton (ADR 0063).
 *
 * <p>The parts are walked in order as a trie would be: the rows of the distance table are kept for
 * the letters a part shares with the one before it, and as soon as every cell of a row exceeds the
 * edits allowed, no part beginning with those letters can come within them, so the walk jumps past
 * them all.
 */
final class FuzzyParts {

    private FuzzyParts() {}

    /** The parts of a sorted array of distinct parts within {@code edits} of {@code word}. */
    static List<String> within(String[] sorted, String word, int edits) {
        return within(new InArray(sorted), word, edits);
    }

    /** The parts of an ordered set within {@code edits} of {@code word}. */
    static List<String> within(NavigableSet<String> parts, String word, int edits) {
        return within(new InSet(parts), word, edits);
    }

    /** Parts in order: the first at or after a string, the one after the last given, the first past a prefix. */
    private interface Ordered {
        @Nullable String ceiling(String from);

        @Nullable String next();

        @Nullable String pastPrefix(String prefix);
    }

    private static final class InArray implements Ordered {
        private final String[] sorted;
        private int at;

        InArray(String[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public @Nullable String ceiling(String from) {
            at = insertionPoint(from, 0);
            return at < sorted.length ? sorted[at] : null;
        }

        @Override
        public @Nullable String next() {
            at++;
            return at < sorted.length ? sorted[at] : null;
        }

        @Override
        public @Nullable String pastPrefix(String prefix) {
            at = insertionPoint(prefix + Character.MAX_VALUE, at);
            return at < sorted.length ? sorted[at] : null;
        }

        private int insertionPoint(String key, int from) {
            int found = Arrays.binarySearch(sorted, from, sorted.length, key);
            return found >= 0 ? found : -found - 1;
        }
    }

    private static final class InSet implements Ordered {
        private final NavigableSet<String> parts;
        private @Nullable String at;

        InSet(NavigableSet<String> parts) {
            this.parts = parts;
        }

        @Override
        public @Nullable String ceiling(String from) {
            return at = parts.ceiling(from);
        }

        @Override
        public @Nullable String next() {
            return at = at == null ? null : parts.higher(at);
        }

        @Override
        public @Nullable String pastPrefix(String prefix) {
            return at = parts.higher(prefix + Character.MAX_VALUE);
        }
    }

    private static List<String> within(Ordered parts, String word, int edits) {
        List<String> found = new ArrayList<>();
        if (word.isEmpty()) {
            return found;
        }
        char first = word.charAt(0);
        String rest = word.substring(1);
        int m = rest.length();
        int longest = m + edits;
        // rows[i] is the table's row after the part's first i letters past the first
        int[][] rows = new int[longest + 2][m + 1];
        for (int j = 0; j <= m; j++) {
            rows[0][j] = j;
        }
        String rowsOf = null; // the part the rows were filled for
        int filled = 0; // rows[0..filled] are valid for rowsOf
        String part = parts.ceiling(String.valueOf(first));
        while (part != null && part.charAt(0) == first) {
            int valid = rowsOf == null ? 0 : Math.min(filled, shared(rowsOf, part) - 1);
            int length = part.length() - 1;
            int i = valid + 1;
            boolean pruned = false;
            for (; i <= length && i <= longest + 1; i++) {
                int best = fill(rows, i, part, rest, m);
                if (best > edits) {
                    pruned = true;
                    break;
                }
            }
            rowsOf = part;
            if (pruned) {
                // no part beginning with part's first i + 1 letters can come within the edits
                filled = i - 1;
                part = parts.pastPrefix(part.substring(0, i + 1));
                continue;
            }
            filled = length;
            if (rows[length][m] <= edits) {
                found.add(part);
            }
            part = parts.next();
        }
        return found;
    }

    /** Fills row {@code i} for the part's letter {@code i} past the first; returns the row's least cell. */
    private static int fill(int[][] rows, int i, String part, String rest, int m) {
        int[] row = rows[i];
        int[] back = rows[i - 1];
        char c = part.charAt(i);
        row[0] = i;
        int best = i;
        for (int j = 1; j <= m; j++) {
            int cost = rest.charAt(j - 1) == c ? 0 : 1;
            int v = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
            if (i > 1 && j > 1 && c == rest.charAt(j - 2) && part.charAt(i - 1) == rest.charAt(j - 1)) {
                v = Math.min(v, rows[i - 2][j - 2] + 1);
            }
            row[j] = v;
            best = Math.min(best, v);
        }
        return best;
    }

    /** How many leading characters two strings share. */
    private static int shared(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int k = 0;
        while (k < n && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }
}
