package org.constable.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * DPA 2018 s.62: every consultation of personal data is logged with its justification. This test
 * reads the application's own OpenAPI document and walks EVERY GET endpoint in it, as a role the
 * access matrix allows, with path ids filled from records made here. For each endpoint either
 * <ul>
 *   <li>it is on the allow-list below (it holds no personal data, and none of the canary names made
 *       here appears in its answer), or</li>
 *   <li>without a purpose it answers 400 naming {@code purpose}, and with a purpose (query parameter
 *       or {@code X-Purpose} header) it answers and leaves a consultation with exactly that purpose
 *       in the audit trail.</li>
 * </ul>
 * A new GET endpoint fails here until it is either audited with a purpose or put on the allow-list
 * with the reason it holds no personal data.
 */
@ConstableHttpTest
class EveryReadOfPersonalDataNamesItsPurposeTest {

    /**
     * GET endpoints that hold no personal data, with why. Everything not listed here must ask for a
     * purpose and audit the read.
     */
    static final Map<String, String> NO_PERSONAL_DATA = Map.ofEntries(
            entry("/api/v1/me", "the caller's own account: not a consultation of anyone else's data"),
            entry(
                    "/api/v1/users",
                    "staff accounts for administrators (usernames, roles, teams): not data about the public; "
                            + "changes to them are audited as privileged actions"),
            entry(
                    "/api/v1/role-changes",
                    "role changes awaiting a second administrator (usernames, roles, who asked): staff accounts, "
                            + "each request and decision audited as a privileged action"),
            entry(
                    "/api/v1/need-to-know",
                    "need-to-know grants (record reference, grantee, granter, expiry): who may open a record, "
                            + "not what it holds; each grant and revocation audited as a privileged action"),
            entry("/api/v1/map/force", "the force area, beats and stations as GeoJSON"),
            entry(
                    "/api/v1/board/stream",
                    "event stream of ids, grades and unit statuses only; the board itself is read with a purpose"),
            entry(
                    "/api/v1/incidents/{id}/recommendations",
                    "units with skills and estimated arrival times; no place or person"),
            entry("/api/v1/units", "the force's units, their status and position: resources, not people"),
            entry("/api/v1/calls/reconciliation", "counts of calls and incidents, and call references"),
            entry("/api/v1/reports/response", "answer and attendance times as figures"),
            entry("/api/v1/crime-classifications", "the Home Office classification list"),
            entry("/api/v1/crime-outcome-types", "the Home Office outcome types"),
            entry(
                    "/api/v1/crimes",
                    "recent crimes by reference, classification, status and officer in charge: no victim, "
                            + "place or narrative (a crime is opened with a purpose)"),
            entry("/api/v1/crime-monitor/rate", "the NCRS recording rate as counts"),
            entry("/api/v1/dashboards/overview", "counts and rates by period, classification and beat"),
            entry("/api/v1/dashboards/areas", "counts by ward and LSOA"),
            entry("/api/v1/dashboards/lsoas.csv", "counts by LSOA"),
            entry("/api/v1/dashboards/wards", "ward boundaries"),
            entry("/api/v1/analytics/forecasts", "published forecasts: cells and scores"),
            entry("/api/v1/analytics/forecasts/{id}", "a published forecast: cells and scores"),
            entry("/api/v1/analytics/forecasts/{id}/dosage", "patrol minutes per cell"),
            entry("/api/v1/analytics/forecasts/{id}/effect", "crime counts in and out of patrolled cells"),
            entry(
                    "/api/v1/open-data/exports",
                    "the register of open-data disclosures (month, recipient, counts, hash): no rows of the files"),
            entry("/api/v1/open-data/snap-points", "anonymous street-level points with address counts"),
            entry("/api/v1/custody/suites", "the force's custody suites by name: places, not people"),
            entry("/api/v1/property-stores", "the force's property stores by name and address: places, not people"),
            entry("/api/v1/offences", "the list of offences with their statutory wording: law, not people"),
            entry(
                    "/api/v1/safeguarding/agencies",
                    "the partner agencies a referral may go to, with their due times: configuration, not people"),
            entry("/api/v1/safeguarding/risk-checklist", "the risk-identification checklist's questions: no answers"),
            entry(
                    "/api/v1/digital-evidence/{id}/upload",
                    "how many bytes of an upload have arrived, and its hash once complete: no content"));

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Autowired
    org.constable.custody.persistence.SuiteStore suites;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** The records the walk reads, and the canary names that must appear in no allow-listed answer. */
    record World(Map<String, Long> ids, List<String> canaries, Area area, String surname) {}

