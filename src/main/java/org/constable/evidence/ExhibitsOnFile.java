package org.constable.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.RestrictedParts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence's facade for other modules that name exhibits (a warrant's execution links what it
 * seized): the exhibits of some crimes, and exhibits by id, each only when the actor may read
 * evidence and may see the person and place the exhibit is linked to (an exhibit withheld from them
 * answers as a missing one). Other modules keep the id and reference; evidence never learns of them.
 */
@Service
public class ExhibitsOnFile {

    static final int LIMIT = 500;

    /** An exhibit as another module may name it. */
    public record ExhibitOnFile(long id, long crimeId, String reference, String description) {}

    private record Row(
            long id,
            long crimeId,
            String reference,
            String description,
            @Nullable Long personId,
            @Nullable Long locationId) {}

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final RestrictedParts restricted;

    ExhibitsOnFile(JdbcClient jdbc, AccessPolicy policy, RestrictedParts restricted) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.restricted = restricted;
    }

    /** The exhibits seized for these crimes that the actor may see, by reference. */
    @Transactional(readOnly = true)
    public List<ExhibitOnFile> ofCrimes(Actor actor, Collection<Long> crimeIds) {
        if (crimeIds.isEmpty() || !policy.allows(actor, Permission.EVIDENCE_READ)) {
            return List.of();
        }
        return visible(
                actor,
                jdbc.sql("SELECT id, crime_id, reference, description, person_id, location_id FROM evidence.exhibit "
                                + "WHERE crime_id = ANY (?) ORDER BY reference, id LIMIT " + LIMIT)
                        .param(crimeIds.toArray(Long[]::new))
                        .query(ExhibitsOnFile::row)
                        .list());
    }

    /** Of these ids, the exhibits on file that the actor may see. */
    @Transactional(readOnly = true)
    public Map<Long, ExhibitOnFile> found(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty() || !policy.allows(actor, Permission.EVIDENCE_READ)) {
            return Map.of();
        }
        return visible(
                        actor,
                        jdbc.sql("SELECT id, crime_id, reference, description, person_id, location_id "
                                        + "FROM evidence.exhibit WHERE id = ANY (?)")
                                .param(ids.toArray(Long[]::new))
                                .query(ExhibitsOnFile::row)
                                .list())
                .stream()
                .collect(Collectors.toMap(ExhibitOnFile::id, Function.identity()));
    }

    private List<ExhibitOnFile> visible(Actor actor, List<Row> rows) {
        RestrictedParts.Verdicts people =
                restricted.persons(actor, rows.stream().map(Row::personId).toList());
        RestrictedParts.Verdicts places =
                restricted.places(actor, rows.stream().map(Row::locationId).toList());
        return rows.stream()
                .filter(r -> !people.of(r.personId()).withheld()
                        && !places.of(r.locationId()).withheld())
                .map(r -> new ExhibitOnFile(r.id(), r.crimeId(), r.reference(), r.description()))
                .toList();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long person = rs.getLong(5);
        Long personId = rs.wasNull() ? null : person;
        long location = rs.getLong(6);
        Long locationId = rs.wasNull() ? null : location;
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), personId, locationId);
    }
}
