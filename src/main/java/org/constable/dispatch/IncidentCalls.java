package org.constable.dispatch;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the calls behind an incident say (caller, THRIVE, the people named), for the incident page
 * and the officer's phone. Dispatch asks; contact handling, which owns calls, answers: contact
 * depends on dispatch, so dispatch declares the question here rather than depending back.
 */
public interface IncidentCalls {

    /** One THRIVE element as judged on the call: element and level as words, with the handler's note. */
    record ThriveElement(
            String element, String level, @Nullable String note) {}

    /** A call on the incident; the caller's name and phone are null when the caller is anonymous. */
    record Call(
            long id,
            String reference,
            Instant receivedAt,
            String channel,
            boolean callerAnonymous,
            @Nullable String callerName,
            @Nullable String callerPhone,
            @Nullable Long callerPersonId,
            List<ThriveElement> thrive,
            String proposedGrade,
            String grade,
            @Nullable String gradeReason,
            List<Long> personIds) {}

    /** The calls that raised or joined the incident, oldest first. */
    List<Call> of(long incidentId);
}