    @Test
    void everyGetEndpointEitherHoldsNoPersonalDataOrRequiresAPurposeAndAuditsTheRead() {
        Api api = new Api(port);
        // an export needs a month that has ended: move on first, so no session is cut short later
        YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        clock.advance(Duration.ofDays(32));
        Map<Role, TestUsers.TestUser> people = new LinkedHashMap<>();
        Map<Role, String> tokens = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            TestUsers.TestUser user = users.create(role);
            people.put(role, user);
            tokens.put(role, api.token(users, user));
        }
        World world = world(api, tokens, people, lastMonth);

        List<OpenApiGets.Endpoint> endpoints = OpenApiGets.read(api);
        assertThat(endpoints).as("GET endpoints in the OpenAPI document").hasSizeGreaterThan(20);
        Set<String> documented = new TreeSet<>();
        endpoints.forEach(e -> documented.add(e.path()));
        assertThat(documented).as("every allow-listed endpoint still exists").containsAll(NO_PERSONAL_DATA.keySet());

        List<String> wrong = new ArrayList<>();
        List<String> misdocumented = new ArrayList<>();
        OpenApiDocument document =
                new OpenApiDocument(api.get("/api/v1/openapi", null).body());
        int audited = 0;
        for (OpenApiGets.Endpoint e : endpoints) {
            Permission permission = permissionOf(e.path());
            Role role = roleFor(permission);
            if (role == null) {
                wrong.add(e.path() + ": no role holds " + permission);
                continue;
            }
            String token = tokens.get(role);
            String path = fill(e.path(), world);
            if (path == null) {
                wrong.add(e.path() + ": new endpoint, give the walk an id for it");
                continue;
            }
            String query = query(e, world);
            if (query == null) {
                wrong.add(e.path() + ": new required parameter, give the walk a value for it");
                continue;
            }
            if (NO_PERSONAL_DATA.containsKey(e.path())) {
                if (e.stream()) {
                    int status = api.openStreamStatus(path, token);
                    if (status != 200) {
                        wrong.add(e.path() + " (stream) as " + role + " -> " + status);
                    }
                    continue;
                }
                var r = api.get(path + query, token);
                if (r.status() >= 500) {
                    wrong.add(e.path() + " as " + role + " -> " + r.status());
                }
                misdocumented.addAll(document.mismatches(e.path(), "get", r.status(), r.body()));
                for (String canary : world.canaries()) {
                    if (r.body().contains(canary)) {
                        wrong.add(e.path() + " is allow-listed but shows " + canary);
                    }
                }
                continue;
            }
            // (a) without a purpose: refused, naming the missing field
            var without = api.get(path + query, token);
            if (without.status() != 400 || !without.body().contains("\"purpose\"")) {
                wrong.add(e.path() + " as " + role + " without a purpose -> " + without.status() + " "
                        + abbreviate(without.body()));
            }
            // (b) with a purpose, as a parameter and as a header: answered, and the read is in the trail
            String purpose = "Walk " + UUID.randomUUID();
            String sep = query.isEmpty() ? "?" : "&";
            var with = api.get(path + query + sep + "purpose=" + enc(purpose), token);
            misdocumented.addAll(document.mismatches(e.path(), "get", with.status(), with.body()));
            if (with.status() != 200) {
                wrong.add(e.path() + " as " + role + " with a purpose -> " + with.status() + " "
                        + abbreviate(with.body()));
            } else if (db.count("SELECT count(*) FROM audit.audit_entry WHERE purpose = ?", purpose) == 0) {
                wrong.add(e.path() + " as " + role + " answered with a purpose but left no audit entry with it: "
                        + abbreviate(with.body()));
            } else {
                audited++;
            }
            String headerPurpose = "Walk header " + UUID.randomUUID();
            var viaHeader = api.send("GET", path + query, token, null, "X-Purpose", headerPurpose);
            if (viaHeader.status() != 200
                    || db.count("SELECT count(*) FROM audit.audit_entry WHERE purpose = ?", headerPurpose) == 0) {
                wrong.add(e.path() + " as " + role + " with X-Purpose -> " + viaHeader.status());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(misdocumented)
                .as("the OpenAPI document describes what each endpoint answered (issue 19)")
                .isEmpty();
        assertThat(audited).as("endpoints that needed and recorded a purpose").isGreaterThanOrEqualTo(15);
    }

    /** People, places, a vehicle, calls, incidents, crimes, victim care and an open-data export to read. */
    private World world(Api api, Map<Role, String> tokens, Map<Role, TestUsers.TestUser> people, YearMonth month) {
        RestrictedWorld w = new RestrictedWorld(api);
        String supervisor = tokens.get(Role.SUPERVISOR);
        String handler = tokens.get(Role.CALL_HANDLER);
        String dispatcher = tokens.get(Role.DISPATCHER);
        Area area = CommandAndControl.freshArea();
        String surname = canary("Walker");
        String street = canary("Walkway");
        long person = w.person(supervisor, surname, false);
        w.person(supervisor, surname, false); // a likely duplicate, for the duplicate report
        long location = w.location(supervisor, street, area, false);
        for (int i = 0; i < 8; i++) {
            w.location(supervisor, "Walk Row", area.offset(200, 20 * i), false);
        }
        var vehicle = api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"WK12LKR\",\"restricted\":false}");
        assertThat(vehicle.status()).as(vehicle.body()).isEqualTo(201);
        long vehicleId = Json.read(vehicle.body()).get("id").asLong();

        long incident = w.callAt(handler, location);
        long closed = w.callAt(handler, location);
        w.close(dispatcher, closed, "CRIME_VIOLENCE"); // waits on the NCRS monitor
        Instant occurred = clock.instant().minus(Duration.ofHours(2));
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + location + ",\"victims\":[{\"personId\":" + person
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Struck\",\"officerInCharge\":\""
                        + people.get(Role.SUPERVISOR).username() + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        long crimeId = Json.read(crime.body()).get("id").asLong();
        var change = api.post(
                "/api/v1/crimes/" + crimeId + "/change-requests",
                supervisor,
                "{\"kind\":\"RECLASSIFY\",\"newClassificationCode\":\"8N\",\"reason\":\"Injury was minor\"}");
        assertThat(change.status()).as(change.body()).isBetween(200, 201);
        await("victim care opened")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        db.count("SELECT count(*) FROM investigation.victim_care WHERE crime_id = ?", crimeId) > 0);

