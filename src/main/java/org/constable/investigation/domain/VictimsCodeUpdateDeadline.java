package org.constable.investigation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Victims' Code: the victim is told of an arrest, charge, bail, release or no further action
 * within 5 working days, or 1 working day if vulnerable or intimidated; and told within 5 days
 * (calendar days, as the Code says) if the crime will not be investigated. For a vulnerable or
 * intimidated victim the decision not to investigate also falls under the 1-working-day rule,
 * whichever of the two ends first (ADR 0022).
 */
public final class VictimsCodeUpdateDeadline {

    public static final int WORKING_DAYS = 5;
    public static final int WORKING_DAYS_VULNERABLE = 1;
    public static final int DAYS_NOT_INVESTIGATED = 5;

    private final WorkingDays calendar;

    public VictimsCodeUpdateDeadline(WorkingDays calendar) {
        this.calendar = calendar;
    }

    public Deadline dueFor(CaseEventKind event, Instant occurredAt, boolean vulnerableOrIntimidated) {
        LocalDate day = Deadline.dayOf(occurredAt);
        LocalDate working =
                calendar.plusWorkingDays(day, vulnerableOrIntimidated ? WORKING_DAYS_VULNERABLE : WORKING_DAYS);
        if (event.obligation() == Obligation.NOT_INVESTIGATED) {
            LocalDate calendarDays = day.plusDays(DAYS_NOT_INVESTIGATED);
            LocalDate last = vulnerableOrIntimidated && working.isBefore(calendarDays) ? working : calendarDays;
            return Deadline.endOf(Obligation.NOT_INVESTIGATED, last);
        }
        return Deadline.endOf(Obligation.UPDATE, working);
    }
}
