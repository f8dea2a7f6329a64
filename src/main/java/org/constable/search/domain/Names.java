package org.constable.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name is cut into comparable tokens: accents folded, lower case, split at spaces, hyphens and
 * apostrophes ("O'Brien" gives "obrien" and "brien" and "o"), so that one part of a double-barrelled
 * surname finds the whole.
 */
public final class Names {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

    private Names() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                        .replaceAll("")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The name's parts: "Smith-Jones" gives [smith, jones]; "O'Brien" gives [obrien]. Apostrophes are
     * dropped, and anything else but the letters a to z separates parts. The ranker cuts every
     * candidate's names, so this is written out rather than left to regular expressions.
     */
    public static List<String> parts(String name) {
        String folded = fold(name);
        List<String> parts = new ArrayList<>(2);
        StringBuilder part = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                part.append(c);
            } else if (part.length() > 0) {
                parts.add(part.toString());
                part.setLength(0);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** The name as one token: "Smith-Jones" gives "smithjones". */
    public static String joined(String name) {
        return String.join("", parts(name));
    }

    /** Damerau-Levenshtein (optimal string alignment) distance: a swap of two letters costs one, as a typist makes it. */
    public static int editDistance(String a, String b) {
        // three rows of the distance table: two rows back for a swap, one back, and the one being filled
        int[] twoBack = new int[b.length() + 1];
        int[] back = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            back[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], twoBack[j - 2] + 1);
                }
            }
            int[] spare = twoBack;
            twoBack = back;
            back = row;
            row = spare;
        }
        return back[b.length()];
    }

    /** Fuzzy matching allows one edit in short names and two in longer ones, as Lucene's fuzzy query does. */
    public static int allowedEdits(String token) {
        return token.length() < 4 ? 0 : token.length() < 7 ? 1 : 2;
    }
}
