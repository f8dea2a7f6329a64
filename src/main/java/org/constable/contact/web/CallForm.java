package org.constable.contact.web;

import java.util.Locale;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The call-taking form as typed: kept whole, so an error never loses what the handler entered. */
public record CallForm(
        @Nullable Channel channel,
        boolean callerAnonymous,
        @Nullable String callerName,
        @Nullable String callerPhone,
        @Nullable String addressQuery,
        @Nullable Long locationId,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String locationText,
        @Nullable String whatHappened,
        @Nullable String callType,
        @Nullable Level threatLevel,
        @Nullable String threatNote,
        @Nullable Level harmLevel,
        @Nullable String harmNote,
        @Nullable Level riskLevel,
        @Nullable String riskNote,
        @Nullable Level investigationLevel,
        @Nullable String investigationNote,
        @Nullable Level vulnerabilityLevel,
        @Nullable String vulnerabilityNote,
        @Nullable Level engagementLevel,
        @Nullable String engagementNote,
        @Nullable String grade,
        @Nullable String gradeReason,
        @Nullable String requiredSkills,
        @Nullable Long joinIncidentId,
        java.util.@Nullable List<Long> personIds,
        @Nullable Long callerPersonId,
        @Nullable String submissionKey) {

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
                element("threatLevel", threatLevel, threatNote),
                element("harmLevel", harmLevel, harmNote),
                element("riskLevel", riskLevel, riskNote),
                element("investigationLevel", investigationLevel, investigationNote),
                element("vulnerabilityLevel", vulnerabilityLevel, vulnerabilityNote),
                element("engagementLevel", engagementLevel, engagementNote));
    }

    CallTaking.NewCall toCall() {
        if (callType == null || callType.isBlank()) {
            throw new InvalidInput("callType", "Choose the call type.");
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
                callType.trim().toUpperCase(Locale.ROOT),
                thrive(),
                grade,
                gradeReason,
                requiredSkills,
                joinIncidentId,
                namedPeople(),
                submissionKey);
    }

    private static ThriveAssessment.Element element(String field, @Nullable Level level, @Nullable String note) {
        if (level == null) {
            throw new InvalidInput(
                    field,
                    "THRIVE: choose a level (low, medium or high) for threat, harm, risk, investigation, vulnerability and engagement.");
        }
        return new ThriveAssessment.Element(level, note == null || note.isBlank() ? null : note.trim());
    }
}
