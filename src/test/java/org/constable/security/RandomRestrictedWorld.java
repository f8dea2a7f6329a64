package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.constable.testsupport.TestUsers.TestUser;

/**
 * A random world of persons, places and vehicles, some restricted, built through the real API from
 * one seed: people living at restricted addresses and keeping vehicles, calls and incidents at
 * restricted places and from restricted callers, crimes there with restricted victims, and
 * need-to-know grants that are live (to one user and to one team), expired or revoked (to the
 * callers who must see nothing). Every restricted record carries marker strings (random names, street,
 * postcode, VRM, its coordinates) that no answer to a caller without need-to-know may contain.
 */
final class RandomRestrictedWorld {

    /** A person, location or vehicle, whether it is restricted, and the strings that betray it. */
    record Marked(String type, long id, boolean restricted, List<String> markers, String searchable) {}

    /** Who may read records: roles that read persons, places and vehicles. */
    static final List<Role> POLE_READERS = List.of(
            Role.CALL_HANDLER,
            Role.DISPATCHER,
            Role.RESPONSE_OFFICER,
            Role.INVESTIGATOR,
            Role.CUSTODY_OFFICER,
            Role.INTELLIGENCE_ANALYST,
            Role.CRIME_REGISTRAR,
            Role.SUPERVISOR);

    final long seed;
    final Area area;
    final List<Marked> persons = new ArrayList<>();
    final List<Marked> locations = new ArrayList<>();
    final List<Marked> vehicles = new ArrayList<>();
    final List<Long> incidents = new ArrayList<>();
    final List<Long> crimes = new ArrayList<>();
    final List<Long> suites = new ArrayList<>();
    final List<Long> detentions = new ArrayList<>();
    /** Intelligence reports, one on each person, place and vehicle, graded; their texts carry its markers. */
    final List<Long> intelligence = new ArrayList<>();

    final List<Long> investigations = new ArrayList<>();
    final List<Long> exhibits = new ArrayList<>();
    /** A risk assessment of each crime's victim, named by their marker, and the MARAC referral it made. */
    final List<Long> assessments = new ArrayList<>();

    final List<Long> referrals = new ArrayList<>();
    /** A search warrant in each investigation, for the crime's place (its street as the premises). */
    final List<Long> warrants = new ArrayList<>();
    /** Covert sources, registered by a test that walks them (none in a world of its own). */
    final List<Long> sources = new ArrayList<>();

    private final List<Marked> crimeVictims = new ArrayList<>();
    private final List<Marked> crimePlaces = new ArrayList<>();
    /** Restricted records with a live grant to {@link #grantee}, and to {@link #teamMember}'s team. */
    final List<Marked> grantedToUser = new ArrayList<>();

    final List<Marked> grantedToTeam = new ArrayList<>();
    /** Callers without need-to-know; some hold expired or revoked grants on restricted records. */
    final List<TestUser> viewers = new ArrayList<>();

    final List<Role> viewerRoles = new ArrayList<>();
    final TestUser maker;
    final TestUser granter;
    final TestUser grantee;
    final TestUser teamMember;

    private final Random random;
    private final Api api;
    private final TestUsers users;
    private final DatabaseAdmin db;
    private final MutableClock clock;
    private final CommandAndControl control;
    private final String makerToken;
    private final java.util.Map<String, String> restrictLater = new java.util.LinkedHashMap<>();
    private boolean pendingLater;
    private String lastBody;
    private final String granterToken;

