package org.constable.security;

import static org.constable.security.RestrictedWorld.enc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.security.RandomRestrictedWorld.Marked;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.MutableClock;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every GET endpoint of the application's own OpenAPI document as one caller: ids of the
 * world's records (restricted ones and those derived from them) in every path variable, the
 * restricted records' markers as search words, addresses and surnames, points beside restricted
 * places, and a purpose on every request. Each answer goes to {@link Leaks}. A new endpoint with a
 * path variable or a required parameter the walk cannot fill is reported, so it is never skipped.
 */
final class OpenApiWalk {

    /** A query string, and what in it the answer may repeat back (the caller's own words). */
    record Query(String text, String echoed) {}

    private final Api api;
    private final RequestMappingHandlerMapping mappings;
    private final MutableClock clock;
    private List<OpenApiGets.Endpoint> endpoints;
    private final Map<String, List<Long>> moreIds = new java.util.HashMap<>();
    private final List<String> moreWords = new ArrayList<>();

    OpenApiWalk(Api api, RequestMappingHandlerMapping mappings, MutableClock clock) {
        this.api = api;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** Also walks {@code template} with these ids (records of a test's own, e.g. a covert operation's). */
    OpenApiWalk alsoWith(String template, List<Long> ids) {
        moreIds.computeIfAbsent(template, t -> new ArrayList<>()).addAll(ids);
        return this;
    }

    /** Also types this word into every search and suggestion (a marker of a test's own records). */
    OpenApiWalk alsoSearching(String word) {
        moreWords.add(word);
        return this;
    }

    void everyGet(String token, Set<Role> roles, RandomRestrictedWorld world, long exportId, Leaks leaks) {
        for (OpenApiGets.Endpoint e : endpoints()) {
            if (e.stream() || !RolePermissions.grants(roles, permissionOf(e.path()))) {
                continue; // streams are read by the test itself; a role without the permission gets 403
            }
            List<String> paths = fill(e.path(), world, exportId);
            List<Query> queries = queries(e, world);
            if (paths == null || queries == null) {
                leaks.add(e.path() + ": new endpoint or required parameter, give the adversarial walk values for it");
                continue;
            }
            for (String path : paths) {
                for (Query q : queries) {
                    String sep = q.text().isEmpty() ? "?" : "&";
                    String url = path + q.text() + sep + "purpose=" + enc("Adversarial walk");
                    Api.Response r = api.get(url, token);
                    if (e.path().equals(AUDIT_ENTRIES)) {
                        r = new Api.Response(r.status(), withoutTypedWords(r.body()), r.headers());
                    }
                    leaks.check("GET " + url + " as " + roles, r, q.echoed());
                }
            }
        }
    }

    static final String AUDIT_ENTRIES = "/api/v1/audit/entries";

    /**
     * The audit trail records what each searcher typed ({@code search 'words'}, {@code near[...]}):
     * that is its point (DPA 2018 s.62), and only auditors read it. Typed words say what someone
     * looked for, not what exists: an entry lists only the records the searcher was shown. So the
     * typed words are set aside, and everything else in the trail is checked like any answer.
     */
    static String withoutTypedWords(String body) {
        return body.replaceAll("'[^'\"]*'", "'…'").replaceAll("near\\[[^\\]\"]*\\]", "near[…]");
    }

    private List<String> fill(String template, RandomRestrictedWorld world, long exportId) {
        List<Long> ids = worldIds(template, world, exportId);
        List<Long> more = moreIds.get(template);
        if (more != null) {
            ids = new ArrayList<>(ids == null ? List.of() : ids);
            ids.addAll(more);
        }
        return OpenApiGets.withIds(template, ids);
    }

    private static List<Long> worldIds(String template, RandomRestrictedWorld world, long exportId) {
        return switch (template) {
            case "/api/v1/persons/{id}" -> ids(world.persons);
            case "/api/v1/locations/{id}" -> ids(world.locations);
            case "/api/v1/vehicles/{id}" -> ids(world.vehicles);
            case "/api/v1/incidents/{id}", "/api/v1/incidents/{id}/recommendations" -> world.incidents;
            case "/api/v1/crimes/{id}", "/api/v1/victim-care/crimes/{crimeId}" -> world.crimes;
            case "/api/v1/open-data/exports/{id}/file" -> List.of(exportId);
            case "/api/v1/custody/suites/{suiteId}/board", "/api/v1/custody/suites/{suiteId}/handover" -> world.suites;
            case "/api/v1/custody/detentions/{id}",
                    "/api/v1/custody/detentions/{id}/care",
                    "/api/v1/custody/detentions/{id}/links" -> world.detentions;
            case "/api/v1/intelligence/persons/{id}" -> ids(world.persons);
            case "/api/v1/intelligence/locations/{id}" -> ids(world.locations);
            case "/api/v1/intelligence/reports/{id}", "/api/v1/intelligence/reports/{id}/original" ->
                world.intelligence;
            case "/api/v1/investigations/{id}",
                    "/api/v1/investigations/{id}/warrants",
                    "/api/v1/investigations/{id}/assignments" -> world.investigations;
            case "/api/v1/warrants/{id}" -> world.warrants;
            case "/api/v1/exhibits/{id}" -> world.exhibits;
            case "/api/v1/safeguarding/risk-assessments/{id}" -> world.assessments;
            case "/api/v1/safeguarding/referrals/{id}" -> world.referrals;
            // a covert source and a number no source has: both must answer as a missing one (ADR 0104)
            case "/api/v1/sources/{id}", "/api/v1/sources/{id}/identity" -> {
                List<Long> sources = new ArrayList<>(world.sources);
                sources.add(
                        world.sources.stream().mapToLong(Long::longValue).max().orElse(0) + 5_000_000);
                yield sources;
            }
            // no store, digital item or case file is made in these worlds: they answer 404
            case "/api/v1/property-stores/{id}",
                    "/api/v1/case-files/{id}",
                    "/api/v1/digital-evidence/{id}/upload",
                    "/api/v1/digital-evidence/{id}/content",
                    // recordings are walked against restricted exhibits by
                    // NoEvidenceEndpointRevealsARestrictedRecordingTest
                    "/api/v1/recordings/{id}",
                    "/api/v1/recordings/{id}/working-copy",
                    "/api/v1/recordings/{id}/waveform" -> List.of(1L);
            // no forecast is published in these worlds: they answer 404
            case "/api/v1/analytics/forecasts/{id}",
                    "/api/v1/analytics/forecasts/{id}/dosage",
                    "/api/v1/analytics/forecasts/{id}/effect" -> List.of(1L);
            // no covert operation is opened in these worlds (CovertCanaryTest walks one): they answer 404
            case "/api/v1/covert/operations/{id}", "/api/v1/covert/authorisations/{id}" -> List.of(1L);
            default -> null;
        };
    }

    private static List<Long> ids(List<Marked> records) {
        return records.stream().map(Marked::id).toList();
    }

    /** The query strings to try: the restricted records' markers where the endpoint takes words. */
    private List<Query> queries(OpenApiGets.Endpoint e, RandomRestrictedWorld world) {
        List<Marked> restricted = world.restricted();
        List<Query> out = new ArrayList<>();
        switch (e.path()) {
            case "/api/v1/search" -> {
                moreWords.forEach(w -> out.add(new Query("?q=" + enc(w), w)));
                for (Marked m : restricted) {
                    for (String marker : m.markers()) {
                        out.add(new Query("?q=" + enc(marker), marker));
                    }
                    if (m.type().equals("location")) {
                        Area near = near(m);
                        out.add(new Query(
                                "?lat=" + near.latitude() + "&lon=" + near.longitude() + "&radius=250", null));
                    }
                }
                return out;
            }
            case "/api/v1/search/suggestions" -> {
                moreWords.forEach(w -> out.add(new Query("?q=" + enc(w), w)));
                for (Marked m : restricted) {
                    out.add(new Query("?q=" + enc(m.searchable()), m.searchable()));
                    String start = m.searchable().substring(0, 5);
                    out.add(new Query("?q=" + enc(start), start));
                }
                return out;
            }
            case "/api/v1/persons", "/api/v1/duplicate-persons" -> {
                restricted.stream()
                        .filter(m -> m.type().equals("person"))
                        .forEach(m -> out.add(new Query("?surname=" + enc(m.searchable()), m.searchable())));
                return out;
            }
            case "/api/v1/calls/addresses" -> {
                restricted.stream().filter(m -> m.type().equals("location")).forEach(m -> {
                    out.add(new Query(
                            "?q=" + enc(m.markers().get(0)), m.markers().get(0)));
                    out.add(new Query(
                            "?q=" + enc(m.markers().get(1)), m.markers().get(1)));
                });
                return out;
            }
            case "/api/v1/calls/context" -> {
                for (Marked m : restricted) {
                    switch (m.type()) {
                        case "location" -> {
                            Area near = near(m);
                            out.add(new Query("?locationId=" + m.id(), null));
                            out.add(new Query("?latitude=" + near.latitude() + "&longitude=" + near.longitude(), null));
                        }
                        case "person" -> out.add(new Query("?personId=" + m.id(), null));
                        default -> {}
                    }
                }
                return out;
            }
            default -> {
                String required = OpenApiGets.requiredQuery(e, "", clock, 70, Map.of());
                return required == null ? null : List.of(new Query(required, null));
            }
        }
    }

    /** A point about 15 m from a restricted place: its own coordinates are what must not come back. */
    private static Area near(Marked location) {
        return new Area(
                        Double.parseDouble(location.markers().get(2)),
                        Double.parseDouble(location.markers().get(3)))
                .offset(12, 9);
    }

    private List<OpenApiGets.Endpoint> endpoints() {
        if (endpoints == null) {
            List<OpenApiGets.Endpoint> found = OpenApiGets.read(api);
            if (found.size() < 20) {
                throw new AssertionError("too few GET endpoints in the OpenAPI document: " + found);
            }
            endpoints = List.copyOf(found);
        }
        return endpoints;
    }

    /** The permission the handler of {@code GET path} is guarded by. */
    Permission permissionOf(String path) {
        return OpenApiGets.permissionOf(mappings, path);
    }
}
