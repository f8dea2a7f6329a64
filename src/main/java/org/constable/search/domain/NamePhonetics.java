package org.constable.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * The two sound-alike encodings of a name part: Double Metaphone (primary and alternate code, good for
 * English spellings) and Beider-Morse (approximate, generic names, good across languages and
 * transliterations). The same encoder runs at indexing and at query time, so codes always agree.
 */
public final class NamePhonetics {

    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true, 20);
    private static final ThreadLocal<DoubleMetaphone> DOUBLE_METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return dm;
    });

    /**
     * Beider-Morse encoding takes 25 to 250 microseconds a name and a force's names have a long tail (a
     * ten-million-person index holds several hundred thousand distinct name parts), so codes are cached
     * for up to this many parts; each entry is a list of interned codes, about 200 bytes, so a full cache holds about 200 MB.
     */
    static final int CACHE_LIMIT = 1_000_000;

    private static final Codes BM = new Codes(NamePhonetics::encodeBeiderMorse);
    private static final Codes DM = new Codes(NamePhonetics::encodeDoubleMetaphone);

    private NamePhonetics() {}

    /** Double Metaphone primary and alternate codes of a folded name part (none for a single letter). */
    public static List<String> doubleMetaphone(String part) {
        return DM.of(part);
    }

    /** Beider-Morse approximate codes of a folded name part (none for a single letter). */
    public static List<String> beiderMorse(String part) {
        return BM.of(part);
    }

    /** True when the two lists share a code. */
    static boolean shareCode(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static String[] encodeDoubleMetaphone(String part) {
        DoubleMetaphone dm = DOUBLE_METAPHONE.get();
        Set<String> codes = new LinkedHashSet<>();
        for (boolean alternate : new boolean[] {false, true}) {
            String code = dm.doubleMetaphone(part, alternate);
            if (code != null && !code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes.toArray(String[]::new);
    }

    private static String[] encodeBeiderMorse(String part) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : BEIDER_MORSE.encode(part).split("[|\\-]")) {
            if (!code.isBlank()) {
                codes.add(code.trim());
            }
        }
        return codes.toArray(String[]::new);
    }

    /** A bounded cache of one encoding; codes are interned, since thousands of names share each one. */
    private static final class Codes {
        private final Function<String, String[]> encoder;
        private final ConcurrentHashMap<String, List<String>> byPart = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, String> interned = new ConcurrentHashMap<>();

        Codes(Function<String, String[]> encoder) {
            this.encoder = encoder;
        }

        List<String> of(String part) {
            if (part.length() < 2) {
                return List.of();
            }
            List<String> cached = byPart.get(part);
            if (cached != null) {
                return cached;
            }
            String[] codes = encoder.apply(part);
            List<String> shared = new ArrayList<>(codes.length);
            for (String code : codes) {
                shared.add(interned.computeIfAbsent(code, c -> c));
            }
            List<String> frozen = List.copyOf(shared);
            if (byPart.size() < CACHE_LIMIT) {
                byPart.put(part, frozen);
            }
            return frozen;
        }
    }
}
