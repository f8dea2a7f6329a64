package org.constable.people.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads that feed the search index: persons with their aliases, addresses, vehicles and warning
 * markers, in id order and in batches, so a rebuild of millions never holds them all. Each batch
 * costs five queries, whatever its size.
 */
@Repository
public class SearchFeedStore {

    public record PersonRow(
            long id,
            String forename,
            @Nullable String middleNames,
            String surname,
            @Nullable LocalDate dateOfBirth,
            boolean restricted) {}

    public record AliasRow(
            long personId,
            String forename,
            String surname,
            @Nullable LocalDate dateOfBirth) {}

    public record AddressRow(long personId, LocationRow location) {}

    public record VehicleLinkRow(long personId, long vehicleId, String vrm) {}

    /**
     * Which persons a search may find at all, as a condition on {@code people.person p}: a person
     * combined into another is found through the record kept, never on its own (ADR 0017).
     */
    private static final String SEARCHABLE = "p.combined_into IS NULL AND p.erased_at IS NULL";

    private static final String LOCATION_COLUMNS =
            "l.id, l.premises, l.street, l.locality, l.town, l.postcode, l.latitude, l.longitude, l.restricted, l.version";

    private final JdbcClient jdbc;

    public SearchFeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * THE projection read of persons for search: every person a search may find, after {@code afterId}
     * (or only {@code onlyId} when given), in id order. A person that must vanish from search (e.g.
     * one combined into another) is left out here and nowhere else.
     */
    public List<PersonRow> searchablePersons(long afterId, @Nullable Long onlyId, int limit) {
        return jdbc.sql(
                        "SELECT p.id, p.forename, p.middle_names, p.surname, p.date_of_birth, p.restricted FROM people.person p "
                                + "WHERE " + SEARCHABLE
                                + " AND p.id > ? AND (CAST(? AS BIGINT) IS NULL OR p.id = ?) ORDER BY p.id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> new PersonRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        date(rs.getDate(5)),
                        rs.getBoolean(6)))
                .list();
    }

    /**
     * Of the given persons, locations and vehicles, those that exist, are not restricted, and (persons)
     * may be found at all, read now in one statement: what a search asks before it shows a record,
     * so that a restriction never waits for the index to catch up.
     */
    public Unrestricted unrestricted(List<Long> personIds, List<Long> locationIds, List<Long> vehicleIds) {
        Unrestricted found = new Unrestricted(new HashSet<>(), new HashSet<>(), new HashSet<>());
        if (personIds.isEmpty() && locationIds.isEmpty() && vehicleIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT 'P', p.id FROM people.person p WHERE " + SEARCHABLE
                        + " AND NOT p.restricted AND p.id = ANY(?) "
                        + "UNION ALL SELECT 'L', id FROM people.location WHERE NOT restricted AND id = ANY(?) "
                        + "UNION ALL SELECT 'V', id FROM people.vehicle WHERE NOT restricted AND id = ANY(?)")
                .params(ids(personIds), ids(locationIds), ids(vehicleIds))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> (switch (e.getKey()) {
                            case "P" -> found.persons();
                            case "L" -> found.locations();
                            default -> found.vehicles();
                        })
                        .add(e.getValue()));
        return found;
    }

    /** Ids found unrestricted by {@link #unrestricted}. */
    public record Unrestricted(Set<Long> persons, Set<Long> locations, Set<Long> vehicles) {}

    public long countPersons() {
        return jdbc.sql("SELECT count(*) FROM people.person p WHERE " + SEARCHABLE)
                .query(Long.class)
                .single();
    }

    public List<AliasRow> aliases(List<Long> personIds) {
        return jdbc.sql(
                        "SELECT person_id, forename, surname, date_of_birth FROM people.alias WHERE person_id = ANY(?) ORDER BY id")
                .param(ids(personIds))
                .query((rs, n) -> new AliasRow(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getDate(4))))
                .list();
    }

    public List<AddressRow> addresses(List<Long> personIds) {
        return jdbc.sql(
                        "SELECT pa.person_id, " + LOCATION_COLUMNS + " FROM people.person_address pa "
                                + "JOIN people.location l ON l.id = pa.location_id WHERE pa.person_id = ANY(?) ORDER BY pa.person_id, l.id")
                .param(ids(personIds))
                .query((rs, n) -> new AddressRow(rs.getLong(1), location(rs, 2)))
                .list();
    }

    /** Vehicles linked to the persons (either end of the link), restricted vehicles left out. */
    public List<VehicleLinkRow> vehicles(List<Long> personIds) {
        return jdbc.sql(
                        "SELECT k.person_id, v.id, v.vrm FROM (SELECT from_id AS person_id, to_id AS vehicle_id FROM people.link "
                                + "WHERE from_type = 'PERSON' AND to_type = 'VEHICLE' AND from_id = ANY(?) UNION SELECT to_id, from_id FROM people.link "
                                + "WHERE to_type = 'PERSON' AND from_type = 'VEHICLE' AND to_id = ANY(?)) k JOIN people.vehicle v ON v.id = k.vehicle_id "
                                + "WHERE NOT v.restricted ORDER BY k.person_id, v.vrm")
                .params(ids(personIds), ids(personIds))
                .query((rs, n) -> new VehicleLinkRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Warning markers of persons or locations, by subject id. */
    public Map<Long, List<String>> markers(String subjectType, List<Long> subjectIds) {
        Map<Long, List<String>> found = new HashMap<>();
        jdbc.sql(
                        "SELECT subject_id, marker FROM people.warning_marker WHERE subject_type = ? AND subject_id = ANY(?) ORDER BY id")
                .params(subjectType, ids(subjectIds))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return found;
    }

    public List<LocationRow> locations(long afterId, @Nullable Long onlyId, int limit) {
        return jdbc.sql("SELECT " + LOCATION_COLUMNS
                        + " FROM people.location l WHERE l.id > ? AND (CAST(? AS BIGINT) IS NULL OR l.id = ?) "
                        + "ORDER BY l.id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> location(rs, 1))
                .list();
    }

    public long countLocations() {
        return jdbc.sql("SELECT count(*) FROM people.location")
                .query(Long.class)
                .single();
    }

    public List<VehicleStore.VehicleRow> vehicles(long afterId, @Nullable Long onlyId, int limit) {
        return jdbc.sql("SELECT id, vrm, make, model, colour, restricted, version FROM people.vehicle WHERE id > ? "
                        + "AND (CAST(? AS BIGINT) IS NULL OR id = ?) ORDER BY id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> new VehicleStore.VehicleRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getInt(7)))
                .list();
    }

    public long countVehicles() {
        return jdbc.sql("SELECT count(*) FROM people.vehicle").query(Long.class).single();
    }

    public List<Long> personsAt(long locationId) {
        return jdbc.sql("SELECT DISTINCT person_id FROM people.person_address WHERE location_id = ? ORDER BY person_id")
                .param(locationId)
                .query(Long.class)
                .list();
    }

    public List<Long> personsWithVehicle(long vehicleId) {
        return jdbc.sql(
                        "SELECT from_id FROM people.link WHERE from_type = 'PERSON' AND to_type = 'VEHICLE' AND to_id = ? "
                                + "UNION SELECT to_id FROM people.link WHERE to_type = 'PERSON' AND from_type = 'VEHICLE' AND from_id = ?")
                .params(vehicleId, vehicleId)
                .query(Long.class)
                .list();
    }

    public record PersonLinkRow(long personId, String kind) {}

    /** Persons linked to a vehicle (either end of the link) with the kind of link, oldest link first. */
    public List<PersonLinkRow> personLinksOfVehicle(long vehicleId) {
        return jdbc.sql(
                        "SELECT from_id, kind, id FROM people.link WHERE from_type = 'PERSON' AND to_type = 'VEHICLE' AND to_id = ? "
                                + "UNION ALL SELECT to_id, kind, id FROM people.link WHERE to_type = 'PERSON' AND from_type = 'VEHICLE' AND from_id = ? "
                                + "ORDER BY 3")
                .params(vehicleId, vehicleId)
                .query((rs, n) -> new PersonLinkRow(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private static LocationRow location(java.sql.ResultSet rs, int at) throws java.sql.SQLException {
        double lat = rs.getDouble(at + 6);
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble(at + 7);
        Double longitude = rs.wasNull() ? null : lon;
        return new LocationRow(
                rs.getLong(at),
                rs.getString(at + 1),
                rs.getString(at + 2),
                rs.getString(at + 3),
                rs.getString(at + 4),
                rs.getString(at + 5),
                latitude,
                longitude,
                rs.getBoolean(at + 8),
                rs.getInt(at + 9));
    }

    private static Long[] ids(List<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    private static @Nullable LocalDate date(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
