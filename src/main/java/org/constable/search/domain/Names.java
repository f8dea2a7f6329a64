package org.constable.search.domain;

/**
 * How close two name parts are: the edit distance and how many edits a part allows. How a name is
 * folded and cut into parts is people's {@link org.constable.people.PersonNames}, the one normaliser
 * duplicate detection uses too (ADR 0039).
 */
public final class Names {

    private Names() {}

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
