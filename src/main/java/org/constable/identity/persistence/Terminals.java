package org.constable.identity.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered terminals; a secure dispatch console in a controlled room is exempt from the idle lock. */
@Repository
public class Terminals {

    public record Terminal(long id, String name, boolean secureConsole) {}

    private final JdbcClient jdbc;

    public Terminals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long register(String name, String tokenHash, boolean secureConsole) {
        return jdbc.sql(
                        "INSERT INTO identity.terminal (name, token_hash, secure_console) VALUES (?, ?, ?) RETURNING id")
                .params(name, tokenHash, secureConsole)
                .query(Long.class)
                .single();
    }

    public Optional<Terminal> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT id, name, secure_console FROM identity.terminal WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new Terminal(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    public List<Terminal> all() {
        return jdbc.sql("SELECT id, name, secure_console FROM identity.terminal ORDER BY name")
                .query((rs, n) -> new Terminal(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM identity.terminal WHERE name = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
