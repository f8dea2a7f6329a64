package org.constable.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of a disposed person, to be taken out of free text held anywhere (ADR 0109): each name
 * as a whole (forename and surname, with or without middle names, "surname, forename", aliases),
 * case-insensitive, never inside a longer word, with any run of spaces between its parts. One
 * regular expression serves Java and PostgreSQL alike (both read {@code (?<!\w)}, {@code (?!\w)},
 * {@code \s+} and a backslash before punctuation the same way), so a module redacts its rows in one
 * UPDATE and this class, tested on its own, says what that UPDATE does.
 */
public final class NameRedaction {

    /** What stands where a name was. */
    public static final String MARK = "[name erased]";

    /** Names shorter than this are not redacted: one or two letters would take out ordinary words. */
    static final int SHORTEST = 3;

    private final List<String> names;
    private final String regex;
    private final Pattern pattern;

    private NameRedaction(List<String> names) {
        this.names = names;
        this.regex = names.isEmpty()
                ? "(?!)"
                : "(?<!\\w)(?:"
                        + String.join(
                                "|", names.stream().map(NameRedaction::quoted).toList()) + ")(?!\\w)";
        this.pattern = Pattern.compile(
                regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The names to redact; blank ones and ones shorter than three letters are left out. */
    public static NameRedaction of(Collection<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null) {
                continue;
            }
            String words = n.strip().replaceAll("\\s+", " ");
            if (words.codePointCount(0, words.length()) >= SHORTEST) {
                kept.add(words);
            }
        }
        List<String> longestFirst = new ArrayList<>(kept);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return new NameRedaction(List.copyOf(longestFirst));
    }

    /** A person's ways of being written: forename surname, with middle names, "surname, forename". */
    public static List<String> waysOfWriting(
            String forename, @org.jspecify.annotations.Nullable String middleNames, String surname) {
        List<String> ways = new ArrayList<>();
        ways.add(forename + " " + surname);
        ways.add(surname + ", " + forename);
        if (middleNames != null && !middleNames.isBlank()) {
            ways.add(forename + " " + middleNames + " " + surname);
        }
        return ways;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The regular expression (case-insensitive: PostgreSQL's {@code ~*} and flag {@code 'gi'}). */
    public String regex() {
        return regex;
    }

    /**
     * The values an owner's UPDATE binds: {@code :re} the expression, {@code :mark} what replaces a
     * name (used as {@code regexp_replace(column, :re, :mark, 'gi')} and {@code column ~* :re}).
     */
    public java.util.Map<String, Object> binding() {
        return java.util.Map.of("re", regex, "mark", MARK);
    }

    /** The text with every name replaced by {@link #MARK}. */
    public String apply(String text) {
        return pattern.matcher(text).replaceAll(MARK);
    }

    /** True if the text names the person. */
    public boolean names(String text) {
        return pattern.matcher(text).find();
    }

    /** How many names are redacted (never the names themselves: they must not reach a log or audit entry). */
    @Override
    public String toString() {
        return "NameRedaction[" + names.size() + " names]";
    }

    private static String quoted(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split(" ")) {
            if (!out.isEmpty()) {
                out.append("\\s+");
            }
            part.codePoints().forEach(c -> {
                if (!Character.isLetterOrDigit(c)) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            });
        }
        return out.toString();
    }
}
