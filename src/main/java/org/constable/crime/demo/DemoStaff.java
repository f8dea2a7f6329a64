package org.constable.crime.demo;

import java.util.Map;
import java.util.Random;
import org.constable.identity.Actor;

/** The demo force's officers who record and investigate crime, by team. */
record DemoStaff(Map<String, Actor> byName) {

    /** Everyone the demo's crime needs, by their name without the demo prefix. */
    static final String[] NAMES = {
        "response-officer",
        "response-officer-2",
        "response-officer-3",
        "response-officer-4",
        "response-officer-5",
        "investigator",
        "investigator-2",
        "crime-registrar",
        "crime-registrar-2"
    };

    /** Beats B1-B3 lie south of this latitude, B4-B6 north (the demo force's 3x2 grid). */
    static final double NORTH_OF = 53.4525;

    Actor investigator(Random random) {
        return named(random.nextBoolean() ? "investigator" : "investigator-2");
    }

    /** A response officer of the team that covers the place's beats. */
    Actor responder(double latitude, Random random) {
        String[] team = latitude < NORTH_OF
                ? new String[] {"response-officer", "response-officer-2", "response-officer-3"}
                : new String[] {"response-officer-4", "response-officer-5"};
        return named(team[random.nextInt(team.length)]);
    }

    Actor registrar(int which) {
        return named(which == 1 ? "crime-registrar" : "crime-registrar-2");
    }

    /** The demo force's officers are all loaded before any crime is recorded. */
    private Actor named(String username) {
        return java.util.Objects.requireNonNull(byName.get(username), username);
    }
}