    RandomRestrictedWorld(
            long seed,
            Api api,
            TestUsers users,
            DatabaseAdmin db,
            MutableClock clock,
            CommandAndControl control,
            List<Role> viewerRoles) {
        this.seed = seed;
        this.random = new Random(seed);
        this.api = api;
        this.users = users;
        this.db = db;
        this.clock = clock;
        this.control = control;
        this.area = CommandAndControl.freshArea();
        this.maker = users.create(Role.SUPERVISOR);
        this.granter = users.create(Role.SUPERVISOR);
        this.grantee = users.create(pick(POLE_READERS));
        this.teamMember = users.create(pick(POLE_READERS));
        this.viewerRoles.addAll(viewerRoles);
        viewerRoles.forEach(role -> viewers.add(users.create(role)));
        this.makerToken = api.token(users, maker);
        this.granterToken = api.token(users, granter);
        long team = db.count("INSERT INTO identity.team (name) VALUES (?) RETURNING id", "Team " + word("T"));
        db.tamper("UPDATE identity.app_user SET team_id = ? WHERE id = ?", team, teamMember.id());
        // a viewer in a team of its own: a grant to another team must not reach it
        long otherTeam = db.count("INSERT INTO identity.team (name) VALUES (?) RETURNING id", "Team " + word("O"));
        db.tamper(
                "UPDATE identity.app_user SET team_id = ? WHERE id = ?",
                otherTeam,
                viewers.get(0).id());
        build(team);
    }

    private void build(long team) {
        for (int i = 0; i < 9; i++) { // open addresses on one street, so that open data has a point to snap to
            location(false, area.offset(500, 40 * i), "Snap");
        }
        int nLocations = 2 + random.nextInt(4);
        for (int i = 0; i < nLocations; i++) {
            boolean restricted = i == 0 || random.nextBoolean();
            locations.add(location(restricted, area.offset(random.nextInt(150), random.nextInt(150)), word("St")));
        }
        int nPersons = 2 + random.nextInt(4);
        for (int i = 0; i < nPersons; i++) {
            boolean restricted = i == 0 || random.nextBoolean();
            persons.add(person(restricted, restricted && random.nextInt(3) == 0));
        }
        int nVehicles = 1 + random.nextInt(3);
        for (int i = 0; i < nVehicles; i++) {
            vehicles.add(vehicle(i == 0 || random.nextBoolean()));
        }
        for (Marked m : restricted()) {
            grant(granterToken, m, maker.id(), clock.instant().plus(Duration.ofDays(300)));
        }
        for (Marked p : persons) {
            if (random.nextInt(5) < 3) {
                Marked home = pick(locations);
                post(
                        "/api/v1/persons/" + p.id() + "/addresses",
                        "{\"locationId\":" + home.id() + ",\"kind\":\"HOME\"}");
            }
            if (random.nextBoolean()) {
                Marked car = pick(vehicles);
                post(
                        "/api/v1/links",
                        "{\"fromType\":\"PERSON\",\"fromId\":" + p.id() + ",\"toType\":\"VEHICLE\",\"toId\":" + car.id()
                                + ",\"kind\":\"KEEPER\"}");
            }
        }
        for (Marked place : locations) {
            if (random.nextInt(10) < 8) {
                incidents.add(callAt(place, random.nextBoolean() ? pick(persons) : null));
            }
        }
        for (long incident : incidents) {
            switch (random.nextInt(4)) {
                case 0 -> close(incident, "ASB");
                case 1 -> close(incident, "CRIME_DOMESTIC");
                case 2 ->
                    post(
                            "/api/v1/incidents/" + incident + "/assignments",
                            "{\"unitIds\":[" + control.available("", area.offset(-900, 0)) + "]}");
                default -> {} // left open on the board
            }
        }
        // one crime per victim (the counting rules refuse a second one for the same event)
        List<Marked> victims = new ArrayList<>(persons);
        java.util.Collections.shuffle(victims, random);
        for (Marked place : locations) {
            if (!victims.isEmpty() && (place.restricted() || random.nextBoolean())) {
                Marked victim = victims.remove(0);
                crimes.add(crimeAt(place, victim, random.nextBoolean() ? pick(persons) : null));
                crimeVictims.add(victim);
                crimePlaces.add(place);
            }
        }
        restrictLater();
        investigate();
        safeguard();
        detain();
        intelligence();
        grantsToOthers(team);
    }

