package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.security.RandomRestrictedWorld.Marked;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.constable.testsupport.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The standing adversarial property: in random worlds of restricted and open records (see
 * {@link RandomRestrictedWorld}), a caller without need-to-know, in any of several roles and holding
 * only expired or revoked grants, learns nothing of a restricted record from any GET endpoint in the
 * OpenAPI document (ids of restricted and derived records in every path variable, the markers as
 * search words), from the live streams, from error bodies (a restricted id answers exactly as a
 * missing one), from the pages behind the API, or from counts (a search for a restricted record's marker finds nothing, as a search
 * for a word no record holds). The positive control: the holder of a live grant, to the user or to
 * their team, does see the record, so the check can fail.
 *
 * <p>Each run draws a new seed and prints it; repeat a run with {@code
 * -Dconstable.adversarial.seed=<seed>}; try more worlds with {@code -Dconstable.adversarial.worlds=N}
 * (3 by default).
 */
@ConstableHttpTest
class NoEndpointRevealsARestrictedRecordWithoutNeedToKnowTest {

    static final String SEED_PROPERTY = "constable.adversarial.seed";
    static final String WORLDS_PROPERTY = "constable.adversarial.worlds";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Autowired
    CommandAndControl control;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noCallerWithoutNeedToKnowLearnsAnythingOfARestrictedRecordInRandomWorlds() throws Exception {
        long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
        int worlds = Integer.getInteger(WORLDS_PROPERTY, 3);
        String repeat = "seed " + seed + " (repeat with -D" + SEED_PROPERTY + "=" + seed + ")";
        System.out.println("Adversarial worlds: " + worlds + ", " + repeat);
        Api api = new Api(port);
        OpenApiWalk walk = new OpenApiWalk(api, mappings, clock);
        PageWalk pages = new PageWalk(walk);
        Random seeds = new Random(seed);
        List<Marked> hidden = new ArrayList<>();
        List<Marked> everyone = new ArrayList<>();
        for (int w = 0; w < worlds; w++) {
            long worldSeed = seeds.nextLong();
            Random draw = new Random(worldSeed);
            List<Role> roles = viewerRoles(draw);
            RandomRestrictedWorld world = new RandomRestrictedWorld(worldSeed, api, users, db, clock, control, roles);
            hidden.addAll(world.restricted());
            everyone.addAll(world.all());
            Leaks leaks = new Leaks(hidden);
            String label = "world " + (w + 1) + " of " + worlds + ", " + repeat + ", callers " + roles;

            streams(api, world, leaks);
            long export = world.publishOpenData();
            for (int i = 0; i < world.viewers.size(); i++) {
                TestUser viewer = world.viewers.get(i);
                Role role = world.viewerRoles.get(i);
                String token = api.token(users, viewer);
                walk.everyGet(token, Set.of(role), world, export, leaks);
                FormBrowser browser = new FormBrowser(port);
                browser.signIn(users, viewer);
                pages.everyPage(browser, Set.of(role), world, leaks);
                errorsLookAlike(api, token, Set.of(role), world, leaks);
                countsShowNothing(api, token, Set.of(role), world, everyone, leaks);
            }
            grantHoldersSeeTheirRecords(api, world, leaks);
            System.out.println(
                    "Adversarial " + label + ": " + world.restricted().size() + " restricted of "
                            + world.all().size() + " records, " + leaks.checked() + " answers checked");
            assertThat(leaks.found()).as(label).isEmpty();
        }
    }

    /** Three distinct roles, the first always one that reads persons, places and vehicles. */
    private static List<Role> viewerRoles(Random draw) {
        List<Role> roles = new ArrayList<>();
        roles.add(RandomRestrictedWorld.POLE_READERS.get(draw.nextInt(RandomRestrictedWorld.POLE_READERS.size())));
        while (roles.size() < 3) {
            Role r = Role.values()[draw.nextInt(Role.values().length)];
            if (!roles.contains(r)) {
                roles.add(r);
            }
        }
        return roles;
    }

    /**
     * The board's stream (a dispatcher) and an officer's phone stream (a response officer), neither
     * with need-to-know: the events after a call at each restricted place carry none of its markers.
     */
    private void streams(Api api, RandomRestrictedWorld world, Leaks leaks) throws InterruptedException {
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        FormBrowser phone = new FormBrowser(port);
        phone.signIn(users, users.create(Role.RESPONSE_OFFICER));
        try (Api.EventStream board = api.openStream("/api/v1/board/stream", dispatcher);
                Api.EventStream officer = phone.openStream("/officer/stream")) {
            assertThat(board.status()).isEqualTo(200);
            assertThat(officer.status()).isEqualTo(200);
            for (Marked place : world.locations) {
                if (place.restricted()) {
                    world.raiseAt(place);
                }
            }
            List<String> boardLines = board.linesWithin(Duration.ofMillis(1500));
            assertThat(String.join("\n", boardLines))
                    .as("the board's stream told of the new incidents")
                    .contains("raised");
            leaks.checkText("GET /api/v1/board/stream", String.join("\n", boardLines), null);
            leaks.checkText(
                    "GET /officer/stream", String.join("\n", officer.linesWithin(Duration.ofMillis(200))), null);
        }
    }

