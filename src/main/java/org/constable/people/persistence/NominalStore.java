package org.constable.people.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.people.domain.Nominal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Loads every live person's names and shared records in four streaming queries, for the duplicate report. */
@Repository
public class NominalStore {

    private final JdbcTemplate jdbc;

    public NominalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Builder {
        final long id;
        final boolean restricted;
        final List<Nominal.Name> names = new ArrayList<>(1);
        final Set<String> anchors = new HashSet<>(4);

        Builder(long id, boolean restricted) {
            this.id = id;
            this.restricted = restricted;
        }
    }

    public List<Nominal> livePersons() {
        Map<Long, Builder> byId = new HashMap<>();
        jdbc.query(
                "SELECT id, forename, surname, date_of_birth, restricted FROM people.person WHERE combined_into IS NULL AND erased_at IS NULL ORDER BY id",
                rs -> {
                    Builder b = new Builder(rs.getLong(1), rs.getBoolean(5));
                    b.names.add(new Nominal.Name(rs.getString(2), rs.getString(3), date(rs.getDate(4)), false));
                    byId.put(b.id, b);
                });
        jdbc.query("SELECT person_id, forename, surname, date_of_birth FROM people.alias ORDER BY id", rs -> {
            Builder b = byId.get(rs.getLong(1));
            if (b != null) {
                b.names.add(new Nominal.Name(rs.getString(2), rs.getString(3), date(rs.getDate(4)), true));
            }
        });
        jdbc.query("SELECT person_id, location_id FROM people.person_address", rs -> {
            Builder b = byId.get(rs.getLong(1));
            if (b != null) {
                b.anchors.add("location:" + rs.getLong(2));
            }
        });
        jdbc.query(
                "SELECT from_id, lower(to_type), to_id FROM people.link WHERE from_type = 'PERSON' "
                        + "UNION ALL SELECT to_id, lower(from_type), from_id FROM people.link WHERE to_type = 'PERSON'",
                rs -> {
                    Builder b = byId.get(rs.getLong(1));
                    if (b != null) {
                        b.anchors.add(rs.getString(2) + ":" + rs.getLong(3));
                    }
                });
        List<Nominal> all = new ArrayList<>(byId.size());
        byId.values().forEach(b -> all.add(new Nominal(b.id, b.restricted, b.names, b.anchors)));
        all.sort((x, y) -> Long.compare(x.id(), y.id()));
        return all;
    }

    private static @Nullable LocalDate date(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
