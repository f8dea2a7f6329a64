package org.constable.custody.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.constable.custody.domain.CareFact;
import org.constable.custody.domain.Entry;
import org.constable.custody.domain.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The care facts of custody records (ADR 0070): each fact is one append-only row, its fields kept
 * as JSON beside its kind, time and author; the custody record's log line is appended with it.
 */
@Repository
public class CareStore {

    private static final Map<EntryKind, Class<? extends CareFact>> TYPES = Map.ofEntries(
            Map.entry(EntryKind.RIGHTS_GIVEN, CareFact.RightsGiven.class),
            Map.entry(EntryKind.LEGAL_ADVICE, CareFact.LegalAdvice.class),
            Map.entry(EntryKind.SOLICITOR_CONTACTED, CareFact.SolicitorContacted.class),
            Map.entry(EntryKind.SOLICITOR_ARRIVED, CareFact.SolicitorArrived.class),
            Map.entry(EntryKind.APPROPRIATE_ADULT_ARRIVED, CareFact.AppropriateAdultArrived.class),
            Map.entry(EntryKind.INFORM_REQUESTED, CareFact.InformRequested.class),
            Map.entry(EntryKind.PERSON_INFORMED, CareFact.PersonInformed.class),
            Map.entry(EntryKind.INFORMING_DELAYED, CareFact.InformingDelayed.class),
            Map.entry(EntryKind.INTERPRETER, CareFact.Interpreter.class),
            Map.entry(EntryKind.PROPERTY_TAKEN, CareFact.PropertyTaken.class),
            Map.entry(EntryKind.PROPERTY_RETURNED, CareFact.PropertyDealtWith.class),
            Map.entry(EntryKind.PROPERTY_RETAINED, CareFact.PropertyDealtWith.class),
            Map.entry(EntryKind.MEAL, CareFact.Meal.class),
            Map.entry(EntryKind.MEDICAL, CareFact.Medical.class),
            Map.entry(EntryKind.VISITOR, CareFact.Visitor.class),
            Map.entry(EntryKind.INTERVIEW_SCHEDULED, CareFact.InterviewScheduled.class),
            Map.entry(EntryKind.INTERVIEW_STARTED, CareFact.InterviewStarted.class),
            Map.entry(EntryKind.INTERVIEW_ENDED, CareFact.InterviewEnded.class));

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CareFact> facts(long detentionId) {
        return jdbc.sql("SELECT kind, fact::text FROM custody.care_fact WHERE detention_id = ? ORDER BY id")
                .param(detentionId)
                .query((rs, n) ->
                        (CareFact) json.readValue(rs.getString(2), TYPES.get(EntryKind.valueOf(rs.getString(1)))))
                .list();
    }

    /** Appends the new facts and their log lines, in the order they were decided. */
    public void append(long detentionId, List<CareFact> facts, List<Entry> entries) {
        for (CareFact f : facts) {
            jdbc.sql("INSERT INTO custody.care_fact (detention_id, kind, at, by_user, fact) VALUES (?,?,?,?,?::jsonb)")
                    .param(detentionId)
                    .param(f.kind().name())
                    .param(Timestamp.from(f.at()))
                    .param(f.by())
                    .param(json.writeValueAsString(f))
                    .update();
        }
        for (Entry e : entries) {
            jdbc.sql("INSERT INTO custody.entry (detention_id, kind, at, by_user, text) VALUES (?,?,?,?,?)")
                    .param(detentionId)
                    .param(e.kind().name())
                    .param(Timestamp.from(e.at()))
                    .param(e.by())
                    .param(e.text())
                    .update();
        }
    }
}
