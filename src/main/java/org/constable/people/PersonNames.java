package org.constable.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way Constable compares the letters of a person's name, used alike by duplicate detection
 * (here) and by search: accents and other marks are dropped ("Zoë" reads as "zoe", "José" as "jose",
 * "Ó Briain" as "o briain"), letters that Unicode does not decompose are written as their usual
 * English spelling ("Łukasz" as "lukasz", "Søren" as "soren", "Straße" as "strasse"), and the result is
 * lower case. A name is cut into parts at anything but a letter; apostrophes join ("O'Brien" is one
 * part). Plain Java, so that both modules' domain rules can use it (ADR 0039).
 */
public final class PersonNames {

    private PersonNames() {}

    /** Lower case, accents and marks dropped, special letters spelt out: "ÉMILE Łódź" gives "emile lodz". */
    public static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return foldUnusual(text);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static String foldUnusual(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            b.append(spelt(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The letters NFD leaves whole, as they are usually written in English records. */
    private static String spelt(char c) {
        return switch (c) {
            case 'ł', 'Ł' -> "l";
            case 'ø', 'Ø' -> "o";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ħ', 'Ħ' -> "h";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'þ', 'Þ' -> "th";
            default -> String.valueOf(c);
        };
    }

    /**
     * The name's parts: "Smith-Jones" gives [smith, jones]; "O'Brien" gives [obrien]; "Ó Briain" gives
     * [o, briain]. Apostrophes are dropped, and anything else but the letters a to z separates parts.
     * Search cuts every candidate's names with it, so it is written out rather than left to regular
     * expressions.
     */
    public static List<String> parts(@Nullable String name) {
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

    /** The name as one run of letters: "Smith-Jones" gives "smithjones", "Ó Briain" gives "obriain". */
    public static String joined(@Nullable String name) {
        return String.join("", parts(name));
    }
}
