package org.constable.contact.web;

import java.util.Locale;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;

/** The call-taking form as typed: kept whole, so an error never loses what the handler entered. */
public record CallForm(
        Channel channel,
        boolean callerAnonymous,
        String callerName,
        String callerPhone,
        String addressQuery,
        Long locationId,
        Double latitude,
        Double longitude,
        String locationText,
        String whatHappened,
        String callType,
        Level threatLevel,
        String threatNote,
        Level harmLevel,
        String harmNote,
        Level riskLevel,
        String riskNote,
        Level investigationLevel,
        String investigationNote,
        Level vulnerabilityLevel,
        String vulnerabilityNote,
        Level engagementLevel,
        String engagementNote,
        String grade,
        String gradeReason,
        String requiredSkills,
        Long joinIncidentId,
        java.util.List<Long> personIds,
        Long callerPersonId,
        String submissionKey) {

    /**
     * A new call: nothing chosen for the handler. Call type and THRIVE start empty and must be chosen
     * (a default would be recorded whenever the handler forgot it); the form's own key lets a submit
     * that timed out be repeated without recording the call twice.
     */
    static CallForm blank() {
        return new CallForm(
                Channel.EMERGENCY_999,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.util.List.of(),
                null,
                java.util.UUID.randomUUID().toString());
    }

    /** Whether every THRIVE level has been chosen, so a grade can be proposed. */
    boolean thriveComplete() {
        return threatLevel != null
                && harmLevel != null
                && riskLevel != null
                && investigationLevel != null
                && vulnerabilityLevel != null
                && engagementLevel != null;
    }

    public java.util.List<Long> namedPeople() {
        return personIds == null ? java.util.List.of() : personIds;
    }

    ThriveAssessment thrive() {
        return new ThriveAssessment(
                element(threatLevel, threatNote),
                element(harmLevel, harmNote),
                element(riskLevel, riskNote),
                element(investigationLevel, investigationNote),
                element(vulnerabilityLevel, vulnerabilityNote),
                element(engagementLevel, engagementNote));
    }

    CallTaking.NewCall toCall() {
        if (callType == null || callType.isBlank()) {
            throw new IllegalArgumentException("Choose the call type.");
        }
        String where = locationText == null || locationText.isBlank() ? null : locationText;
        return new CallTaking.NewCall(
                channel,
                null,
                null,
                new CallTaking.Caller(
                        callerAnonymous,
                        callerName,
                        callerPhone,
                        callerPersonId != null && namedPeople().contains(callerPersonId) ? callerPersonId : null),
                new CallTaking.Where(locationId, latitude, longitude, where),
                whatHappened,
                callType == null ? null : callType.trim().toUpperCase(Locale.ROOT),
                thrive(),
                grade,
                gradeReason,
                requiredSkills,
                joinIncidentId,
                namedPeople(),
                submissionKey);
    }

    private static ThriveAssessment.Element element(Level level, String note) {
        if (level == null) {
            throw new IllegalArgumentException(
                    "THRIVE: choose a level (low, medium or high) for threat, harm, risk, investigation, vulnerability and engagement.");
        }
        return new ThriveAssessment.Element(level, note == null || note.isBlank() ? null : note.trim());
    }
}
