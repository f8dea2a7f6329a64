package org.constable.testsupport;

import org.constable.identity.DemoMode;
import org.constable.mapping.ForceGeography;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With the demo force off, tests still need a force area, or no place could be outside it: one area
 * covering every patch of ground {@link CommandAndControl#freshArea()} hands out (and Manchester, where
 * the browser tests work), so a call placed far beyond it (the Bay of Biscay) is outside the force.
 */
@Component
@Order(40)
class TestForceArea implements ApplicationRunner {

    static final String NAME = "Test patches";
    static final double WEST = -3.6, EAST = 0.5, SOUTH = 49.5, NORTH = 56.6;

    private final DemoMode demo;
    private final ForceGeography geography;
    private final JdbcClient jdbc;

    TestForceArea(DemoMode demo, ForceGeography geography, JdbcClient jdbc) {
        this.demo = demo;
        this.geography = geography;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()
                || jdbc.sql("SELECT count(*) FROM mapping.force_area WHERE name = ?")
                                .param(NAME)
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        geography.addForceArea(
                NAME,
                String.format(
                        java.util.Locale.ROOT,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.1f,%3$.1f],[%2$.1f,%3$.1f],[%2$.1f,%4$.1f],[%1$.1f,%4$.1f],[%1$.1f,%3$.1f]]]}",
                        WEST,
                        EAST,
                        SOUTH,
                        NORTH));
    }
}