    /** Each crime is investigated: an investigation inherits the restriction of its victims and places. */
    private void investigate() {
        TestUser investigator = users.create(Role.INVESTIGATOR);
        String token = api.token(users, investigator);
        for (long crime : crimes) {
            var opened = api.post(
                    "/api/v1/investigations",
                    token,
                    "{\"title\":\"Assault enquiry\",\"crimeIds\":[" + crime + "],\"officerInCharge\":\""
                            + investigator.username() + "\",\"supervisor\":\"" + maker.username() + "\"}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            long investigation = Json.read(opened.body()).get("id").asLong();
            investigations.add(investigation);
            Marked place = crimePlaces.get(investigations.size() - 1);
            // the maker (the investigation's supervisor, with need-to-know of every record) applies
            var warrant = post(
                    "/api/v1/investigations/" + investigation + "/warrants",
                    "{\"kind\":\"PACE_S8\",\"grounds\":\"Stolen phones believed to be at the address\","
                            + "\"premises\":\"" + place.markers().get(0) + "\","
                            + "\"court\":\"Northtown Magistrates' Court\"}");
            warrants.add(Json.read(warrant.body()).get("id").asLong());
        }
    }

    /**
     * Each crime's victim is risk-assessed as high risk by the maker and referred to MARAC: the
     * assessment names the victim (their marker), so one that did not inherit the crime's
     * restriction would betray it.
     */
    private void safeguard() {
        String yes = String.join(",", java.util.Collections.nCopies(27, "\"YES\""));
        for (int i = 0; i < crimes.size(); i++) {
            var assessed = post(
                    "/api/v1/safeguarding/risk-assessments",
                    "{\"sourceType\":\"CRIME\",\"sourceId\":" + crimes.get(i) + ",\"subject\":\""
                            + crimeVictims.get(i).markers().get(0) + "\",\"answers\":[" + yes
                            + "],\"judgement\":\"HIGH\"}");
            long assessment = Json.read(assessed.body()).get("id").asLong();
            assessments.add(assessment);
            var referred = post("/api/v1/safeguarding/risk-assessments/" + assessment + "/marac-referral", "{}");
            referrals.add(Json.read(referred.body()).get("id").asLong());
        }
    }

    /** Every person is booked into a custody suite by a custody officer with need-to-know of them. */
    private void detain() {
        TestUser sergeant = users.create(Role.CUSTODY_OFFICER);
        for (Marked m : restricted()) {
            if (m.type().equals("person")) {
                grant(granterToken, m, sergeant.id(), clock.instant().plus(Duration.ofDays(300)));
            }
        }
        String token = api.token(users, sergeant);
        long suite = db.count("INSERT INTO custody.suite (name) VALUES (?) RETURNING id", "Suite " + word("S"));
        suites.add(suite);
        for (Marked p : persons) {
            var booked = api.post(
                    "/api/v1/custody/suites/" + suite + "/detentions",
                    token,
                    "{\"personId\":" + p.id()
                            + ",\"arrestingOfficer\":\"PC 9\",\"arrestGrounds\":\"Seen at the scene\","
                            + "\"offences\":[{\"description\":\"Assault\",\"indictable\":true}],\"arrestedAt\":\""
                            + clock.instant().minus(Duration.ofMinutes(30)) + "\"}");
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            detentions.add(Json.read(booked.body()).get("id").asLong());
            // an exhibit seized from each person, for the first crime: it inherits the person's restriction
            var seized = api.post(
                    "/api/v1/exhibits",
                    token,
                    "{\"crimeId\":" + crimes.get(0) + ",\"reference\":\"CO/" + (exhibits.size() + 1)
                            + "\",\"description\":\"Mobile phone\",\"seizedWhere\":\"Custody suite\",\"seal\":\"S1\","
                            + "\"personId\":" + p.id() + "}");
            assertThat(seized.status()).as(seized.body()).isEqualTo(201);
            exhibits.add(Json.read(seized.body()).get("id").asLong());
        }
    }

    /**
     * Intelligence on every person, place and vehicle, submitted by the maker and graded by an analyst,
     * both with need-to-know of every restricted record; the original and the sanitised text both carry
     * the record's markers, so a report that inherits no restriction would betray it.
     */
    /**
     * A month later: snap points derived and the month's street-level file exported, by an analyst;
     * the export's id, for the walks of every GET endpoint.
     */
    long publishOpenData() {
        java.time.YearMonth month = java.time.YearMonth.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        clock.advance(Duration.ofDays(32));
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        var derived = api.post("/api/v1/open-data/snap-points/derivation", analyst, "");
        assertThat(derived.status()).as(derived.body()).isEqualTo(200);
        var export = api.post(
                "/api/v1/open-data/exports",
                analyst,
                "{\"month\":\"" + month + "\",\"recipient\":\"data.police.uk\",\"justification\":\"World " + seed
                        + "\"}");
        assertThat(export.status()).as(export.body()).isEqualTo(201);
        return Json.read(export.body()).get("id").asLong();
    }

    private void intelligence() {
        TestUser unit = users.create(Role.INTELLIGENCE_ANALYST);
        for (Marked m : restricted()) {
            grant(granterToken, m, unit.id(), clock.instant().plus(Duration.ofDays(300)));
        }
        String unitToken = api.token(users, unit);
        List<Marked> all = new ArrayList<>(persons);
        all.addAll(locations);
        all.addAll(vehicles);
        for (Marked m : all) {
            String words = String.join(" ", m.markers());
            var submitted = api.post(
                    "/api/v1/intelligence/reports",
                    makerToken,
                    "{\"text\":\"Seen: " + words + "\",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"" + m.type() + "Ids\":["
                            + m.id() + "]}");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            long report = Json.read(submitted.body()).get("id").asLong();
            var graded = api.post(
                    "/api/v1/intelligence/reports/" + report + "/evaluations",
                    unitToken,
                    "{\"sourceEvaluation\":2,\"assessment\":\"B\",\"handlingCode\":\"P\",\"riskAssessment\":\"Low\","
                            + "\"sanitisedText\":\"About " + words + "\"}");
            assertThat(graded.status()).as(graded.body()).isEqualTo(201);
            intelligence.add(report);
        }
    }

    /**
     * Some restricted records were made open and restricted only now, after they were linked, called
     * about, recorded in crimes and indexed: their restriction must hold everywhere at once.
     */
    private void restrictLater() {
        for (var e : restrictLater.entrySet()) {
            String[] typeAndId = e.getKey().split(":");
            String path = "/api/v1/" + typeAndId[0] + "s/" + typeAndId[1];
            var read = api.get(path + "?purpose=Restricting", makerToken);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            String body = e.getValue().replace("\"restricted\":false", "\"restricted\":true");
            body = body.substring(0, body.length() - 1) + ",\"version\":"
                    + Json.read(read.body()).get("version").asInt() + "}";
            var put = api.send("PUT", path, makerToken, body);
            assertThat(put.status()).as(path + " " + put.body()).isEqualTo(204);
        }
    }

    /** Whether a record is made restricted; a third of the restricted ones are made open and restricted later. */
    private boolean now(boolean restricted) {
        pendingLater = restricted && random.nextInt(3) == 0;
        return restricted && !pendingLater;
    }

    private void remember(Api.Response created, long id) {
        if (pendingLater) {
            String path = created.headers().firstValue("Location").orElseThrow();
            String type = path.replaceAll(".*/api/v1/([a-z]+)s/.*", "$1");
            restrictLater.put(type + ":" + id, lastBody);
        }
        pendingLater = false;
    }

    /** Live grants to the grantee and the team, and dead ones (expired, revoked) to the viewers. */
    private void grantsToOthers(long team) {
        List<Marked> restricted = restricted();
        Instant later = clock.instant().plus(Duration.ofDays(300));
        grantedToUser.add(restricted.get(0));
        for (Marked m : restricted.subList(1, restricted.size())) {
            if (random.nextBoolean()) {
                grantedToUser.add(m);
            }
        }
        grantedToUser.forEach(m -> grant(granterToken, m, grantee.id(), later));
        grantedToTeam.add(pick(restricted));
        for (Marked m : grantedToTeam) {
            db.tamper(
                    "INSERT INTO identity.need_to_know (record_type, record_id, team_id, granted_by, granted_at, expires_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    m.type(),
                    m.id(),
                    team,
                    granter.id(),
                    Timestamp.from(clock.instant()),
                    Timestamp.from(later));
        }
        for (TestUser viewer : viewers) {
            for (Marked m : restricted) {
                switch (random.nextInt(3)) {
                    case 0 ->
                        db.tamper(
                                "INSERT INTO identity.need_to_know (record_type, record_id, user_id, granted_by, granted_at, expires_at) "
                                        + "VALUES (?, ?, ?, ?, ?, ?)",
                                m.type(),
                                m.id(),
                                viewer.id(),
                                granter.id(),
                                Timestamp.from(clock.instant().minus(Duration.ofDays(40))),
                                Timestamp.from(clock.instant().minus(Duration.ofDays(10))));
                    case 1 -> {
                        if (EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR)
                                .contains(viewerRoles.get(viewers.indexOf(viewer)))) {
                            continue; // grants go only to those whose role reads the record
                        }
                        var granted = grant(granterToken, m, viewer.id(), later);
                        String id = granted.headers()
                                .firstValue("Need-To-Know-Grant")
                                .orElseThrow();
                        var revoked = api.post("/api/v1/need-to-know/" + id + "/revocation", makerToken, null);
                        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
                    }
                    default -> {}
                }
            }
        }
    }

