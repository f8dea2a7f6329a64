package org.constable.search.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constable.people.PersonNames;
import org.jspecify.annotations.Nullable;

/**
 * Scores a candidate person against what was typed and says why it matched. Names are read as
 * "forenames surname" (or "surname, forenames"), and also the other way round, as witnesses and
 * records swap them, and with two neighbouring words written as one ({@link JoinedWords}); a typed
 * word may also be a recorded name of several parts written together. Every own name and alias is
 * tried and the best wins. A date of birth or an age
 * adds to the score when it fits and lowers it when it does not, since a wrong date is common but
 * still evidence.
 */
final class PersonRanker {

    static final double SWAPPED_PENALTY = 0.93;
    private static final double ALIAS_PENALTY = 0.97;
    static final double BIRTH_WEIGHT = 0.5;
    /** A lone word read as a forename counts for less than read as a surname. */
    static final double LONE_FORENAME = 0.9;
    /** The surname counts for more than each forename. */
    static final double SURNAME_WEIGHT = 1.2;

    private static final double BIRTH_MISMATCH_PENALTY = 0.6;

    /** The person's score for the typed text and why, or empty when nothing typed fits the person. */
    Optional<PersonHit> rank(SearchText text, SearchablePerson person, LocalDate today, NameMatcher matcher) {
        Scored name = Scored.NOTHING;
        if (text.hasName()) {
            name = scoreNames(text, person.forename(), person.middleNames(), person.surname(), false, matcher);
            for (SearchablePerson.Alias alias : person.aliases()) {
                Scored byAlias = scoreNames(text, alias.forename(), null, alias.surname(), true, matcher);
                if (byAlias.score > name.score) {
                    name = byAlias;
                }
            }
            if (name.score == 0) {
                return Optional.empty();
            }
        }
        List<String> why = new ArrayList<>(name.why);
        double score = name.score;
        if (text.hasBirthCriterion()) {
            Scored birth = scoreBirth(text, person, today);
            if (!text.hasName()) {
                if (birth.score == 0) {
                    return Optional.empty();
                }
                score = birth.score;
            } else {
                score = birth.score == 0 ? score * BIRTH_MISMATCH_PENALTY : score + BIRTH_WEIGHT * birth.score;
            }
            why.addAll(birth.why);
        }
        return Optional.of(new PersonHit(person, score, why));
    }

    private static Scored scoreNames(
            SearchText text,
            String forename,
            @Nullable String middleNames,
            String surname,
            boolean alias,
            NameMatcher matcher) {
        List<String> forenameParts = PersonNames.parts(forename);
        List<String> forenames = new ArrayList<>(forenameParts);
        forenames.addAll(PersonNames.parts(middleNames));
        List<String> surnames = PersonNames.parts(surname);
        Recorded recorded = new Recorded(forenames, forenameParts, surnames, PersonNames.joined(surname));
        Scored best = scoreWords(text.nameWords(), null, text.surnameFirst(), recorded, matcher);
        for (JoinedWords.Reading joined : JoinedWords.of(text.nameWords())) {
            Scored byJoined = scoreWords(joined.words(), joined, text.surnameFirst(), recorded, matcher);
            if (byJoined.score > best.score) {
                best = byJoined;
            }
        }
        if (alias && best.score > 0) {
            best = new Scored(best.score * ALIAS_PENALTY, prepend("alias " + forename + " " + surname, best.why));
        }
        return best;
    }

    /**
     * A record's name parts as compared: forename and middle-name parts, the forename's own parts,
     * surname parts and the surname written as one word.
     */
    private record Recorded(List<String> forenames, List<String> forenameParts, List<String> surnames, String joined) {

        /** The forename written as one word when it has several parts ("maryann" for Mary Ann), else null. */
        @Nullable String joinedForename() {
            return forenameParts.size() > 1 ? String.join("", forenameParts) : null;
        }

        List<String> allForenames() {
            if (forenameParts.size() < 2) {
                return forenames;
            }
            List<String> all = new ArrayList<>(forenames);
            all.add(joinedForename());
            return all;
        }

        List<String> allSurnames() {
            List<String> all = new ArrayList<>(surnames);
            all.add(joined);
            return all;
        }
    }

    /** Scores the words, {@code joined} (if given) saying which one is two typed words written together. */
    private static Scored scoreWords(
            List<String> words,
            JoinedWords.@Nullable Reading joined,
            boolean surnameFirst,
            Recorded r,
            NameMatcher matcher) {
        int n = words.size();
        NameMatch[] fm = new NameMatch[n];
        NameMatch[] sm = new NameMatch[n];
        for (int i = 0; i < n; i++) {
            if (joined != null && i == joined.at()) {
                fm[i] = JoinedWords.match(joined, r.allForenames());
                sm[i] = JoinedWords.match(joined, r.allSurnames());
            } else {
                fm[i] = forenameMatch(words.get(i), r, matcher);
                sm[i] = surnameMatch(words, words.get(i), r.surnames(), r.joined(), matcher);
            }
        }
        if (n == 1) {
            return sm[0].weight() >= fm[0].weight()
                    ? new Scored(sm[0].weight(), reasons("surname", sm[0]))
                    : new Scored(fm[0].weight() * LONE_FORENAME, reasons("forename", fm[0]));
        }
        int last = n - 1;
        boolean multiPartSurname = r.surnames().size() > 1;
        Scored straight = assign(fm, sm, surnameFirst ? 0 : last, multiPartSurname);
        Scored swapped = assign(fm, sm, surnameFirst ? last : 0, multiPartSurname);
        swapped = new Scored(swapped.score * SWAPPED_PENALTY, prepend(MatchKind.SWAPPED_NAMES.label(), swapped.why));
        return swapped.score > straight.score ? swapped : straight;
    }

