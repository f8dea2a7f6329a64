package org.constable.opendata.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.constable.shared.GeoPoint;

/**
 * Derives snap points from the gazetteer the way police.uk names them: one point per street, at the
 * centre of its addresses, "On or near" the street's name. House numbers are dropped, so the name
 * identifies the street and never a house. Streets with fewer than 8 addresses are kept with their
 * count, so that the set is honest, and the snap rule never uses them.
 */
public final class SnapPointDerivation {

    /** An address as the gazetteer gives it: the street line (possibly with a house number) and its point. */
    public record Address(String street, GeoPoint point) {}

    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "^\\s*(flat\\s+\\S+,?\\s*)?[0-9]+[a-z]?(\\s*-\\s*[0-9]+[a-z]?)?,?\\s+", Pattern.CASE_INSENSITIVE);

    private SnapPointDerivation() {}

    public static List<SnapPoint> fromAddresses(List<Address> addresses) {
        Map<String, List<Address>> byStreet = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (Address a : addresses) {
            if (a.street() == null || a.street().isBlank() || a.point() == null) {
                continue;
            }
            String street = streetName(a.street());
            if (street.isEmpty()) {
                continue;
            }
            String key = street.toLowerCase(Locale.ROOT);
            byStreet.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            display.putIfAbsent(key, street);
        }
        List<SnapPoint> points = new ArrayList<>();
        byStreet.forEach((key, list) -> {
            double lat = list.stream()
                    .mapToDouble(a -> a.point().latitude())
                    .average()
                    .orElseThrow();
            double lon = list.stream()
                    .mapToDouble(a -> a.point().longitude())
                    .average()
                    .orElseThrow();
            points.add(new SnapPoint("On or near " + display.get(key), new GeoPoint(lat, lon), list.size()));
        });
        points.sort(Comparator.comparing(SnapPoint::name));
        return points;
    }

    /** The street without a leading house or flat number: "12a Marker Street" becomes "Marker Street". */
    static String streetName(String line) {
        return HOUSE_NUMBER.matcher(line.trim()).replaceFirst("").trim();
    }
}
