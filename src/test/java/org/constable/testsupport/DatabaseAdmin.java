package org.constable.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.constable.platform.DatabaseConfiguration;
import org.constable.platform.DatabaseProperties;
import org.springframework.stereotype.Component;

/**
 * A connection with more rights than the application has, for tests that must tamper with what
 * the application itself may not touch. Embedded: the server's superuser; external (CI): the
 * owner role from CONSTABLE_DB_OWNER_USER, or the application user when no separate owner is set.
 */
@Component
public class DatabaseAdmin {

    private final DatabaseConfiguration.EmbeddedDatabaseHolder embedded;
    private final DatabaseProperties props;

    public DatabaseAdmin(DatabaseConfiguration.EmbeddedDatabaseHolder embedded, DatabaseProperties props) {
        this.embedded = embedded;
        this.props = props;
    }

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public boolean external() {
        return embedded.database() == null;
    }

    /** True when, in CI's external mode, no separate owner exists, so the application role owns the tables. */
    public static boolean externalWithoutSeparateOwner() {
        String url = System.getenv("CONSTABLE_DB_URL");
        String owner = System.getenv("CONSTABLE_DB_OWNER_USER");
        return url != null && !url.isBlank() && (owner == null || owner.isBlank());
    }

    public Connection connect() throws SQLException {
        if (!external()) {
            return DriverManager.getConnection(embedded.database().superuserJdbcUrl());
        }
        // this context's own database (see DatabasePerContext), as its owner
        boolean separate = props.separateOwner();
        return DriverManager.getConnection(
                props.url(),
                separate ? props.ownerUser() : props.user(),
                separate ? props.ownerPassword() : props.password());
    }

    /** Runs work on a privileged connection with the audit tables' append-only triggers switched off. */
    public <T> T withAuditTriggersOff(Work<T> work) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            if (!external()) {
                s.execute("SET session_replication_role = replica");
                return work.run(c);
            }
            s.execute("ALTER TABLE audit.audit_entry DISABLE TRIGGER USER");
            s.execute("ALTER TABLE audit.audit_checkpoint DISABLE TRIGGER USER");
            try {
                return work.run(c);
            } finally {
                s.execute("ALTER TABLE audit.audit_entry ENABLE TRIGGER USER");
                s.execute("ALTER TABLE audit.audit_checkpoint ENABLE TRIGGER USER");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an update statement with the audit triggers off; returns the update count. */
    public int tamper(String sql, Object... params) {
        return withAuditTriggersOff(c -> {
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** A single number from a query, e.g. a row count. */
    public long count(String sql, Object... params) {
        try (Connection c = connect();
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
