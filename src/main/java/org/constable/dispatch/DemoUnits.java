package org.constable.dispatch;

import java.util.List;
import java.util.Random;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.mapping.ForceGeography;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo force's units: response cars, dog, firearms, traffic and public-order vans, at its stations. */
@Component
@Order(30)
class DemoUnits implements ApplicationRunner {

    private record Kind(String prefix, String kind, String skills, int count) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("RV", "RESPONSE_CAR", "", 12), new Kind("DG", "DOG_VAN", "dog", 2),
            new Kind("AR", "ARMED_RESPONSE", "firearms", 3), new Kind("TR", "TRAFFIC_CAR", "traffic", 3),
            new Kind("PO", "PUBLIC_ORDER_VAN", "public_order", 2), new Kind("FO", "FOOT_PATROL", "", 6));

    private final DemoMode demo;
    private final ForceGeography geography;
    private final JdbcClient jdbc;
    private final CurrentActor actors;

    DemoUnits(DemoMode demo, ForceGeography geography, JdbcClient jdbc, CurrentActor actors) {
        this.demo = demo;
        this.geography = geography;
        this.jdbc = jdbc;
        this.actors = actors;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("SELECT count(*) FROM dispatch.unit")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        List<ForceGeography.Station> stations = geography.stations();
        Random random = new Random(7);
        for (Kind k : KINDS) {
            for (int i = 1; i <= k.count(); i++) {
                ForceGeography.Station st = stations.get(random.nextInt(stations.size()));
                UnitStatus status = random.nextInt(4) == 0 ? UnitStatus.OFF_DUTY : UnitStatus.AVAILABLE;
                jdbc.sql(
                                "INSERT INTO dispatch.unit (callsign, station, kind, skills, status, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                String.format("%s%02d", k.prefix(), i),
                                st.name(),
                                k.kind(),
                                k.skills(),
                                status.name(),
                                st.latitude() + (random.nextDouble() - 0.5) * 0.01,
                                st.longitude() + (random.nextDouble() - 0.5) * 0.01)
                        .update();
            }
        }
        // Each demo response officer crews a car (demo.response-officer RV01, -2 RV02, ...), so "My unit"
        // shows something to do.
        String[] officers = {
            "response-officer", "response-officer-2", "response-officer-3", "response-officer-4", "response-officer-5"
        };
        for (int i = 0; i < officers.length; i++) {
            String callsign = String.format("RV%02d", i + 1);
            jdbc.sql("UPDATE dispatch.unit SET status = ? WHERE callsign = ?")
                    .params(UnitStatus.AVAILABLE.name(), callsign)
                    .update();
            actors.load(DemoMode.DEMO_USER_PREFIX + officers[i])
                    .ifPresent(officer -> jdbc.sql(
                                    "INSERT INTO dispatch.crew (user_id, unit_id) SELECT ?, id FROM dispatch.unit WHERE callsign = ? ON CONFLICT DO NOTHING")
                            .params(officer.userId(), callsign)
                            .update());
        }
    }
}
