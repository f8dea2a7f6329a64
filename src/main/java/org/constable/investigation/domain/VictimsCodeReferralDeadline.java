package org.constable.investigation.domain;

import java.time.Instant;

/**
 * Victims' Code: a victim is referred to victim support within 2 days of reporting the crime.
 * The Code says days, not working days, so they are calendar days (ADR 0022): a crime reported
 * on Friday must be referred by the end of Sunday.
 */
public final class VictimsCodeReferralDeadline {

    public static final int DAYS = 2;

    public Deadline dueFor(Instant reportedAt) {
        return Deadline.endOf(Obligation.REFERRAL, Deadline.dayOf(reportedAt).plusDays(DAYS));
    }
}