        String analyst = tokens.get(Role.INTELLIGENCE_ANALYST);
        var derived = api.post("/api/v1/open-data/snap-points/derivation", analyst, "");
        assertThat(derived.status()).as(derived.body()).isEqualTo(200);
        var export = api.post(
                "/api/v1/open-data/exports",
                analyst,
                "{\"month\":\"" + month + "\",\"recipient\":\"data.police.uk\",\"justification\":\"Monthly\"}");
        assertThat(export.status()).as(export.body()).isEqualTo(201);

        long suite =
                suites.open("Walk suite " + System.nanoTime(), List.of("C1")).id();
        var booked = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                tokens.get(Role.CUSTODY_OFFICER),
                "{\"personId\":" + person + ",\"arrestingOfficer\":\"PC 1\",\"arrestGrounds\":\"Assault\","
                        + "\"offences\":[{\"description\":\"Assault\",\"indictable\":true}],\"arrestedAt\":\""
                        + clock.instant().minus(Duration.ofMinutes(20)) + "\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);

        var investigation = api.post(
                "/api/v1/investigations",
                supervisor,
                "{\"title\":\"Assault\",\"crimeIds\":[" + crimeId + "],\"officerInCharge\":\""
                        + people.get(Role.INVESTIGATOR).username() + "\",\"supervisor\":\""
                        + people.get(Role.SUPERVISOR).username() + "\"}");
        assertThat(investigation.status()).as(investigation.body()).isEqualTo(201);