    /** The best forename part for a word; a forename of several parts also as one word ("maryann" for Mary Ann). */
    private static NameMatch forenameMatch(String word, Recorded r, NameMatcher matcher) {
        NameMatch m = best(word, r.forenames(), matcher);
        if (r.joinedForename() != null && m.kind() != MatchKind.EXACT && word.equals(r.joinedForename())) {
            return writtenAsTwoWords(word, r.forenameParts());
        }
        return m;
    }

    /** One word is the surname, the others forenames (or further parts of a double-barrelled surname). */
    private static Scored assign(NameMatch[] fm, NameMatch[] sm, int surnameAt, boolean multiPartSurname) {
        double total = 0;
        double weights = 0;
        List<String> why = new ArrayList<>();
        for (int i = 0; i < fm.length; i++) {
            NameMatch m;
            String role;
            double weight;
            if (i == surnameAt) {
                m = sm[i];
                role = "surname";
                weight = SURNAME_WEIGHT;
            } else if (multiPartSurname && sm[i].weight() > fm[i].weight()) {
                m = sm[i];
                role = "surname";
                weight = 1.0;
            } else {
                m = fm[i];
                role = "forename";
                weight = 1.0;
            }
            total += weight * m.weight();
            weights += weight;
            why.addAll(reasons(role, m));
        }
        return new Scored(total / weights, why);
    }

    private static NameMatch surnameMatch(
            List<String> words, String word, List<String> surnames, String joined, NameMatcher matcher) {
        NameMatch m = best(word, surnames, matcher);
        if (surnames.size() > 1) {
            NameMatch whole = matcher.match(word, joined);
            if (whole.kind() == MatchKind.EXACT) {
                whole = writtenAsTwoWords(word, surnames);
            }
            if (whole.weight() > m.weight()) {
                return whole;
            }
            if (m.kind() == MatchKind.EXACT && !words.containsAll(surnames)) {
                return new NameMatch(
                        MatchKind.NAME_PART, MatchKind.NAME_PART.weight(), word, String.join("-", surnames), 0);
            }
        }
        return m;
    }

    /** A typed word that is a recorded name of several parts written together ("janmohamed" for Jan Mohamed). */
    private static NameMatch writtenAsTwoWords(String word, List<String> recordedParts) {
        return new NameMatch(
                MatchKind.WRITTEN_AS_TWO_WORDS,
                MatchKind.WRITTEN_AS_TWO_WORDS.weight(),
                word,
                String.join(" ", recordedParts),
                0);
    }

    private static NameMatch best(String word, List<String> parts, NameMatcher matcher) {
        NameMatch best = NameMatch.NONE;
        for (String part : parts) {
            NameMatch m = matcher.match(word, part);
            if (m.weight() > best.weight()) {
                best = m;
            }
        }
        return best;
    }

    private static Scored scoreBirth(SearchText text, SearchablePerson person, LocalDate today) {
        Scored best = Scored.NOTHING;
        List<LocalDate> dobs = new ArrayList<>();
        if (person.dateOfBirth() != null) {
            dobs.add(person.dateOfBirth());
        }
        person.aliases().stream()
                .map(SearchablePerson.Alias::dateOfBirth)
                .filter(d -> d != null)
                .forEach(dobs::add);
        for (LocalDate dob : dobs) {
            Scored s = birth(text, dob, today);
            if (s.score > best.score) {
                best = s;
            }
        }
        return best;
    }

    private static Scored birth(SearchText text, LocalDate dob, LocalDate today) {
        if (text.dateOfBirth() != null) {
            LocalDate typed = text.dateOfBirth();
            if (typed.equals(dob)) {
                return new Scored(MatchKind.DOB_EXACT.weight(), List.of("date of birth: exact"));
            }
            if (typed.getYear() == dob.getYear()
                    && typed.getMonthValue() == dob.getDayOfMonth()
                    && typed.getDayOfMonth() == dob.getMonthValue()) {
                return new Scored(
                        MatchKind.DOB_DAY_MONTH_SWAPPED.weight(),
                        List.of("date of birth: " + MatchKind.DOB_DAY_MONTH_SWAPPED.label()));
            }
        }
        if (text.birthYear() != null && text.birthYear() == dob.getYear()) {
            return new Scored(
                    MatchKind.DOB_YEAR_ONLY.weight(), List.of("date of birth: " + MatchKind.DOB_YEAR_ONLY.label()));
        }
        if (text.ageRange() != null) {
            int age = Period.between(dob, today).getYears();
            if (age >= text.ageRange().from() && age <= text.ageRange().to()) {
                return new Scored(MatchKind.AGE_RANGE.weight(), List.of(MatchKind.AGE_RANGE.label() + ": aged " + age));
            }
        }
        return Scored.NOTHING;
    }

    private static List<String> reasons(String role, NameMatch m) {
        return m.matched() ? List.of(role + " " + m.explain()) : List.of();
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private record Scored(double score, List<String> why) {
        static final Scored NOTHING = new Scored(0, List.of());
    }
}
