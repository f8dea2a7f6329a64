package org.constable.sources.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.constable.shared.ForceTime;

/**
 * How long a CHIS authorisation lasts (RIPA s.43(3)(b)): twelve months from the day it takes effect;
 * four months for a juvenile source, one under 18 when it is granted (the 2000 Juveniles Order as
 * amended in 2018). Months are counted on the force's calendar, so a grant at 10:00 on 31 January
 * ends at 10:00 on the last day of the month the term reaches.
 */
public final class ChisAuthorisationTerm {

    public static final Period ADULT = Period.ofMonths(12);
    public static final Period JUVENILE = Period.ofMonths(4);

    private ChisAuthorisationTerm() {}

    /** Whether a source born on {@code dateOfBirth} is a juvenile source at {@code at}. */
    public static boolean juvenileAt(LocalDate dateOfBirth, Instant at) {
        LocalDate day = at.atZone(ForceTime.ZONE).toLocalDate();
        return dateOfBirth.plusYears(18).isAfter(day);
    }

    /** The instant an authorisation taking effect at {@code start} expires. */
    public static Instant expiry(Instant start, boolean juvenile) {
        return start.atZone(ForceTime.ZONE).plus(juvenile ? JUVENILE : ADULT).toInstant();
    }
}
