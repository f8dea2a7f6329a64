package org.constable.search.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one typed name word matches one name part of a record, with the strongest reason found:
 * exact, nickname or transliteration variant, fuzzy (with its edit distance), Double Metaphone,
 * Beider-Morse, or an initial. {@code edits} is the edit distance when it was measured, -1 when the
 * lengths alone ruled a fuzzy match out.
 */
public record NameMatch(@Nullable MatchKind kind, double weight, String typed, String recorded, int edits) {

    static final NameMatch NONE = new NameMatch(null, 0, "", "", 0);

    /** Whether two name parts share a sound-alike code. */
    interface SoundsAlike {
        SoundsAlike BY_CODES = new SoundsAlike() {
            @Override
            public boolean byDoubleMetaphone(String typed, String part) {
                return NamePhonetics.shareCode(
                        NamePhonetics.doubleMetaphone(typed), NamePhonetics.doubleMetaphone(part));
            }

            @Override
            public boolean byBeiderMorse(String typed, String part) {
                return NamePhonetics.shareCode(NamePhonetics.beiderMorse(typed), NamePhonetics.beiderMorse(part));
            }
        };

        boolean byDoubleMetaphone(String typed, String part);

        boolean byBeiderMorse(String typed, String part);
    }

    static NameMatch of(String typed, String part, NameVariants variants, SoundsAlike alike) {
        if (typed.equals(part)) {
            return new NameMatch(MatchKind.EXACT, MatchKind.EXACT.weight(), typed, part, 0);
        }
        MatchKind variant = variants.of(typed).get(part);
        if (variant != null) {
            return new NameMatch(variant, variant.weight(), typed, part, 0);
        }
        if (typed.length() == 1) {
            return part.startsWith(typed)
                    ? new NameMatch(MatchKind.INITIAL, MatchKind.INITIAL.weight(), typed, part, 0)
                    : NONE;
        }
        NameMatch best = NONE;
        int allowed = Math.max(Names.allowedEdits(typed), Names.allowedEdits(part));
        // lengths further apart than the edits allowed cannot be within them: not worth measuring (-1)
        int edits = Math.abs(typed.length() - part.length()) > allowed ? -1 : Names.editDistance(typed, part);
        if (edits >= 0 && edits <= allowed) {
            best = new NameMatch(MatchKind.FUZZY, MatchKind.FUZZY.weight() + 0.1 - 0.1 * edits, typed, part, edits);
        }
        if (best.weight() < MatchKind.DOUBLE_METAPHONE.weight() && alike.byDoubleMetaphone(typed, part)) {
            best = new NameMatch(MatchKind.DOUBLE_METAPHONE, MatchKind.DOUBLE_METAPHONE.weight(), typed, part, edits);
        }
        if (best.weight() < MatchKind.BEIDER_MORSE.weight() && alike.byBeiderMorse(typed, part)) {
            best = new NameMatch(MatchKind.BEIDER_MORSE, MatchKind.BEIDER_MORSE.weight(), typed, part, edits);
        }
        return best;
    }

    public boolean matched() {
        return kind != null;
    }

    /** The explanation shown beside a result, e.g. "smyth ≈ smith: fuzzy edit distance 1". */
    public String explain() {
        MatchKind matched = Objects.requireNonNull(kind, "only a match is explained");
        return switch (matched) {
            case EXACT -> typed + ": exact";
            case FUZZY -> typed + " ≈ " + recorded + ": fuzzy edit distance " + edits;
            default -> typed + " ≈ " + recorded + ": " + matched.label();
        };
    }
}
