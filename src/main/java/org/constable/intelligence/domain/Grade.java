package org.constable.intelligence.domain;

/** A 3x5x2 grade, e.g. "2B P": source evaluation, intelligence assessment, handling code. */
public record Grade(SourceEvaluation source, IntelligenceAssessment assessment, HandlingCode handling) {

    /** As the intelligence unit writes it: "2B P". */
    public String code() {
        return source.code() + assessment.name() + " " + handling.name();
    }

    /** In words for whoever reads it, e.g. "2B P — untested source; known personally to ...; lawful sharing permitted". */
    public String words() {
        return code() + " — " + source.words() + "; " + assessment.words() + "; " + handling.words();
    }
}
