package org.constable.shared;

import java.util.Random;

/**
 * How many events fall in an interval when they come at random at a known mean rate: a draw from
 * the Poisson distribution, by Knuth's method. The demo force's seeders draw calls per hour and
 * crimes per day with it. A draw of k takes k + 1 values from the generator, so a seeded generator
 * gives the same counts, and the same draws after them, every time.
 */
public final class PoissonCounts {

    private PoissonCounts() {}

    /** One count with this mean (a small mean: the method takes time in proportion to the count). */
    public static int draw(Random random, double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
