package org.constable.evidence.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exhibits of some crimes and the digital items held under a hash: what a case file's evidence list reads. */
@Repository
public class ExhibitsOfCrimes {

    private final JdbcClient jdbc;
    private final ExhibitStore exhibits;

    ExhibitsOfCrimes(JdbcClient jdbc, ExhibitStore exhibits) {
        this.jdbc = jdbc;
        this.exhibits = exhibits;
    }

    /** The exhibits seized for these crimes, by crime then reference. */
    public List<ExhibitStore.ExhibitRow> ofCrimes(Collection<Long> crimeIds) {
        if (crimeIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql(
                        "SELECT id FROM evidence.exhibit WHERE crime_id = ANY(?) ORDER BY crime_id, reference")
                .param(crimeIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
        return ids.stream().flatMap(id -> exhibits.find(id).stream()).toList();
    }

    /** How many intact digital items are held under this hash. */
    public int intactWithHash(String sha256) {
        return jdbc.sql("SELECT count(*) FROM evidence.digital_item WHERE sha256 = ? AND status = 'INTACT'")
                .param(sha256)
                .query(Integer.class)
                .single();
    }
}
