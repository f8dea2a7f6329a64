package org.constable.contact.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CallStore {

    public record NewCall(
            String channel,
            Instant receivedAt,
            @Nullable Instant presentedAt,
            @Nullable Instant answeredAt,
            String handledBy,
            boolean callerAnonymous,
            @Nullable String callerName,
            @Nullable String callerPhone,
            @Nullable Long callerPersonId,
            String locationText,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Long locationId,
            boolean locationUnverified,
            String whatHappened,
            String callType,
            String thrive,
            String proposedGrade,
            String grade,
            @Nullable String gradeReason,
            @Nullable String submissionKey) {}

    public record CallIncident(long callId, String reference, long incidentId) {}

    private final JdbcClient jdbc;

    public CallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('contact.call_id_seq')")
                .query(Long.class)
                .single();
    }

    public void insert(long id, String reference, NewCall c, long incidentId, boolean joined) {
        jdbc.sql(
                        "INSERT INTO contact.call (id, reference, channel, received_at, presented_at, answered_at, handled_by, caller_anonymous, "
                                + "caller_name, caller_phone, caller_person_id, location_text, latitude, longitude, location_id, location_unverified, "
                                + "what_happened, call_type, thrive, proposed_grade, grade, grade_reason, incident_id, joined_existing, submission_key) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(id)
                .param(reference)
                .param(c.channel())
                .param(ts(c.receivedAt()))
                .param(ts(c.presentedAt()))
                .param(ts(c.answeredAt()))
                .param(c.handledBy())
                .param(c.callerAnonymous())
                .param(c.callerName())
                .param(c.callerPhone())
                .param(c.callerPersonId())
                .param(c.locationText())
                .param(c.latitude())
                .param(c.longitude())
                .param(c.locationId())
                .param(c.locationUnverified())
                .param(c.whatHappened())
                .param(c.callType())
                .param(c.thrive())
                .param(c.proposedGrade())
                .param(c.grade())
                .param(c.gradeReason())
                .param(incidentId)
                .param(joined)
                .param(c.submissionKey())
                .update();
    }

    public void insertPersons(long callId, java.util.Collection<Long> personIds) {
        for (Long personId : personIds) {
            jdbc.sql("INSERT INTO contact.call_person (call_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(callId, personId)
                    .update();
        }
    }

    /** A call on an incident as the incident page shows it. */
    public record CallRow(
            long id,
            String reference,
            Instant receivedAt,
            String channel,
            boolean callerAnonymous,
            @Nullable String callerName,
            @Nullable String callerPhone,
            @Nullable Long callerPersonId,
            String thrive,
            String proposedGrade,
            String grade,
            @Nullable String gradeReason,
            List<Long> personIds) {}

    public List<CallRow> ofIncident(long incidentId) {
        java.util.Map<Long, List<Long>> persons = new java.util.HashMap<>();
        jdbc.sql("SELECT cp.call_id, cp.person_id FROM contact.call_person cp JOIN contact.call c ON c.id = cp.call_id "
                        + "WHERE c.incident_id = ? ORDER BY cp.call_id, cp.person_id")
                .param(incidentId)
                .query((rs, n) -> persons.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return jdbc.sql("SELECT id, reference, received_at, channel, caller_anonymous, caller_name, caller_phone, "
                        + "caller_person_id, thrive, proposed_grade, grade, grade_reason FROM contact.call "
                        + "WHERE incident_id = ? ORDER BY received_at, id")
                .param(incidentId)
                .query((rs, n) -> {
                    long person = rs.getLong(8);
                    Long callerPersonId = rs.wasNull() ? null : person;
                    return new CallRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            rs.getBoolean(5),
                            rs.getString(6),
                            rs.getString(7),
                            callerPersonId,
                            rs.getString(9),
                            rs.getString(10),
                            rs.getString(11),
                            rs.getString(12),
                            List.copyOf(persons.getOrDefault(rs.getLong(1), List.of())));
                })
                .list();
    }

    /** The call this handler already recorded with this form's key, if any: (call id, reference, incident id). */
    public java.util.Optional<CallIncident> bySubmissionKey(String handledBy, String key) {
        return jdbc.sql(
                        "SELECT id, reference, incident_id FROM contact.call WHERE handled_by = ? AND submission_key = ?")
                .params(handledBy, key)
                .query((rs, n) -> new CallIncident(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .optional();
    }

    public List<CallIncident> allIncidentLinks() {
        return jdbc.sql("SELECT id, reference, incident_id FROM contact.call ORDER BY id")
                .query((rs, n) -> new CallIncident(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM contact.call").query(Long.class).single();
    }

    /** Seconds from presentation to answer for calls of a channel answered in the period. */
    public List<Double> answerSeconds(String channel, Instant from, Instant to) {
        return jdbc.sql(
                        "SELECT extract(epoch FROM answered_at - presented_at) FROM contact.call WHERE channel = ? "
                                + "AND presented_at IS NOT NULL AND answered_at IS NOT NULL AND received_at >= ? AND received_at < ? ORDER BY 1")
                .param(channel)
                .param(ts(from))
                .param(ts(to))
                .query(Double.class)
                .list();
    }

    /** An incident a person called about: the most recent first per person, with how many there are in all. */
    public record CallerIncidentRow(long personId, long incidentId, int total) {}

    /** For each person, up to {@code perPerson} incidents they called about (latest call first) and the number of such incidents. */
    public java.util.List<CallerIncidentRow> callerIncidents(java.util.Collection<Long> personIds, int perPerson) {
        if (personIds.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql(
                        "SELECT person_id, incident_id, total FROM (SELECT caller_person_id AS person_id, incident_id, "
                                + "row_number() OVER (PARTITION BY caller_person_id ORDER BY max(received_at) DESC, incident_id DESC) AS n, "
                                + "count(*) OVER (PARTITION BY caller_person_id) AS total FROM contact.call "
                                + "WHERE caller_person_id IN (:ids) GROUP BY caller_person_id, incident_id) x WHERE n <= :per ORDER BY person_id, n")
                .param("ids", personIds)
                .param("per", perPerson)
                .query((rs, n) -> new CallerIncidentRow(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
