package org.constable.intelligence.domain;

/**
 * Who sees a report (ADR 0075, 0077). Its author always sees what they submitted (never the original
 * text once it is submitted: that is the unit's). The intelligence unit sees every report, graded or
 * not. Anyone else allowed intelligence sees it only once it is graded. And nobody but its author sees
 * a report that names a restricted person, address or vehicle they may not open: the report inherits
 * the restriction, and a report they may not see answers like one that does not exist.
 */
public final class ReportVisibilityRule {

    private ReportVisibilityRule() {}

    public static boolean sees(
            boolean author, boolean unit, boolean reader, boolean graded, boolean restrictedWithheld) {
        if (author) {
            return true;
        }
        if (restrictedWithheld) {
            return false;
        }
        return unit || (reader && graded);
    }
}
