package org.constable.contact.persistence;

import java.util.List;
import org.constable.shared.NameRedaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The erasure of the calls on a disposed incident, and the redaction of a disposed person's names from calls (ADR 0109). */
@Repository
public class CallErasureStore {

    private final JdbcClient jdbc;

    public CallErasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Erases the caller, place and words of every call on the incident and the people named; returns how many calls. */
    public int eraseCallsOn(long incidentId) {
        jdbc.sql("DELETE FROM contact.call_person WHERE call_id IN (SELECT id FROM contact.call WHERE incident_id = ?)")
                .param(incidentId)
                .update();
        return jdbc.sql(
                        "UPDATE contact.call SET caller_name = NULL, caller_phone = NULL, location_text = 'Erased',"
                                + " latitude = NULL, longitude = NULL, location_id = NULL, what_happened = 'Erased',"
                                + " grade_reason = CASE WHEN grade_reason IS NULL THEN NULL ELSE 'Erased' END WHERE incident_id = ?")
                .param(incidentId)
                .update();
    }

    /** Redacts the names from callers, places and what happened; returns where, by call reference. */
    public List<String> redact(NameRedaction names) {
        return jdbc.sql("UPDATE contact.call SET caller_name = regexp_replace(caller_name, :re, :mark, 'gi'),"
                        + " location_text = regexp_replace(location_text, :re, :mark, 'gi'),"
                        + " what_happened = regexp_replace(what_happened, :re, :mark, 'gi'),"
                        + " grade_reason = regexp_replace(grade_reason, :re, :mark, 'gi'),"
                        + " thrive = regexp_replace(thrive, :re, :mark, 'gi') WHERE caller_name ~* :re"
                        + " OR location_text ~* :re OR what_happened ~* :re OR grade_reason ~* :re OR thrive ~* :re"
                        + " RETURNING 'call ' || reference || ' notes'")
                .params(names.binding())
                .query(String.class)
                .list();
    }
}
