package org.constable.custody.domain;

import org.constable.shared.Conflict;

/**
 * PACE s.40(1)(b): the review officer is an inspector not directly involved in the investigation:
 * not the arresting officer, and not the custody officer whose decision is being reviewed.
 */
public final class ReviewerNotInvolvedRule {

    private ReviewerNotInvolvedRule() {}

    public static void check(String reviewer, Detention d) {
        if (reviewer.equals(d.arrestingOfficer())) {
            throw new Conflict("The arresting officer cannot review the detention: an inspector not involved must.");
        }
        if (reviewer.equals(d.authorisedBy())) {
            throw new Conflict("The custody officer who authorised detention cannot review it: an inspector must.");
        }
    }
}
