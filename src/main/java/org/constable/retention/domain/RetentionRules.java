package org.constable.retention.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The force's retention rules (ADR 0092): which group a record falls in and when it is next
 * reviewed. The lists and periods are configuration; the defaults follow the MoPI guidance.
 *
 * @param publicProtectionCrimes crime classification codes that are group 1 (murder, rape, ...)
 * @param seriousCategories police.uk categories and Home Office groups (lower case) that are group 2
 * @param seriousMarkers person warning markers that make a person group 2
 * @param seriousCallTypes incident call types that are group 2
 * @param reviewInterval how long after the last activity (or decision) group 1 and 2 are reviewed
 * @param clearPeriod how long group 3 must stay clear of new activity before its review
 * @param keepUntilAge group 1 is kept until its subject would be this old
 */
public record RetentionRules(
        Set<String> publicProtectionCrimes,
        Set<String> seriousCategories,
        Set<String> seriousMarkers,
        Set<String> seriousCallTypes,
        Period reviewInterval,
        Period clearPeriod,
        int keepUntilAge) {

    /** A group and, in words, why. */
    public record Placement(RetentionGroup group, String basis) {}

    public RetentionRules {
        publicProtectionCrimes = upper(publicProtectionCrimes);
        seriousCategories = lower(seriousCategories);
        seriousMarkers = upper(seriousMarkers);
        seriousCallTypes = upper(seriousCallTypes);
    }

    public static RetentionRules defaults() {
        return new RetentionRules(
                Set.of("1", "2", "4.1", "19C", "19D", "19G", "71"),
                Set.of("violent-crime", "robbery", "sexual offences", "possession of weapons"),
                Set.of("FIREARMS", "WEAPONS", "VIOLENCE", "DOMESTIC_ABUSE"),
                Set.of(),
                Period.ofYears(10),
                Period.ofYears(6),
                100);
    }

    public Placement crime(String classificationCode, String category, String homeOfficeGroup) {
        if (publicProtectionCrimes.contains(classificationCode.toUpperCase(Locale.ROOT))) {
            return new Placement(RetentionGroup.PUBLIC_PROTECTION, "public-protection offence " + classificationCode);
        }
        if (seriousCategories.contains(category.toLowerCase(Locale.ROOT))
                || seriousCategories.contains(homeOfficeGroup.toLowerCase(Locale.ROOT))) {
            return new Placement(RetentionGroup.SERIOUS, "serious offence (" + homeOfficeGroup + ")");
        }
        return new Placement(RetentionGroup.OTHER, "other offence (" + homeOfficeGroup + ")");
    }

    /** A person takes the most serious group of the crimes they are a suspect in, or of their warning markers. */
    public Placement person(Collection<Placement> asSuspect, Collection<String> markers) {
        Placement best = new Placement(RetentionGroup.OTHER, "no serious matter recorded");
        for (Placement p : asSuspect) {
            if (p.group().number() < best.group().number()) {
                best = new Placement(p.group(), "suspect in a " + p.basis());
            }
        }
        if (best.group() == RetentionGroup.OTHER) {
            for (String m : markers) {
                if (seriousMarkers.contains(m.toUpperCase(Locale.ROOT))) {
                    return new Placement(RetentionGroup.SERIOUS, "warning marker " + m.toLowerCase(Locale.ROOT));
                }
            }
        }
        return best;
    }

    public Placement incident(String callType) {
        if (seriousCallTypes.contains(callType.toUpperCase(Locale.ROOT))) {
            return new Placement(RetentionGroup.SERIOUS, "serious call type " + callType);
        }
        return new Placement(RetentionGroup.OTHER, "incident (" + callType + ")");
    }

    public Placement intelligence() {
        return new Placement(RetentionGroup.OTHER, "intelligence report");
    }

    /** The next review after activity (or a decision) on {@code from}. */
    public LocalDate nextReview(RetentionGroup group, LocalDate from) {
        return from.plus(group == RetentionGroup.OTHER ? clearPeriod : reviewInterval);
    }

    /** Until when a record must be kept whatever a review says: group 1 until its subject would be 100. */
    public @Nullable LocalDate keepUntil(RetentionGroup group, @Nullable LocalDate subjectBornOn) {
        if (group != RetentionGroup.PUBLIC_PROTECTION || subjectBornOn == null) {
            return null;
        }
        return subjectBornOn.plusYears(keepUntilAge);
    }

    /**
     * Whether a record may be disposed of on {@code today}: group 1 never before its subject would be
     * 100 (and, without a date of birth, never: a reviewer must retain it).
     */
    public boolean mayDispose(RetentionGroup group, @Nullable LocalDate keepUntil, LocalDate today) {
        if (group != RetentionGroup.PUBLIC_PROTECTION) {
            return true;
        }
        return keepUntil != null && !today.isBefore(keepUntil);
    }

    private static Set<String> upper(Set<String> s) {
        return s.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> lower(Set<String> s) {
        return s.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
