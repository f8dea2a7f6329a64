package org.constable.search.domain;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

import java.util.LinkedHashSet;
import java.util.Set;

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

    private static final int BM_CACHE_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> BM_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private NamePhonetics() {
    }

    public static Set<String> doubleMetaphone(String part) {
        Set<String> codes = new LinkedHashSet<>();
        if (part.length() < 2) {
            return codes;
        }
        DoubleMetaphone dm = DOUBLE_METAPHONE.get();
        String primary = dm.doubleMetaphone(part, false);
        String alternate = dm.doubleMetaphone(part, true);
        if (primary != null && !primary.isEmpty()) {
            codes.add(primary);
        }
        if (alternate != null && !alternate.isEmpty()) {
            codes.add(alternate);
        }
        return codes;
    }

    /**
     * Beider-Morse codes of a name part. Encoding is slow (tens of microseconds) and names repeat a
     * great deal, so codes are kept in a bounded cache shared by indexing and ranking.
     */
    public static Set<String> beiderMorse(String part) {
        if (part.length() < 2) {
            return Set.of();
        }
        Set<String> cached = BM_CACHE.get(part);
        if (cached != null) {
            return cached;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : BEIDER_MORSE.encode(part).split("[|\\-]")) {
            if (!code.isBlank()) {
                codes.add(code.trim());
            }
        }
        Set<String> frozen = Set.copyOf(codes);
        if (BM_CACHE.size() < BM_CACHE_LIMIT) {
            BM_CACHE.put(part, frozen);
        }
        return frozen;
    }
}
