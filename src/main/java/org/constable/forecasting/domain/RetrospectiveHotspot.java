package org.constable.forecasting.domain;

/**
 * Retrospective hotspotting: every event of the lookback window lays a quartic kernel
 * (1 - d²/h²)² over the cells whose centre lies within h of it (d = h still counts, weight 0);
 * times inside the window are ignored. Each event visits only the cells of its bounding square.
 */
public final class RetrospectiveHotspot implements Forecaster {

    private final double bandwidth;
    private final Lookback lookback;

    public RetrospectiveHotspot(double bandwidthMetres, Lookback lookback) {
        if (!(bandwidthMetres > 0)) {
            throw new IllegalArgumentException("Bandwidth must be positive");
        }
        this.bandwidth = bandwidthMetres;
        this.lookback = lookback;
    }

    public double bandwidthMetres() {
        return bandwidth;
    }

    public Lookback lookback() {
        return lookback;
    }

    @Override
    public String name() {
        return "retro " + (long) bandwidth + " m " + lookback;
    }

    @Override
    public double[] risk(EventHistory history) {
        CellGrid grid = history.grid();
        double[] risk = new double[grid.cellCount()];
        double h2 = bandwidth * bandwidth;
        for (int i = lookback.firstIndex(history); i < history.size(); i++) {
            double x = history.x(i);
            double y = history.y(i);
            int gx0 = Math.max(0, grid.column(x - bandwidth));
            int gx1 = Math.min(grid.nx() - 1, grid.column(x + bandwidth));
            int gy0 = Math.max(0, grid.row(y - bandwidth));
            int gy1 = Math.min(grid.ny() - 1, grid.row(y + bandwidth));
            for (int gy = gy0; gy <= gy1; gy++) {
                double dy = grid.centreY(gy) - y;
                for (int gx = gx0; gx <= gx1; gx++) {
                    double dx = grid.centreX(gx) - x;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= h2) {
                        double w = 1 - d2 / h2;
                        risk[gy * grid.nx() + gx] += w * w;
                    }
                }
            }
        }
        return risk;
    }
}
