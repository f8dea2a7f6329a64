package org.constable.mapping;

import org.constable.identity.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo force's geography: a fictional force ("Demo Constabulary") laid over south-east
 * Manchester so that the OpenStreetMap extract in shared data can route it. Six beats on a 3x2
 * grid (the outer column rural), three stations.
 */
@Component
@Order(20)
class DemoForceArea implements ApplicationRunner {

    static final double WEST = -2.2400, EAST = -2.1700, SOUTH = 53.4350, NORTH = 53.4700;

    private final DemoMode demo;
    private final ForceGeography geography;

    DemoForceArea(DemoMode demo, ForceGeography geography) {
        this.demo = demo;
        this.geography = geography;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !geography.empty()) {
            return;
        }
        geography.addForceArea("Demo Constabulary", polygon(WEST, SOUTH, EAST, NORTH));
        double dx = (EAST - WEST) / 3, dy = (NORTH - SOUTH) / 2;
        String[] names = {"Brookside", "Levenfield", "Ashby Green", "Northmoor", "Kingsway", "Heathside"};
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 3; col++) {
                int i = row * 3 + col;
                double w = WEST + col * dx, s = SOUTH + row * dy;
                geography.addBeat("B" + (i + 1), names[i], col != 2, polygon(w, s, w + dx, s + dy));
            }
        }
        geography.addStation("Levenfield Police Station", 53.4520, -2.2010);
        geography.addStation("Brookside Police Station", 53.4410, -2.2300);
        geography.addStation("Northmoor Police Station", 53.4640, -2.2280);
    }

    static String polygon(double w, double s, double e, double n) {
        return String.format(
                java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]}",
                w,
                s,
                e,
                s,
                e,
                n,
                w,
                n,
                w,
                s);
    }
}
