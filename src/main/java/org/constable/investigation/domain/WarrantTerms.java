package org.constable.investigation.domain;

import java.time.LocalDate;

/**
 * The time limits of a warrant (ADR 0090): it may be executed from its day of issue until it expires
 * so many months later (three, PACE s.16(3)): {@link #expiresOn} is the first day it may no longer
 * be executed. It must be back at the court within so many days of its execution, or of its expiry
 * when it was never executed.
 */
public record WarrantTerms(int expiryMonths, int returnDays) {

    public WarrantTerms {
        if (expiryMonths < 1 || returnDays < 0) {
            throw new IllegalStateException("A warrant expires at least a month after issue and returns in days >= 0.");
        }
    }

    /** The first day on which a warrant issued on {@code issuedOn} may no longer be executed. */
    public LocalDate expiresOn(LocalDate issuedOn) {
        return issuedOn.plusMonths(expiryMonths);
    }

    /** Whether it may still be executed on {@code day}. */
    public boolean executable(LocalDate expiresOn, LocalDate day) {
        return day.isBefore(expiresOn);
    }

    /** The last day of return for a warrant that expires unexecuted. */
    public LocalDate returnDueUnexecuted(LocalDate expiresOn) {
        return expiresOn.plusDays(returnDays);
    }

    /** The last day of return for a warrant executed on {@code executedOn}. */
    public LocalDate returnDueAfterExecution(LocalDate executedOn) {
        return executedOn.plusDays(returnDays);
    }
}
