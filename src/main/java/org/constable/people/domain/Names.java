package org.constable.people.domain;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Name comparison for the duplicates report: a phonetic key and Jaro-Winkler similarity of names
 * already read by {@link org.constable.people.PersonNames}, all plain Java.
 */
public final class Names {

    /** Six sounds rather than the usual four, so that long surnames sharing a start ("Ashworth", "Ashwood") do not share a key. */
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private Names() {}

    /** The Double Metaphone primary code: names that sound alike ("Smith", "Smyth") share it. */
    public static String phonetic(String cleaned) {
        String code = METAPHONE.get().doubleMetaphone(cleaned);
        return code == null || code.isEmpty() ? cleaned : code;
    }

    /** Jaro-Winkler similarity in [0, 1]: 1 for equal strings, high for typing slips and shared prefixes. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la], mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window), to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
