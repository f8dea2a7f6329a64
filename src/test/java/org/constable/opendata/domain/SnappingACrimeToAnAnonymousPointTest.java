package org.constable.opendata.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Test;

/** police.uk's rule: the nearest point covering at least 8 addresses, and no location at all beyond 20 km. */
class SnappingACrimeToAnAnonymousPointTest {

    static final GeoPoint CRIME = new GeoPoint(53.4500, -2.2000);

    @Test
    void aCrimeGoesToTheNearestPointCoveringAtLeastEightAddressesEvenWhenASmallerOneIsCloser() {
        SnapPoint onTheDoorstep = new SnapPoint("On or near Two Houses Lane", CRIME, 7);
        SnapPoint street = new SnapPoint("On or near High Street", offset(CRIME, 300, 0), 8);
        SnapPoint further = new SnapPoint("On or near Park Road", offset(CRIME, 900, 0), 40);

        var snapped = new PoliceUkSnapPointRule(List.of(onTheDoorstep, further, street)).snap(CRIME);

        assertThat(snapped).contains(street);
    }

    @Test
    void aCrimeFurtherThanTwentyKilometresFromEveryUsablePointHasNoLocation() {
        SnapPoint far = new SnapPoint("On or near Distant Road", offset(CRIME, 20_100, 0), 100);
        SnapPoint near = new SnapPoint("On or near Lonely Farm", offset(CRIME, 50, 0), 1);

        assertThat(new PoliceUkSnapPointRule(List.of(far, near)).snap(CRIME)).isEmpty();
        assertThat(new PoliceUkSnapPointRule(
                                List.of(new SnapPoint("On or near Edge Road", offset(CRIME, 19_900, 0), 8)))
                        .snap(CRIME))
                .isPresent();
    }

    @Test
    void aCrimeWithoutAPlaceHasNoLocation() {
        assertThat(new PoliceUkSnapPointRule(List.of(new SnapPoint("On or near High Street", CRIME, 50))).snap(null))
                .isEmpty();
    }

    @Test
    void noCrimeAnywhereIsEverMovedToAPointCoveringFewerThanEightAddresses() {
        Random random = new Random(20261122);
        for (int set = 0; set < 50; set++) {
            List<SnapPoint> points = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                points.add(new SnapPoint(
                        "On or near Street " + i,
                        offset(CRIME, random.nextGaussian() * 5000, random.nextGaussian() * 5000),
                        random.nextInt(16)));
            }
            PoliceUkSnapPointRule rule = new PoliceUkSnapPointRule(points);
            for (int c = 0; c < 200; c++) {
                GeoPoint crime = offset(CRIME, random.nextGaussian() * 15000, random.nextGaussian() * 15000);
                rule.snap(crime).ifPresent(p -> {
                    assertThat(p.addresses()).isGreaterThanOrEqualTo(PoliceUkSnapPointRule.MIN_ADDRESSES);
                    assertThat(p.point().metresTo(crime))
                            .isLessThanOrEqualTo(PoliceUkSnapPointRule.MAX_DISTANCE_METRES);
                    double nearestUsable = points.stream()
                            .filter(q -> q.addresses() >= 8)
                            .mapToDouble(q -> q.point().metresTo(crime))
                            .min()
                            .orElseThrow();
                    assertThat(p.point().metresTo(crime)).isEqualTo(nearestUsable);
                });
            }
        }
    }

    @Test
    void snapPointsDerivedFromTheGazetteerAreNamedAfterTheStreetNeverAHouseAndCountItsAddresses() {
        List<SnapPointDerivation.Address> addresses = new java.util.ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            addresses.add(new SnapPointDerivation.Address(n + " Marker Street", offset(CRIME, n * 10, 0)));
        }
        addresses.add(new SnapPointDerivation.Address("12a Quiet Close", offset(CRIME, 500, 0)));
        addresses.add(new SnapPointDerivation.Address("14 Quiet Close", offset(CRIME, 510, 0)));

        List<SnapPoint> points = SnapPointDerivation.fromAddresses(addresses);

        assertThat(points)
                .extracting(SnapPoint::name, SnapPoint::addresses)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("On or near Marker Street", 9),
                        org.assertj.core.groups.Tuple.tuple("On or near Quiet Close", 2));
        // the close's two houses are never a published location, even for a crime at its door
        assertThat(new PoliceUkSnapPointRule(points)
                        .snap(offset(CRIME, 505, 0))
                        .orElseThrow()
                        .name())
                .isEqualTo("On or near Marker Street");
    }

    static GeoPoint offset(GeoPoint p, double northMetres, double eastMetres) {
        double lat = p.latitude() + northMetres / 111_320.0;
        double lon = p.longitude() + eastMetres / (111_320.0 * Math.cos(Math.toRadians(p.latitude())));
        return new GeoPoint(lat, lon);
    }
}
