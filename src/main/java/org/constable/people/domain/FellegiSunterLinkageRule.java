package org.constable.people.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.people.Nicknames;
import org.constable.people.PersonNames;
import org.jspecify.annotations.Nullable;

/**
 * Likely duplicate persons by record linkage in the manner of Fellegi and Sunter (1969): records are
 * first grouped by blocking keys so that only persons sharing a key are compared (never all pairs),
 * then each compared pair adds agreement weights (surname, forename, date of birth, shared
 * addresses, vehicles and links) and loses weight where the dates of birth disagree. Pairs at or
 * above the threshold are reported with the reasons that made their score.
 */
public final class FellegiSunterLinkageRule {

    /** The score from which a pair is worth a reviewer's look. */
    public static final int THRESHOLD = 60;
    /** A block larger than this (a very common name on one date) is skipped rather than compared all-pairs. */
    public static final int LARGEST_BLOCK = 400;

    /** What one run compared, for the benchmark and the page footer. */
    public record Run(List<LikelyDuplicate> pairs, long comparisons, int skippedBlocks) {}

    /** One name of a person as compared: forename (letters only) and every formal name it stands for, surname, its sound. */
    private record Variant(
            String forename,
            Set<String> forenameForms,
            String surname,
            String surnameCode,
            @Nullable LocalDate dob,
            boolean alias,
            String shown) {}

    private final Nicknames nicknames = Nicknames.standard();

    private record Prepared(Nominal nominal, List<Variant> variants) {}

