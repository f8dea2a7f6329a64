package org.constable.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.constable.testsupport.Api;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;

/** Creating synthetic persons over the API, and a full snapshot of what the database holds on them. */
final class NominalFixtures {

    private NominalFixtures() {}

    /** A surname no other test uses, made of letters only (so the name comparison sees a real word). */
    static String freshSurname() {
        StringBuilder b = new StringBuilder("Q");
        String letters = "bcdfghjklmnprstvwz", vowels = "aeiou";
        for (int i = 0; i < 4; i++) {
            b.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            b.append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
        }
        return b.toString();
    }

    static long person(Api api, String token, String forename, String surname, String dob, boolean restricted) {
        var r = api.post(
                "/api/v1/persons",
                token,
                "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname + "\","
                        + (dob == null ? "" : "\"dateOfBirth\":\"" + dob + "\",") + "\"restricted\":" + restricted
                        + ",\"description\":\"" + forename + " described\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    static long location(Api api, String token, String street) {
        var r = api.post(
                "/api/v1/locations",
                token,
                "{\"street\":\"" + street + "\",\"town\":\"Testford\",\"restricted\":false}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    static long vehicle(Api api, String token, String vrm) {
        var r = api.post("/api/v1/vehicles", token, "{\"vrm\":\"" + vrm + "\",\"make\":\"Ford\",\"restricted\":false}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
    }

    /** Every row about these persons in the people schema, except version counters and update times. */
    static List<String> snapshot(DatabaseAdmin db, long... ids) {
        String in = java.util.Arrays.stream(ids)
                .mapToObj(Long::toString)
                .reduce((x, y) -> x + "," + y)
                .orElseThrow();
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect()) {
            rows.addAll(rows(
                    c,
                    "person",
                    "SELECT id, forename, middle_names, surname, date_of_birth, sex, height_cm, build, hair, eyes, "
                            + "description, restricted, created_at, combined_into FROM people.person WHERE id IN (" + in
                            + ") ORDER BY id"));
            rows.addAll(rows(c, "alias", "SELECT * FROM people.alias WHERE person_id IN (" + in + ") ORDER BY id"));
            rows.addAll(rows(
                    c,
                    "address",
                    "SELECT * FROM people.person_address WHERE person_id IN (" + in + ") ORDER BY 1, 2, 3"));
            rows.addAll(rows(
                    c,
                    "link",
                    "SELECT * FROM people.link WHERE (from_type = 'PERSON' AND from_id IN (" + in + ")) "
                            + "OR (to_type = 'PERSON' AND to_id IN (" + in + ")) ORDER BY id"));
            rows.addAll(rows(
                    c,
                    "marker",
                    "SELECT * FROM people.warning_marker WHERE subject_type = 'PERSON' AND subject_id IN (" + in
                            + ") ORDER BY id"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<String> rows(Connection c, String table, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder(table);
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(' ').append(md.getColumnName(i)).append('=').append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
