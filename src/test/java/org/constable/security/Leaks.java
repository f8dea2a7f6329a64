package org.constable.security;

import static org.constable.security.RandomRestrictedWorld.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.constable.security.RandomRestrictedWorld.Marked;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import tools.jackson.databind.JsonNode;

/**
 * What a caller without need-to-know must never receive: any marker string of a restricted record
 * (its names, street, postcode, VRM or coordinates), or its id in a field that names such a record.
 * Collects what it finds, so that one run reports every leak at once.
 */
final class Leaks {

    private final List<Marked> hidden;
    private final List<String> found = new ArrayList<>();
    private int checked;

    Leaks(List<Marked> hidden) {
        this.hidden = hidden;
    }

    /**
     * Checks one answer. {@code echoed} is what the caller typed (a search for a marker may say what
     * was searched for; that repeats the caller's own words and reveals nothing), or null.
     */
    void check(String what, Api.Response r, String echoed) {
        checked++;
        if (r.status() >= 500) {
            found.add(what + " -> " + r.status() + " " + abbreviate(r.body()));
        }
        checkText(what, r.body(), echoed);
    }

    void checkText(String what, String text, String echoed) {
        String body = lower(text);
        if (echoed != null) {
            body = body.replace(lower(echoed), "");
        }
        for (Marked m : hidden) {
            boolean place = m.type().equals("location");
            if (place && nextTo(body, m.markers().get(2), m.markers().get(3))) {
                found.add(what + " reveals the point of restricted location " + m.id() + ": " + abbreviate(text));
            }
            // a place's latitude or longitude alone is shared by other test areas: only the pair betrays it
            for (String marker : place ? m.markers().subList(0, 2) : m.markers()) {
                int at = body.indexOf(lower(marker));
                if (at >= 0) {
                    found.add(what + " reveals restricted " + m.type() + " " + m.id() + " by \"" + marker + "\": …"
                            + body.substring(Math.max(0, at - 200), Math.min(body.length(), at + 100)) + "…");
                }
            }
            // "sourceType":"INCIDENT","sourceId":5 is a referral's record of another kind, not covert source 5
            Pattern id = Pattern.compile("(?<!\"" + m.type() + "type\":\"[a-z_]{1,40}\",)\"" + m.type()
                    + "id\"\\s*:\\s*" + m.id() + "(?![0-9])");
            if (id.matcher(body).find()) {
                found.add(what + " names restricted " + m.type() + " " + m.id() + " by its id: " + abbreviate(text));
            }
        }
    }

    /** Whether the latitude and the longitude appear within a few characters of each other. */
    private static boolean nextTo(String body, String latitude, String longitude) {
        for (int at = body.indexOf(latitude); at >= 0; at = body.indexOf(latitude, at + 1)) {
            String around = body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 80));
            if (around.contains(longitude)) {
                return true;
            }
        }
        return false;
    }

    /** A search answer lists no restricted record, whatever it shows of them. */
    void checkSearchIds(String what, JsonNode results) {
        for (Marked m : hidden) {
            String list = m.type().equals("location") ? "addresses" : m.type() + "s";
            for (JsonNode hit : results.path(list)) {
                if (hit.path("id").asLong() == m.id()) {
                    found.add(what + " lists restricted " + m.type() + " " + m.id());
                }
            }
        }
    }

    void add(String problem) {
        found.add(problem);
    }

    List<String> found() {
        return found;
    }

    int checked() {
        return checked;
    }

    /** The body with what differs per request removed and the id written as ID. */
    static Map<String, String> comparable(Api.Response r, long id) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("status", Integer.toString(r.status()));
        out.put("content-type", r.headers().firstValue("Content-Type").orElse(""));
        if (r.body().isBlank()) {
            return out;
        }
        JsonNode node = Json.read(r.body());
        for (String name : node.propertyNames()) {
            if (!Set.of("correlationId", "instance").contains(name)) {
                out.put(name, node.get(name).toString().replaceAll("(?<![0-9])" + id + "(?![0-9])", "ID"));
            }
        }
        return out;
    }

    static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
