package org.constable.custody.domain;

import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A safeguarding referral raised from a custody record: the concern seen in custody (a child at
 * home alone, a detainee at risk on release) and the agency it goes to. Custody keeps the referral
 * and who raised it; the agency's own process is outside Constable.
 */
public record SafeguardingReferral(String concern, String agency) {

    static final int AGENCY_MOST = 200;

    public static SafeguardingReferral of(@Nullable String concern, @Nullable String agency) {
        String c = Words.require("concern", concern, "Describe the safeguarding concern.");
        String a = Words.require("agency", agency, "Name the agency the referral goes to.");
        if (a.length() > AGENCY_MOST) {
            throw new InvalidInput("agency", "At most " + AGENCY_MOST + " characters.");
        }
        return new SafeguardingReferral(c, a);
    }
}
