package org.constable.evidence.persistence;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.constable.evidence.domain.StoreCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Property stores and the checks made of them (evidence.property_store, evidence.store_check). */
@Repository
public class PropertyStoreStore {

    public record StoreRow(long id, String name, String address) {}

    public record CheckRow(long id, long storeId, String checkedBy, Instant checkedAt, StoreCheck check) {}

    private final JdbcClient jdbc;

    PropertyStoreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoreRow> stores() {
        return jdbc.sql("SELECT id, name, address FROM evidence.property_store ORDER BY name")
                .query((rs, n) -> new StoreRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<StoreRow> find(long id) {
        return jdbc.sql("SELECT id, name, address FROM evidence.property_store WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoreRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public Optional<StoreRow> byName(String name) {
        return jdbc.sql("SELECT id, name, address FROM evidence.property_store WHERE lower(name) = lower(?)")
                .param(name)
                .query((rs, n) -> new StoreRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public long insert(String name, String address) {
        return jdbc.sql("INSERT INTO evidence.property_store (name, address) VALUES (?, ?) RETURNING id")
                .params(name, address)
                .query(Long.class)
                .single();
    }

    public long insertCheck(long storeId, String checkedBy, Instant at, StoreCheck c) {
        return jdbc.sql("INSERT INTO evidence.store_check (store_id, checked_by, checked_at, expected, found, missing,"
                        + " unexpected) VALUES (?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[]) RETURNING id")
                .params(
                        storeId,
                        checkedBy,
                        Timestamp.from(at),
                        literal(c.expected()),
                        literal(c.found()),
                        literal(c.missing()),
                        literal(c.unexpected()))
                .query(Long.class)
                .single();
    }

    public List<CheckRow> checks(long storeId, int limit) {
        return jdbc.sql("SELECT id, store_id, checked_by, checked_at, expected, found, missing, unexpected"
                        + " FROM evidence.store_check WHERE store_id = ? ORDER BY checked_at DESC, id DESC LIMIT ?")
                .params(storeId, limit)
                .query((rs, n) -> new CheckRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        new StoreCheck(
                                list(rs.getArray(5)),
                                list(rs.getArray(6)),
                                list(rs.getArray(7)),
                                list(rs.getArray(8)))))
                .list();
    }

    private static List<String> list(Array a) throws java.sql.SQLException {
        return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }

    /** A text[] literal: each element quoted, quotes and backslashes escaped. */
    private static String literal(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append('}').toString();
    }
}
