package org.constable.dispatch.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who a restricted incident address was disclosed to by dispatch; rows are only ever added. */
@Repository
public class DisclosureStore {

    private final JdbcClient jdbc;

    public DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the disclosure; false if this officer had it for this incident already. */
    public boolean add(long incidentId, long userId, long unitId, Instant at, String by) {
        return jdbc.sql(
                                "INSERT INTO dispatch.place_disclosure (incident_id, user_id, unit_id, disclosed_at, disclosed_by) "
                                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(incidentId, userId, unitId, Timestamp.from(at), by)
                        .update()
                == 1;
    }

    /** Of these incidents, those whose address was disclosed to the officer. */
    public Set<Long> disclosedTo(long userId, Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        "SELECT incident_id FROM dispatch.place_disclosure WHERE user_id = :user AND incident_id IN (:ids)")
                .param("user", userId)
                .param("ids", incidentIds)
                .query(Long.class)
                .list());
    }

    /** The officers crewing a unit now. */
    public List<Long> crewOf(long unitId) {
        return jdbc.sql("SELECT user_id FROM dispatch.crew WHERE unit_id = ? ORDER BY user_id")
                .param(unitId)
                .query(Long.class)
                .list();
    }
}