    List<Marked> restricted() {
        List<Marked> all = new ArrayList<>();
        for (List<Marked> kind : List.of(persons, locations, vehicles)) {
            kind.stream().filter(Marked::restricted).forEach(all::add);
        }
        return all;
    }

    List<Marked> all() {
        List<Marked> all = new ArrayList<>(persons);
        all.addAll(locations);
        all.addAll(vehicles);
        return all;
    }

    /** Persons with the given surname that anyone who reads persons may see. */
    static List<Long> openPersonsNamed(List<Marked> persons, String surname) {
        return persons.stream()
                .filter(p -> p.type().equals("person"))
                .filter(p -> !p.restricted() && p.searchable().equals(surname))
                .map(Marked::id)
                .toList();
    }

    private Marked location(boolean restricted, Area near, String street) {
        // six decimals, the last never 0, so that the first five always appear in any printing of the number
        double lat = sixDecimals(near.latitude());
        double lon = sixDecimals(near.longitude());
        String postcode = "Z" + letter() + (1 + random.nextInt(9)) + " " + random.nextInt(10) + letter() + letter();
        var created = post(
                "/api/v1/locations",
                "{\"premises\":\"Flat " + (1 + random.nextInt(9)) + "\",\"street\":\"" + (1 + random.nextInt(90)) + " "
                        + street + " Road\",\"town\":\"Testford\",\"postcode\":\"" + postcode + "\",\"latitude\":"
                        + lat + ",\"longitude\":" + lon + ",\"restricted\":" + now(restricted) + "}");
        long id = Json.read(created.body()).get("id").asLong();
        remember(created, id);
        List<String> markers = List.of(street, postcode, fiveDecimals(lat), fiveDecimals(lon));
        return new Marked("location", id, restricted, markers, street);
    }

