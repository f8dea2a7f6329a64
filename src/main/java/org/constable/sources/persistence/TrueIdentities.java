package org.constable.sources.persistence;

import java.util.Optional;
import org.constable.sources.domain.TrueIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only reader and writer of a source's true identity (ADR 0104). Only the register's use cases
 * call it, after checking that the caller is the source's handler, controller or a source registrar,
 * and each read leaves its own audit entry.
 */
@Repository
public class TrueIdentities {

    private final JdbcClient jdbc;

    TrueIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long sourceId, TrueIdentity identity) {
        jdbc.sql("INSERT INTO sources.true_identity (source_id, full_name, date_of_birth, address, contact_details)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        sourceId,
                        identity.fullName(),
                        java.sql.Date.valueOf(identity.dateOfBirth()),
                        identity.address(),
                        identity.contactDetails())
                .update();
    }

    public Optional<TrueIdentity> of(long sourceId) {
        return jdbc.sql("SELECT full_name, date_of_birth, address, contact_details FROM sources.true_identity"
                        + " WHERE source_id = ?")
                .param(sourceId)
                .query((rs, n) -> new TrueIdentity(
                        rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
