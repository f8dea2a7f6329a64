package org.constable.forecasting.domain;

/**
 * The protocol's square grid: origin at the dataset's (min x, min y), cells of {@code cellSize}
 * metres, cell (gx, gy) flattened row-major as {@code gy * nx + gx}. As {@link Cells}, a risk sheet
 * is a row-major array over every cell and a cell's steps are its Chebyshev distance in cells.
 */
public record CellGrid(double xmin, double ymin, double cellSize, int nx, int ny) implements Cells<double[]> {

    public static final double PROTOCOL_CELL_SIZE = 250.0;

    public CellGrid {
        if (nx <= 0 || ny <= 0 || !(cellSize > 0)) {
            throw new IllegalArgumentException("A grid needs at least one cell of positive size");
        }
    }

    /** The grid of the forecast protocol: origin = minimum coordinates, nx = floor((xmax-xmin)/size)+1. */
    public static CellGrid covering(double[] xs, double[] ys, double cellSize) {
        if (xs.length == 0) {
            throw new IllegalArgumentException("A grid needs at least one event");
        }
        double xmin = Double.POSITIVE_INFINITY, ymin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY, ymax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            xmin = Math.min(xmin, xs[i]);
            xmax = Math.max(xmax, xs[i]);
            ymin = Math.min(ymin, ys[i]);
            ymax = Math.max(ymax, ys[i]);
        }
        int nx = (int) Math.floor((xmax - xmin) / cellSize) + 1;
        int ny = (int) Math.floor((ymax - ymin) / cellSize) + 1;
        return new CellGrid(xmin, ymin, cellSize, nx, ny);
    }

    public int cellCount() {
        return nx * ny;
    }

    public int column(double x) {
        return (int) Math.floor((x - xmin) / cellSize);
    }

    public int row(double y) {
        return (int) Math.floor((y - ymin) / cellSize);
    }

    /** Row-major index of the cell holding (x, y), or -1 when the point lies outside the grid. */
    public int cellOf(double x, double y) {
        int gx = column(x);
        int gy = row(y);
        if (gx < 0 || gy < 0 || gx >= nx || gy >= ny) {
            return -1;
        }
        return gy * nx + gx;
    }

    public double centreX(int gx) {
        return xmin + (gx + 0.5) * cellSize;
    }

    public double centreY(int gy) {
        return ymin + (gy + 0.5) * cellSize;
    }

    @Override
    public void forEachWithinSteps(long cell, int steps, StepVisitor visitor) {
        int c = (int) cell;
        int ex = c % nx;
        int ey = c / nx;
        for (int gy = Math.max(0, ey - steps); gy <= Math.min(ny - 1, ey + steps); gy++) {
            for (int gx = Math.max(0, ex - steps); gx <= Math.min(nx - 1, ex + steps); gx++) {
                visitor.at(gy * nx + gx, Math.max(Math.abs(gx - ex), Math.abs(gy - ey)));
            }
        }
    }

    @Override
    public String stepsUnit() {
        return "";
    }

    @Override
    public String id(long cell) {
        return "g-" + (cell % nx) + "-" + (cell / nx);
    }

    @Override
    public RiskSheet<double[]> newRiskSheet() {
        double[] risk = new double[cellCount()];
        return new RiskSheet<>() {
            @Override
            public void add(long cell, double amount) {
                risk[(int) cell] += amount;
            }

            @Override
            public double[] risk() {
                return risk;
            }
        };
    }

    @Override
    public ExactSheet<double[]> newExactSheet() {
        long[] sums = new long[cellCount()];
        return new ExactSheet<>() {
            @Override
            public void add(long cell, long numerator) {
                sums[(int) cell] += numerator;
            }

            @Override
            public double[] riskOver(long denominator) {
                double[] risk = new double[sums.length];
                for (int c = 0; c < sums.length; c++) {
                    risk[c] = (double) sums[c] / denominator;
                }
                return risk;
            }
        };
    }
}