    private Marked person(boolean restricted, boolean withOpenRelative) {
        String forename = word("Fn");
        String surname = word("Sn");
        var created = post(
                "/api/v1/persons",
                "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\""
                        + (1950 + random.nextInt(50)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "\",\"restricted\":" + now(restricted) + "}");
        long id = Json.read(created.body()).get("id").asLong();
        remember(created, id);
        if (!withOpenRelative) {
            return new Marked("person", id, restricted, List.of(forename, surname), surname);
        }
        // a relative with the same surname is on open record: the surname alone betrays nothing
        String relative = word("Fn");
        var open = post(
                "/api/v1/persons",
                "{\"forename\":\"" + relative + "\",\"surname\":\"" + surname + "\",\"restricted\":false}");
        persons.add(new Marked(
                "person", Json.read(open.body()).get("id").asLong(), false, List.of(relative, surname), surname));
        return new Marked("person", id, restricted, List.of(forename), surname);
    }

    private Marked vehicle(boolean restricted) {
        String vrm = "Z" + letter() + (10 + random.nextInt(90)) + letter() + letter() + letter();
        var created = post("/api/v1/vehicles", "{\"vrm\":\"" + vrm + "\",\"restricted\":" + now(restricted) + "}");
        long id = Json.read(created.body()).get("id").asLong();
        remember(created, id);
        String spaced = vrm.substring(0, 4) + " " + vrm.substring(4);
        return new Marked("vehicle", id, restricted, List.of(vrm, spaced), vrm);
    }

    private long callAt(Marked place, Marked caller) {
        String who = caller == null
                ? "{\"anonymous\":true}"
                : "{\"anonymous\":false,\"name\":\"A caller\",\"phone\":\"07700900123\",\"personId\":" + caller.id()
                        + "}";
        var call = post(
                "/api/v1/calls",
                "{\"channel\":\"EMERGENCY_999\",\"caller\":" + who + ",\"location\":{\"locationId\":" + place.id()
                        + "},\"whatHappened\":\"Shouting heard\",\"callType\":\"DOMESTIC\",\"thrive\":"
                        + thrive("HIGH", "HIGH", "MEDIUM", "HIGH") + "}");
        return Json.read(call.body()).get("incidentId").asLong();
    }

    /** A new call at a place, by the maker: for the live streams. */
    long raiseAt(Marked place) {
        return callAt(place, null);
    }

    private void close(long incident, String classification) {
        var closed = api.post(
                "/api/v1/incidents/" + incident + "/closure",
                makerToken,
                "{\"classification\":\"" + classification + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
    }

    private long crimeAt(Marked place, Marked victim, Marked suspect) {
        Instant occurred = clock.instant().minus(Duration.ofHours(1 + random.nextInt(20)));
        var crime = post(
                "/api/v1/crimes",
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + place.id() + ",\"victims\":[{\"personId\":" + victim.id()
                        + ",\"vulnerableOrIntimidated\":" + random.nextBoolean() + "}]"
                        + (suspect == null || suspect == victim ? "" : ",\"suspects\":[" + suspect.id() + "]")
                        + ",\"narrative\":\"Assault\",\"officerInCharge\":\"" + maker.username() + "\"}");
        return Json.read(crime.body()).get("id").asLong();
    }

    private Api.Response grant(String token, Marked m, long userId, Instant until) {
        var granted = api.post(
                "/api/v1/need-to-know",
                token,
                "{\"recordType\":\"" + m.type() + "\",\"recordId\":" + m.id() + ",\"userId\":" + userId
                        + ",\"expiresAt\":\"" + until + "\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(204);
        return granted;
    }

    private Api.Response post(String path, String json) {
        lastBody = json;
        var r = api.post(path, makerToken, json);
        assertThat(r.status()).as(path + " " + json + " -> " + r.body()).isBetween(200, 204);
        return r;
    }

    /** A word no other world holds: a prefix and eight random letters (no vowels, so no real word). */
    private String word(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            b.append(Character.toLowerCase(letter()));
        }
        return b.toString();
    }

    private char letter() {
        String consonants = "BCDFGHJKLMNPQRSTVWXZ";
        return consonants.charAt(random.nextInt(consonants.length()));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private double sixDecimals(double value) {
        long micro = Math.round(value * 1_000_000);
        micro = micro - micro % 10 + (1 + random.nextInt(9)) * Long.signum(micro);
        return micro / 1_000_000.0;
    }

    private static String fiveDecimals(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(5, RoundingMode.DOWN)
                .toPlainString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
