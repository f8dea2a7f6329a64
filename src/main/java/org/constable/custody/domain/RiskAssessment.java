package org.constable.custody.domain;

import java.util.ArrayList;
import java.util.List;

/** The booking-in risk assessment: what the custody officer found when the detainee arrived. */
public record RiskAssessment(
        boolean selfHarm, boolean medical, boolean drugsOrAlcohol, boolean mentalHealth, boolean vulnerable) {

    public static RiskAssessment none() {
        return new RiskAssessment(false, false, false, false, false);
    }

    /** The risks found, in words, e.g. "self-harm, drugs or alcohol"; "none found" when there are none. */
    public String words() {
        List<String> found = new ArrayList<>();
        if (selfHarm) {
            found.add("self-harm");
        }
        if (medical) {
            found.add("medical");
        }
        if (drugsOrAlcohol) {
            found.add("drugs or alcohol");
        }
        if (mentalHealth) {
            found.add("mental health");
        }
        if (vulnerable) {
            found.add("vulnerability");
        }
        return found.isEmpty() ? "none found" : String.join(", ", found);
    }
}
