package org.constable.benchmark;

import java.util.Locale;

/** The ways an officer mistypes or mishears a surname, made deterministic so a benchmark can repeat them. */
final class Misspellings {

    private static final String[][] SOUND_ALIKES = {
        {"ph", "f"},
        {"th", "t"},
        {"ck", "k"},
        {"ey", "y"},
        {"ie", "y"},
        {"son", "sen"},
        {"ou", "ow"},
        {"c", "k"},
        {"y", "i"},
        {"ee", "ea"},
        {"er", "ar"},
        {"s", "z"},
        {"w", "v"}
    };

    private Misspellings() {}

    /** One substitution inside the name (never the first letter, which people rarely get wrong). */
    static String oneEdit(String surname) {
        String base = surname.split("-")[0];
        if (base.length() < 4) {
            return base + "e";
        }
        int at = 1 + Math.floorMod(base.hashCode(), base.length() - 2);
        char c = Character.toLowerCase(base.charAt(at));
        char replacement = "aeiou".indexOf(c) >= 0 ? (c == 'e' ? 'a' : 'e') : (c == 'n' ? 'm' : 'n');
        return base.substring(0, at) + replacement + base.substring(at + 1);
    }

    /** A spelling that sounds the same: the first rule that applies, or a doubled last letter. */
    static String soundAlike(String surname) {
        String base = surname.split("-")[0];
        String lower = base.toLowerCase(Locale.ROOT);
        for (String[] rule : SOUND_ALIKES) {
            int at = lower.indexOf(rule[0], 1);
            if (at > 0) {
                String changed = lower.substring(0, at) + rule[1] + lower.substring(at + rule[0].length());
                return Character.toUpperCase(changed.charAt(0)) + changed.substring(1);
            }
        }
        return base + base.charAt(base.length() - 1);
    }
}
