package org.constable.mapping.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Role;
import org.constable.mapping.EtaEstimator;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.ForceAreas;
import org.constable.mapping.ForceGeography;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application, demo force off: a small force is stored, then read back through the facade and the API. */
@ConstableHttpTest
class ShowingTheForceMapTest {

    static final String URBAN_SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[-2.24,53.43],[-2.22,53.43],[-2.22,53.45],[-2.24,53.45],[-2.24,53.43]]]}";
    static final String RURAL_SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[-2.22,53.43],[-2.20,53.43],[-2.20,53.45],[-2.22,53.45],[-2.22,53.43]]]}";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ForceGeography geography;

    @Autowired
    ForceAreas areas;

    @Autowired
    EtaEstimator etas;

    @BeforeEach
    void storeAForce() {
        if (geography.beatCount() == 0) { // the test force area of the test support may be there already
            geography.addForceArea(
                    "Test Constabulary",
                    "{\"type\":\"Polygon\",\"coordinates\":[[[-2.24,53.43],[-2.20,53.43],[-2.20,53.45],[-2.24,53.45],[-2.24,53.43]]]}");
            geography.addBeat("T1", "Townside", true, URBAN_SQUARE);
            geography.addBeat("T2", "Fieldside", false, RURAL_SQUARE);
            geography.addStation("Townside Police Station", 53.44, -2.23);
        }
    }

    @Test
    void aPlaceInAnUrbanBeatIsUrbanAndAPlaceOutsideEveryBeatIsNot() {
        assertThat(areas.beatAt(new GeoPoint(53.44, -2.23)))
                .hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("T1"));
        assertThat(areas.isUrban(new GeoPoint(53.44, -2.23))).isTrue();
        assertThat(areas.isUrban(new GeoPoint(53.44, -2.21))).isFalse();
        assertThat(areas.beatAt(new GeoPoint(53.50, -2.21))).isEmpty();
        assertThat(areas.isUrban(new GeoPoint(53.50, -2.21))).isFalse();
    }

    @Test
    void aSignedInUserGetsTheForceAreaBeatsAndStationsAsGeoJson() {
        Api api = new Api(port);
        String token = api.token(users, users.create(Role.RESPONSE_OFFICER));

        Api.Response response = api.get("/api/v1/map/force", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        JsonNode map = JsonMapper.builder().build().readTree(response.body());
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        List<String> kinds = new ArrayList<>();
        List<String> beats = new ArrayList<>();
        for (JsonNode feature : map.path("features")) {
            kinds.add(feature.path("properties").path("kind").asString());
            if (feature.path("properties").path("kind").asString().equals("beat")) {
                beats.add(feature.path("properties").path("code").asString() + " "
                        + feature.path("properties").path("name").asString() + " urban="
                        + feature.path("properties").path("urban").asBoolean());
                assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Polygon");
            }
        }
        assertThat(kinds).contains("force-area", "beat", "station");
        assertThat(beats).containsExactly("T1 Townside urban=true", "T2 Fieldside urban=false");
    }

    @Test
    void nobodySignedInGetsNoMap() {
        assertThat(new Api(port).get("/api/v1/map/force", null).status()).isEqualTo(401);
    }

    @Test
    void withNoRoadNetworkConfiguredEtasAreStraightLineEstimates() {
        List<UnitEta> ranked = etas.fastest(
                new GeoPoint(53.44, -2.23),
                List.of(
                        new UnitPosition(1, new GeoPoint(53.45, -2.23)),
                        new UnitPosition(2, new GeoPoint(53.441, -2.23))),
                5);

        assertThat(ranked).extracting(UnitEta::unitId).containsExactly(2L, 1L);
        assertThat(ranked).extracting(UnitEta::method).containsOnly(EtaMethod.STRAIGHT_LINE);
    }
}
