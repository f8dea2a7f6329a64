package org.constable.forecasting.application;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** A one-line progress bar redrawn with a carriage return, at most once per percent. */
final class ConsoleProgressBar {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final String label;
    private int lastPercent = -1;

    ConsoleProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    synchronized void show(int done, int total) {
        int percent = total == 0 ? 100 : done * 100 / total;
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.printf(
                Locale.ROOT,
                "\r%-24s [%s%s] %3d%% (%d/%d)",
                label,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                percent,
                done,
                total);
        out.flush();
    }

    synchronized void finish(Duration took) {
        out.printf(Locale.ROOT, "  %.1f s%n", took.toMillis() / 1000.0);
    }
}