    /** A restricted person, place or vehicle answers exactly as one that does not exist. */
    private void errorsLookAlike(Api api, String token, Set<Role> roles, RandomRestrictedWorld world, Leaks leaks) {
        Map<String, Permission> reads = new LinkedHashMap<>();
        reads.put("person", Permission.PERSON_READ);
        reads.put("location", Permission.LOCATION_READ);
        reads.put("vehicle", Permission.VEHICLE_READ);
        for (Marked m : world.restricted()) {
            if (!RolePermissions.grants(roles, reads.get(m.type()))) {
                continue;
            }
            long missing = m.id() + 5_000_000;
            for (String query : new String[] {"", "?purpose=" + enc("Checking a record")}) {
                String path = "/api/v1/" + m.type() + "s/";
                var restricted = api.get(path + m.id() + query, token);
                var absent = api.get(path + missing + query, token);
                if (!Leaks.comparable(restricted, m.id()).equals(Leaks.comparable(absent, missing))) {
                    leaks.add("GET " + path + "{id}" + query + " tells restricted from missing: " + restricted.status()
                            + " " + restricted.body() + " vs " + absent.status() + " " + absent.body());
                }
            }
        }
    }

    /**
     * Counts: a search for a restricted record's marker lists, and so counts, only what the world's
     * maker (who holds need-to-know on all of it) is shown for the same words, less every restricted
     * record; no address, vehicle, incident or crime at all (the markers are unique); an open
     * relative sharing a restricted person's surname is found; the notes are those of a search for a
     * word no record holds. Person search matches by sound too, so an open person may turn up by
     * chance: then the maker is shown it as well.
     */
    private void countsShowNothing(
            Api api, String token, Set<Role> roles, RandomRestrictedWorld world, List<Marked> everyone, Leaks leaks) {
        if (!RolePermissions.grants(roles, Permission.PERSON_READ)) {
            return;
        }
        String maker = api.token(users, world.maker);
        String purpose = "&purpose=" + enc("Checking the counts");
        String nothing = "Qxzvbnmkp" + Long.toString(Math.abs(world.seed) % 100000, 36);
        JsonNode empty = Json.read(
                api.get("/api/v1/search?q=" + enc(nothing) + purpose, token).body());
        String emptyNotes = empty.path("notes").toString().replace(nothing, "?");
        for (Marked m : everyone) {
            if (!m.restricted()) {
                continue;
            }
            List<String> words = new ArrayList<>(
                    m.markers().subList(0, Math.min(2, m.markers().size())));
            if (!words.contains(m.searchable())) {
                words.add(m.searchable());
            }
            for (String word : words) {
                JsonNode found = Json.read(api.get("/api/v1/search?q=" + enc(word) + purpose, token)
                        .body());
                JsonNode seenByMaker = Json.read(api.get("/api/v1/search?q=" + enc(word) + purpose, maker)
                        .body());
                Set<Long> persons = ids(found.path("persons"));
                Set<Long> allowed = ids(seenByMaker.path("persons"));
                allowed.removeIf(id ->
                        everyone.stream().anyMatch(p -> p.type().equals("person") && p.restricted() && p.id() == id));
                Set<Long> relatives = new HashSet<>(RandomRestrictedWorld.openPersonsNamed(everyone, word));
                int others = found.path("addresses").size()
                        + found.path("vehicles").size()
                        + found.path("incidents").size()
                        + found.path("crimes").size();
                boolean sameNotes =
                        found.path("notes").toString().replace(word, "?").equals(emptyNotes);
                if (!allowed.containsAll(persons) || !persons.containsAll(relatives) || others != 0 || !sameNotes) {
                    leaks.add("GET /api/v1/search?q=" + word + " (restricted " + m.type() + " " + m.id()
                            + ") counts something: persons " + persons + " (the maker less restricted: " + allowed
                            + ", open relatives " + relatives + "), others " + others + ", notes "
                            + found.path("notes") + " vs " + emptyNotes);
                }
                Set<String> suggested =
                        texts(Json.read(api.get("/api/v1/search/suggestions?q=" + enc(word) + purpose, token)
                                        .body())
                                .path("suggestions"));
                Set<String> makerSuggested =
                        texts(Json.read(api.get("/api/v1/search/suggestions?q=" + enc(word) + purpose, maker)
                                        .body())
                                .path("suggestions"));
                if (!makerSuggested.containsAll(suggested)) {
                    leaks.add("GET /api/v1/search/suggestions?q=" + word + " (restricted " + m.type() + " " + m.id()
                            + ") suggests " + suggested + ", the maker only " + makerSuggested);
                }
            }
        }
    }

    private static Set<Long> ids(JsonNode list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    private static Set<String> texts(JsonNode list) {
        Set<String> texts = new HashSet<>();
        list.forEach(n -> texts.add(n.get("text").asString()));
        return texts;
    }

    /** The positive control: a live grant, to the user or to their team, shows the record. */
    private void grantHoldersSeeTheirRecords(Api api, RandomRestrictedWorld world, Leaks leaks) {
        String grantee = api.token(users, world.grantee);
        String member = api.token(users, world.teamMember);
        Map<String, List<Marked>> granted = Map.of(grantee, world.grantedToUser, member, world.grantedToTeam);
        for (var e : granted.entrySet()) {
            for (Marked m : e.getValue()) {
                var r = api.get("/api/v1/" + m.type() + "s/" + m.id() + "?purpose=" + enc("Need to know"), e.getKey());
                if (r.status() != 200 || !r.body().contains(m.markers().get(0))) {
                    leaks.add("the holder of a live grant on " + m.type() + " " + m.id() + " does not see it: "
                            + r.status() + " " + Leaks.abbreviate(r.body()));
                }
                var s = api.get(
                        "/api/v1/search?q=" + enc(m.searchable()) + "&purpose=" + enc("Need to know"), e.getKey());
                if (!s.body().contains("\"id\":" + m.id())) {
                    leaks.add("the holder of a live grant on " + m.type() + " " + m.id() + " does not find it: "
                            + Leaks.abbreviate(s.body()));
                }
            }
        }
    }
}
