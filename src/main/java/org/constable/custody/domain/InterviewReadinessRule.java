package org.constable.custody.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * PACE Code C 6.6, 11.18 and 12.3: an interview does not start while a healthcare professional says
 * the detainee is unfit to be interviewed, without the solicitor the detainee asked for, without the
 * appropriate adult of a juvenile or vulnerable detainee (whose arrival at the suite is recorded
 * first), or without the interpreter engaged. Going
 * ahead anyway needs the grounds recorded; this rule names what is missing.
 */
public final class InterviewReadinessRule {

    private InterviewReadinessRule() {}

    public static List<String> missing(
            CustodyCare care,
            Detention detention,
            boolean solicitorPresent,
            boolean appropriateAdultPresent,
            boolean interpreterPresent) {
        List<String> missing = new ArrayList<>();
        if (!care.fitToInterview().orElse(true)) {
            missing.add("the detainee is marked unfit to be interviewed");
        }
        if (care.legalAdviceRequested() && !solicitorPresent) {
            missing.add("the solicitor the detainee asked for");
        }
        if (detention.needsAppropriateAdult()) {
            if (care.appropriateAdultArrivedAt().isEmpty()) {
                missing.add("the appropriate adult, who has not yet arrived");
            } else if (!appropriateAdultPresent) {
                missing.add("an appropriate adult");
            }
        }
        if (care.interpreterRecorded() && !interpreterPresent) {
            missing.add("the interpreter");
        }
        return missing;
    }
}
