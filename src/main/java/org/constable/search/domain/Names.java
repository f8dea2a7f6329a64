package org.constable.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a name is cut into comparable tokens: accents folded, lower case, split at spaces, hyphens and
 * apostrophes ("O'Brien" gives "obrien" and "brien" and "o"), so that one part of a double-barrelled
 * surname finds the whole.
 */
public final class Names {

    private Names() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** The name's parts: "Smith-Jones" gives [smith, jones]; "O'Brien" gives [obrien]. */
    public static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : fold(name).replace("'", "").replace("’", "").split("[^a-z]+")) {
            if (!word.isEmpty()) {
                parts.add(word);
            }
        }
        return parts;
    }

    /** The name as one token: "Smith-Jones" gives "smithjones". */
    public static String joined(String name) {
        return String.join("", parts(name));
    }

    /** Damerau-Levenshtein (optimal string alignment) distance: a swap of two letters costs one, as a typist makes it. */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Fuzzy matching allows one edit in short names and two in longer ones, as Lucene's fuzzy query does. */
    public static int allowedEdits(String token) {
        return token.length() < 4 ? 0 : token.length() < 7 ? 1 : 2;
    }
}
