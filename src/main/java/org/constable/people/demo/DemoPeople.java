package org.constable.people.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic people, addresses and vehicles for the demo force, made from a fixed seed so every
 * demo looks the same. Names are drawn from common given names and surnames; the combinations,
 * dates of birth, streets and registration marks are invented.
 */
@Component
@Order(40)
class DemoPeople implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final int people;

    DemoPeople(DemoMode demo, JdbcTemplate jdbc, AuditTrail audit, @Value("${constable.demo.people:3000}") int people) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.audit = audit;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT count(*) FROM people.person", Long.class);
        if (!demo.enabled() || existing == null || existing > 0) {
            return;
        }
        Random random = new Random(2026);
        Timestamp now = Timestamp.from(Instant.now());
        int locations = Math.max(1, people / 2);
        List<Object[]> locationRows = new ArrayList<>();
        for (int i = 0; i < locations; i++) {
            String street = pick(random, SyntheticNames.STREETS) + " " + pick(random, SyntheticNames.STREET_TYPES);
            String flat = random.nextInt(6) == 0 ? "Flat " + (1 + random.nextInt(12)) + ", " : "";
            double lat = 53.4350 + random.nextDouble() * 0.035, lon = -2.2400 + random.nextDouble() * 0.07;
            String postcode = "M" + (12 + random.nextInt(8)) + " " + random.nextInt(10)
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            locationRows.add(new Object[] {
                flat + (1 + random.nextInt(180)),
                street,
                pick(random, SyntheticNames.LOCALITIES),
                "Manchester",
                postcode.replace("I", "J").replace("O", "P"),
                lat,
                lon,
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO people.location (premises, street, locality, town, postcode, latitude, longitude, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                locationRows);
        long firstLocation = Objects.requireNonNull(
                jdbc.queryForObject("SELECT min(id) FROM people.location", Long.class),
                "the location rows were just inserted");

        List<Object[]> personRows = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            boolean female = random.nextBoolean();
            String forename = pick(random, female ? SyntheticNames.FEMALE : SyntheticNames.MALE);
            LocalDate dob = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 66));
            personRows.add(new Object[] {
                forename,
                pick(random, SyntheticNames.SURNAMES),
                Date.valueOf(dob),
                female ? "FEMALE" : "MALE",
                150 + random.nextInt(50),
                pick(random, SyntheticNames.BUILDS),
                pick(random, SyntheticNames.HAIR),
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO people.person (forename, surname, date_of_birth, sex, height_cm, build, hair, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                personRows);
        long firstPerson = Objects.requireNonNull(
                jdbc.queryForObject("SELECT min(id) FROM people.person", Long.class),
                "the person rows were just inserted");

        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> markers = new ArrayList<>();
        List<Object[]> aliases = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long person = firstPerson + i;
            addresses.add(new Object[] {person, firstLocation + random.nextInt(locations), "HOME"});
            if (random.nextInt(20) == 0) {
                markers.add(new Object[] {
                    "PERSON", person, pick(random, SyntheticNames.MARKERS), "Synthetic demo marker", now, "demo"
                });
            }
            if (random.nextInt(15) == 0) {
                aliases.add(
                        new Object[] {person, pick(random, SyntheticNames.MALE), pick(random, SyntheticNames.SURNAMES)
                        });
            }
        }
        for (int i = 0; i < locations / 25; i++) {
            markers.add(new Object[] {
                "LOCATION",
                firstLocation + random.nextInt(locations),
                pick(random, SyntheticNames.MARKERS),
                "Synthetic demo marker",
                now,
                "demo"
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO people.person_address (person_id, location_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                addresses);
        jdbc.batchUpdate(
                "INSERT INTO people.warning_marker (subject_type, subject_id, marker, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                markers);
        jdbc.batchUpdate("INSERT INTO people.alias (person_id, forename, surname) VALUES (?, ?, ?)", aliases);

        int vehicleCount = people / 3;
        List<Object[]> vehicles = new ArrayList<>();
        for (int i = 0; i < vehicleCount; i++) {
            String vrm = "" + letter(random) + letter(random) + (10 + random.nextInt(15)) + letter(random)
                    + letter(random) + letter(random);
            String[] makeModel = pick(random, SyntheticNames.MAKES_MODELS).split(" ", 2);
            vehicles.add(
                    new Object[] {vrm, makeModel[0], makeModel[1], pick(random, SyntheticNames.COLOURS), now, now});
        }
        jdbc.batchUpdate(
                "INSERT INTO people.vehicle (vrm, make, model, colour, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                vehicles);
        long firstVehicle = Objects.requireNonNull(
                jdbc.queryForObject("SELECT min(id) FROM people.vehicle", Long.class),
                "the vehicle rows were just inserted");
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < vehicleCount; i++) {
            links.add(new Object[] {
                "PERSON", firstPerson + random.nextInt(people), "VEHICLE", firstVehicle + i, "KEEPER", now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO people.link (from_type, from_id, to_type, to_id, kind, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                links);

        int copies = duplicates(now, firstPerson);

        audit.record(new AuditRecord(
                Operation.COLLECTION,
                "system",
                "",
                List.of(),
                null,
                null,
                Outcome.SUCCEEDED,
                "demo force seeded: " + people + " synthetic persons (" + copies
                        + " of them second records of another), " + locations + " locations, " + vehicleCount
                        + " vehicles"));
    }

    /**
     * Second records of 1 % of the people, as officers make them when they miss the first: a clipped
     * forename, a slip in the surname, day and month swapped, or the same person at the same address
     * under another surname. From a seed of their own, so the rest of the demo force is unchanged.
     */
    private int duplicates(Timestamp now, long firstPerson) {
        Random random = new Random(4);
        int copies = people / 100;
        for (int i = 0; i < copies; i++) {
            long original = firstPerson + random.nextInt(people);
            var row = jdbc.queryForMap(
                    "SELECT forename, surname, date_of_birth, sex FROM people.person WHERE id = ?", original);
            String forename = Objects.requireNonNull((String) row.get("forename"), "forename is NOT NULL");
            String surname = Objects.requireNonNull((String) row.get("surname"), "surname is NOT NULL");
            LocalDate dob = Objects.requireNonNull(
                            (Date) row.get("date_of_birth"), "every demo person has a date of birth")
                    .toLocalDate();
            switch (i % 4) {
                case 0 -> forename = forename.substring(0, Math.max(3, forename.length() - 1));
                case 1 -> surname = surname.substring(0, surname.length() - 1) + (surname.endsWith("e") ? "" : "e");
                case 2 ->
                    dob = dob.getDayOfMonth() <= 12
                            ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue())
                            : dob.plusYears(1);
                default -> surname = pick(random, SyntheticNames.SURNAMES);
            }
            Long copy = jdbc.queryForObject(
                    "INSERT INTO people.person (forename, surname, date_of_birth, sex, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    Long.class,
                    forename,
                    surname,
                    Date.valueOf(dob),
                    row.get("sex"),
                    now,
                    now);
            jdbc.update(
                    "INSERT INTO people.person_address (person_id, location_id, kind) "
                            + "SELECT ?, location_id, 'PREVIOUS' FROM people.person_address WHERE person_id = ?",
                    copy,
                    original);
        }
        return copies;
    }

    private static char letter(Random random) {
        return "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(random.nextInt(23));
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
