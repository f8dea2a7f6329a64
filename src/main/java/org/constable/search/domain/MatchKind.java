package org.constable.search.domain;

/** Why a result matched, as shown beside it; the weight orders results when names match in different ways. */
public enum MatchKind {
    EXACT("exact", 1.0),
    /** Typed as two words, recorded as one ("Jan Mohamed" for Janmohamed): the same letters, spaced otherwise. */
    WRITTEN_AS_ONE_WORD("written as one word", 0.95),
    /** Typed as one word, recorded as two ("Janmohamed" for Jan Mohamed, or Taylor-Brown). */
    WRITTEN_AS_TWO_WORDS("written as two words", 0.95),
    NICKNAME("nickname", 0.9),
    TRANSLITERATION("transliteration variant", 0.9),
    NAME_PART("hyphenated/double-barrelled part", 0.85),
    FUZZY("fuzzy", 0.75),
    DOUBLE_METAPHONE("Double Metaphone", 0.7),
    BEIDER_MORSE("Beider-Morse phonetic", 0.65),
    INITIAL("initial", 0.4),
    SWAPPED_NAMES("swapped names", 0.0),
    ALIAS("alias", 0.0),
    DOB_EXACT("date of birth", 1.0),
    DOB_DAY_MONTH_SWAPPED("day/month swapped", 0.8),
    DOB_YEAR_ONLY("partial DOB year only", 0.6),
    AGE_RANGE("age range", 0.5),
    POSTCODE("postcode", 1.0),
    PARTIAL_POSTCODE("partial postcode", 0.6),
    STREET("street", 0.8),
    PARTIAL_STREET("partial street", 0.6),
    HOUSE_NUMBER("house number", 0.3),
    NEAR_POINT("within radius", 0.5),
    VRM("VRM", 1.0),
    VRM_MISREAD("VRM misread", 0.8),
    VRM_PARTIAL("partial VRM", 0.5),
    TEXT("text", 0.5);

    private final String label;
    private final double weight;

    MatchKind(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }
}
