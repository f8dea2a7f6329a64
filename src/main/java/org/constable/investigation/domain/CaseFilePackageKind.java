package org.constable.investigation.domain;

import java.util.List;

/**
 * What one exported package carries (ADR 0086). The prosecution file holds everything but the
 * sensitive schedule; the sensitive schedule leaves only in its own package, which holds nothing
 * else. There is no kind that carries both, so no request can put them together.
 */
public enum CaseFilePackageKind {
    PROSECUTION_FILE("Prosecution file with the non-sensitive schedule"),
    SENSITIVE_SCHEDULE("Sensitive schedule, on its own");

    private final String label;

    CaseFilePackageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The part of the content this package may carry. */
    public CaseFileContent carried(CaseFileContent c) {
        if (this == SENSITIVE_SCHEDULE) {
            return new CaseFileContent(
                    "", List.of(), List.of(), List.of(), List.of(), c.schedule(DisclosureSchedule.SENSITIVE));
        }
        return new CaseFileContent(
                c.summary(),
                c.defendants(),
                c.charges(),
                c.witnesses(),
                c.evidence(),
                c.schedule(DisclosureSchedule.NON_SENSITIVE));
    }
}
