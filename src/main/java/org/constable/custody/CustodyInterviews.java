package org.constable.custody;

import java.util.Optional;
import org.constable.identity.Actor;
import org.constable.people.RestrictedParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a custody record, and an interview scheduled on it, may be named by an actor, for a module
 * that links its own record to one, as evidence does with an interview recording. A custody record
 * whose detainee is a restricted person the actor has no need-to-know of answers exactly as a
 * missing one. It says nothing of the detainee and reads nothing that needs a purpose.
 */
@Component
public class CustodyInterviews {

    private final JdbcClient jdbc;
    private final RestrictedParts restricted;

    CustodyInterviews(JdbcClient jdbc, RestrictedParts restricted) {
        this.jdbc = jdbc;
        this.restricted = restricted;
    }

    /** The custody record exists and its detainee is not withheld from the actor. */
    @Transactional(readOnly = true)
    public boolean mayName(Actor actor, long detentionId) {
        Optional<Long> detainee = jdbc.sql("SELECT person_id FROM custody.detention WHERE id = ?")
                .param(detentionId)
                .query(Long.class)
                .optional();
        return detainee.isPresent()
                && !restricted.person(actor, detainee.orElseThrow()).withheld();
    }

    /** As {@link #mayName(Actor, long)}, and interview {@code interview} was scheduled on that custody record. */
    @Transactional(readOnly = true)
    public boolean mayName(Actor actor, long detentionId, int interview) {
        return mayName(actor, detentionId)
                && jdbc.sql("SELECT count(*) FROM custody.care_fact WHERE detention_id = ?"
                                        + " AND kind = 'INTERVIEW_SCHEDULED' AND fact ->> 'interview' = ?")
                                .param(detentionId)
                                .param(Integer.toString(interview))
                                .query(Long.class)
                                .single()
                        > 0;
    }
}