        var caseFile = api.post(
                "/api/v1/investigations/"
                        + Json.read(investigation.body()).get("id").asLong() + "/case-files",
                supervisor,
                "{}");
        assertThat(caseFile.status()).as(caseFile.body()).isEqualTo(201);

        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(
                "/api/v1/investigations/{id}",
                Json.read(investigation.body()).get("id").asLong());
        ids.put("/api/v1/case-files/{id}", Json.read(caseFile.body()).get("id").asLong());
        var warrant = api.post(
                "/api/v1/investigations/"
                        + Json.read(investigation.body()).get("id").asLong() + "/warrants",
                supervisor,
                "{\"kind\":\"PACE_S8\",\"grounds\":\"Stolen laptops believed to be at the address\","
                        + "\"premises\":\"Flat 4, 9 Canal Street\",\"locationId\":" + location
                        + ",\"court\":\"Northtown Magistrates' Court\"}");
        assertThat(warrant.status()).as(warrant.body()).isEqualTo(201);
        ids.put(
                "/api/v1/investigations/{id}/warrants",
                Json.read(investigation.body()).get("id").asLong());
        ids.put(
                "/api/v1/investigations/{id}/assignments",
                Json.read(investigation.body()).get("id").asLong());
        ids.put("/api/v1/warrants/{id}", Json.read(warrant.body()).get("id").asLong());
        var exhibit = api.post(
                "/api/v1/exhibits",
                supervisor,
                "{\"crimeId\":" + crimeId + ",\"reference\":\"WK/1\",\"description\":\"Jacket\",\"seizedWhere\":"
                        + "\"Street\",\"seal\":\"S1\",\"personId\":" + person + "}");
        assertThat(exhibit.status()).as(exhibit.body()).isEqualTo(201);
        long exhibitId = Json.read(exhibit.body()).get("id").asLong();
        var store = api.post(
                "/api/v1/property-stores", supervisor, "{\"name\":\"Walk store\",\"address\":\"Walk station\"}");
        assertThat(store.status()).as(store.body()).isEqualTo(201);
        var item = api.post(
                "/api/v1/exhibits/" + exhibitId + "/digital-evidence",
                supervisor,
                "{\"fileName\":\"a.txt\",\"mediaType\":\"text/plain\",\"size\":5}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        long itemId = Json.read(item.body()).get("id").asLong();
        var sent = api.send(
                "PATCH", "/api/v1/digital-evidence/" + itemId + "/upload", supervisor, "hello", "Upload-Offset", "0");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        var assessed = api.post(
                "/api/v1/safeguarding/risk-assessments",
                supervisor,
                "{\"sourceType\":\"CRIME\",\"sourceId\":" + crimeId + ",\"subject\":\"" + surname
                        + "\",\"answers\":[" + String.join(",", java.util.Collections.nCopies(27, "\"YES\""))
                        + "],\"judgement\":\"HIGH\"}");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        long assessment = Json.read(assessed.body()).get("id").asLong();
        var maracReferral =
                api.post("/api/v1/safeguarding/risk-assessments/" + assessment + "/marac-referral", supervisor, "{}");
        assertThat(maracReferral.status()).as(maracReferral.body()).isEqualTo(201);
        ids.put("/api/v1/safeguarding/risk-assessments/{id}", assessment);
        ids.put(
                "/api/v1/safeguarding/referrals/{id}",
                Json.read(maracReferral.body()).get("id").asLong());
        ids.put("/api/v1/exhibits/{id}", exhibitId);
        ids.put(
                "/api/v1/property-stores/{id}",
                Json.read(store.body()).get("id").asLong());
        ids.put("/api/v1/digital-evidence/{id}/upload", itemId);
        ids.put("/api/v1/digital-evidence/{id}/content", itemId);
        long recording = interviewRecording(api, supervisor, exhibitId);
        ids.put("/api/v1/recordings/{id}", recording);
        ids.put("/api/v1/recordings/{id}/working-copy", recording);
        ids.put("/api/v1/recordings/{id}/waveform", recording);
        ids.put("/api/v1/custody/suites/{suiteId}/board", suite);
        ids.put("/api/v1/custody/suites/{suiteId}/handover", suite);
        ids.put(
                "/api/v1/custody/detentions/{id}",
                Json.read(booked.body()).get("id").asLong());
        ids.put(
                "/api/v1/custody/detentions/{id}/care",
                Json.read(booked.body()).get("id").asLong());
        ids.put(
                "/api/v1/custody/detentions/{id}/links",
                Json.read(booked.body()).get("id").asLong());
        var intelligence = api.post(
                "/api/v1/intelligence/reports",
                supervisor,
                "{\"text\":\"Seen with " + surname + "\",\"sourceType\":\"OFFICER_OBSERVATION\",\"locationId\":"
                        + location + ",\"personIds\":[" + person + "]}");
        assertThat(intelligence.status()).as(intelligence.body()).isEqualTo(201);
        long report = Json.read(intelligence.body()).get("id").asLong();
        var graded = api.post(
                "/api/v1/intelligence/reports/" + report + "/evaluations",
                analyst,
                "{\"sourceEvaluation\":1,\"assessment\":\"A\",\"handlingCode\":\"P\",\"riskAssessment\":\"Low\","
                        + "\"sanitisedText\":\"Seen with an associate\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        // a covert source the supervisor controls (the walk reads SOURCE_WORK endpoints as the supervisor)
        var source = api.post(
                "/api/v1/sources",
                tokens.get(Role.SOURCE_REGISTRAR),
                "{\"pseudonym\":\"Walker\",\"handler\":\""
                        + users.create(Role.INVESTIGATOR).username()
                        + "\",\"controller\":\"" + people.get(Role.SUPERVISOR).username()
                        + "\",\"fullName\":\"" + surname + " Source\",\"dateOfBirth\":\"1970-01-01\","
                        + "\"address\":\"1 Walk Row\",\"contactDetails\":\"07700 900000\"}");
        assertThat(source.status()).as(source.body()).isEqualTo(201);
        ids.put("/api/v1/sources/{id}", Json.read(source.body()).get("id").asLong());
        ids.put(
                "/api/v1/sources/{id}/identity",
                Json.read(source.body()).get("id").asLong());
        ids.put("/api/v1/intelligence/reports/{id}", report);
        ids.put("/api/v1/intelligence/reports/{id}/original", report);
        ids.put("/api/v1/intelligence/persons/{id}", person);
        ids.put("/api/v1/intelligence/locations/{id}", location);
        ids.put("/api/v1/persons/{id}", person);
        ids.put("/api/v1/locations/{id}", location);
        ids.put("/api/v1/vehicles/{id}", vehicleId);
        ids.put("/api/v1/incidents/{id}", incident);
        ids.put("/api/v1/incidents/{id}/recommendations", incident);
        ids.put("/api/v1/crimes/{id}", crimeId);
        ids.put("/api/v1/victim-care/crimes/{crimeId}", crimeId);
        ids.put(
                "/api/v1/open-data/exports/{id}/file",
                Json.read(export.body()).get("id").asLong());
        // no forecast is published here: these answer 404, which holds no personal data either
        ids.put("/api/v1/analytics/forecasts/{id}", 1L);
        ids.put("/api/v1/analytics/forecasts/{id}/dosage", 1L);
        ids.put("/api/v1/analytics/forecasts/{id}/effect", 1L);
        // a covert operation every role's user here is a member of, with a granted authorisation
        var covert = new org.constable.testsupport.CovertScene(api, users, "Pur");
        people.values().forEach(u -> covert.addMember(u.id()));
        ids.put("/api/v1/covert/operations/{id}", covert.operation);
        ids.put("/api/v1/covert/authorisations/{id}", covert.authorise("Pur", true));
        ids.put("location", location);
        // a street name is public (snap points are named after streets): the canary is the person's name
        return new World(ids, List.of(surname), area, surname);
    }

    /** Query strings that make an endpoint show something (optional parameters), by path. */
    private static Map<String, String> showing(World world) {
        Area a = world.area();
        return Map.of(
                "/api/v1/calls/context",
                "?latitude=" + a.latitude() + "&longitude=" + a.longitude() + "&locationId="
                        + world.ids().get("location"),
                "/api/v1/search",
                "?q=" + world.surname(),
                "/api/v1/search/suggestions",
                "?q=" + world.surname().substring(0, 8),
                "/api/v1/duplicate-persons",
                "?surname=" + world.surname());
    }

    private String query(OpenApiGets.Endpoint e, World world) {
        String extra = showing(world).get(e.path());
        return OpenApiGets.requiredQuery(
                e, extra == null ? "" : extra, clock, 7, Map.of("q", "Walk Row", "surname", world.surname()));
    }

    private static String fill(String template, World world) {
        Long id = world.ids().get(template);
        List<String> paths = OpenApiGets.withIds(template, id == null ? null : List.of(id));
        return paths == null ? null : paths.get(0);
    }

    /** The permission the handler of {@code GET path} is guarded by. */
    private Permission permissionOf(String path) {
        return OpenApiGets.permissionOf(mappings, path);
    }

    /** A role allowed the permission, the supervisor first (they are the officer in charge of the crime). */
    private static Role roleFor(Permission permission) {
        List<Role> order = new ArrayList<>(List.of(Role.SUPERVISOR));
        for (Role r : Role.values()) {
            if (r != Role.SUPERVISOR) {
                order.add(r);
            }
        }
        return order.stream()
                .filter(r -> RolePermissions.grants(Set.of(r), permission))
                .findFirst()
                .orElse(null);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** A two-second interview recording on the exhibit, made by ffmpeg, with its working copy derived. */
    private long interviewRecording(Api api, String token, long exhibitId) {
        try {
            // a pitch of its own: equal bytes are stored once, and another test tampers with its tone's copy
            byte[] tone = org.constable.evidence.TestMedia.audio(
                    2, 400 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
            var item = api.post(
                    "/api/v1/exhibits/" + exhibitId + "/digital-evidence",
                    token,
                    "{\"fileName\":\"walk.wav\",\"mediaType\":\"audio/wav\",\"size\":" + tone.length + "}");
            assertThat(item.status()).as(item.body()).isEqualTo(201);
            long id = Json.read(item.body()).get("id").asLong();
            var sent = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                            "http://localhost:" + port + "/api/v1/digital-evidence/" + id + "/upload"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Upload-Offset", "0")
                                    .header("Content-Type", "application/offset+octet-stream")
                                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(tone))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            var marked = api.post("/api/v1/digital-evidence/" + id + "/recording", token, "{}");
            assertThat(marked.status()).as(marked.body()).isEqualTo(201);
            var derived = api.getJsonUntil(
                    "/api/v1/recordings/" + id + "?purpose=Walk%20setup",
                    token,
                    java.time.Duration.ofSeconds(120),
                    j -> !j.get("state").asString().equals("WAITING")
                            && !j.get("state").asString().equals("DERIVING"));
            assertThat(derived.get("state").asString()).as(derived.toString()).isEqualTo("READY");
            return id;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