    public Run find(List<Nominal> nominals) {
        List<Prepared> prepared = new ArrayList<>(nominals.size());
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (Nominal n : nominals) {
            int index = prepared.size();
            List<Variant> variants = new ArrayList<>();
            LocalDate ownDob = n.names().isEmpty() ? null : n.names().get(0).dateOfBirth();
            Set<String> keys = new HashSet<>();
            for (Nominal.Name name : n.names()) {
                String surname = PersonNames.joined(name.surname());
                String forename = PersonNames.joined(name.forename());
                if (surname.isEmpty()) {
                    continue;
                }
                LocalDate dob = name.dateOfBirth() != null ? name.dateOfBirth() : ownDob;
                Variant v = new Variant(
                        forename,
                        forename.isEmpty() ? Set.of() : nicknames.forms(forename),
                        surname,
                        Names.phonetic(surname),
                        dob,
                        name.alias(),
                        name.forename() + " " + name.surname());
                variants.add(v);
                // a familiar forename is blocked under its own initial and its formal names' ("Bob" under b and r)
                Set<String> initials = new HashSet<>();
                v.forenameForms().forEach(f -> initials.add(f.substring(0, 1)));
                if (initials.isEmpty()) {
                    initials.add("?");
                }
                for (String initial : initials) {
                    keys.add("n|" + v.surnameCode() + "|" + initial);
                    if (dob != null) {
                        keys.add("d|" + dob + "|" + initial);
                    }
                }
                if (dob != null) {
                    keys.add("s|" + dob + "|" + v.surnameCode());
                }
            }
            prepared.add(new Prepared(n, variants));
            for (String key : keys) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
            }
        }
        Map<Long, LikelyDuplicate> found = new HashMap<>();
        long comparisons = 0;
        int skipped = 0;
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2) {
                continue;
            }
            if (block.size() > LARGEST_BLOCK) {
                skipped++;
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Prepared a = prepared.get(block.get(i)), b = prepared.get(block.get(j));
                    long lo = Math.min(a.nominal().id(), b.nominal().id()),
                            hi = Math.max(a.nominal().id(), b.nominal().id());
                    long pairKey = (lo << 32) | hi; // ids stay far below 2^32
                    if (found.containsKey(pairKey)) {
                        continue;
                    }
                    comparisons++;
                    LikelyDuplicate d = a.nominal().id() < b.nominal().id() ? score(a, b) : score(b, a);
                    if (d != null) {
                        found.put(pairKey, d);
                    }
                }
            }
        }
        List<LikelyDuplicate> pairs = new ArrayList<>(found.values());
        pairs.sort(Comparator.comparingInt(LikelyDuplicate::score)
                .reversed()
                .thenComparingLong(LikelyDuplicate::firstId)
                .thenComparingLong(LikelyDuplicate::secondId));
        return new Run(pairs, comparisons, skipped);
    }

    /**
     * Scores a pair on its best-agreeing names; null when below the threshold. The reasons are
     * written only for pairs that reach it: most compared pairs do not, and words cost time.
     */
    @Nullable LikelyDuplicate score(Prepared a, Prepared b) {
        int best = Integer.MIN_VALUE;
        Variant bestX = null, bestY = null;
        for (Variant x : a.variants()) {
            for (Variant y : b.variants()) {
                int s = names(x, y, null) + dates(x.dob(), y.dob(), null);
                if (s > best) {
                    best = s;
                    bestX = x;
                    bestY = y;
                }
            }
        }
        if (bestX == null || bestY == null || best + 25 < THRESHOLD) {
            return null;
        }
        int total = Math.min(100, best + shared(a.nominal(), b.nominal(), null));
        if (total < THRESHOLD) {
            return null;
        }
        List<String> reasons = new ArrayList<>(5);
        names(bestX, bestY, reasons);
        dates(bestX.dob(), bestY.dob(), reasons);
        shared(a.nominal(), b.nominal(), reasons);
        return new LikelyDuplicate(a.nominal().id(), b.nominal().id(), total, reasons);
    }

    private static void note(@Nullable List<String> reasons, String text) {
        if (reasons != null) {
            reasons.add(text);
        }
    }

    private static int names(Variant x, Variant y, @Nullable List<String> reasons) {
        String via = reasons == null || !(x.alias() || y.alias())
                ? ""
                : " (by alias " + (x.alias() ? x.shown() : y.shown()) + ")";
        int s;
        if (x.surname().equals(y.surname())) {
            s = 35;
            note(reasons, "same surname" + via);
        } else if (Names.jaroWinkler(x.surname(), y.surname()) >= 0.92) {
            s = 28;
            note(reasons, "surnames nearly the same (a typing slip?)" + via);
        } else if (x.surnameCode().equals(y.surnameCode())) {
            s = 22;
            note(reasons, "surnames sound alike" + via);
        } else {
            s = 0;
        }
        if (x.forename().isEmpty() || y.forename().isEmpty()) {
            return s;
        }
        if (!Collections.disjoint(x.forenameForms(), y.forenameForms())) {
            s += 25;
            note(reasons, "same forename or a familiar form of it");
        } else if (Names.jaroWinkler(x.forename(), y.forename()) >= 0.9) {
            s += 18;
            note(reasons, "forenames nearly the same");
        } else if (x.forename().charAt(0) == y.forename().charAt(0)) {
            s += 8;
            note(reasons, "same initial");
        }
        return s;
    }

    private static int dates(@Nullable LocalDate x, @Nullable LocalDate y, @Nullable List<String> reasons) {
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            note(reasons, "same date of birth");
            return 30;
        }
        int differing = (x.getYear() != y.getYear() ? 1 : 0)
                + (x.getMonthValue() != y.getMonthValue() ? 1 : 0)
                + (x.getDayOfMonth() != y.getDayOfMonth() ? 1 : 0);
        boolean swapped = x.getYear() == y.getYear()
                && x.getDayOfMonth() == y.getMonthValue()
                && x.getMonthValue() == y.getDayOfMonth();
        if (differing == 1 || swapped) {
            note(reasons, "dates of birth differ in one part (day and month swapped or a slip)");
            return 15;
        }
        note(reasons, "dates of birth differ");
        return -30;
    }

    private static int shared(Nominal a, Nominal b, @Nullable List<String> reasons) {
        int addresses = 0, vehicles = 0, others = 0;
        for (String anchor : a.anchors()) {
            if (b.anchors().contains(anchor)) {
                if (anchor.startsWith("location:")) {
                    addresses++;
                } else if (anchor.startsWith("vehicle:")) {
                    vehicles++;
                } else {
                    others++;
                }
            }
        }
        int s = 0;
        if (addresses > 0) {
            s += 15;
            note(reasons, addresses == 1 ? "same address" : addresses + " addresses in common");
        }
        if (vehicles > 0) {
            s += 15;
            note(reasons, vehicles == 1 ? "same vehicle" : vehicles + " vehicles in common");
        }
        if (others > 0) {
            s += 10;
            note(reasons, others == 1 ? "linked to the same person" : "linked to " + others + " of the same people");
        }
        return Math.min(25, s);
    }
}
