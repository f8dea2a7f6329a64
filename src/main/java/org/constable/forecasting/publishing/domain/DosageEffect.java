package org.constable.forecasting.publishing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * What followed a published forecast in its period: the crimes of its type that began in the
 * period (the force's recorded crimes, exact times) in the top cells that got patrol time in the
 * period, in the top cells that got none, and in the rest of the area, beside the patrol minutes
 * and the cells' forecast scores. It is observational: patrols went where officers chose, not by
 * lot, so a difference between the groups is not shown to be caused by the patrols (ADR 0033).
 */
public record DosageEffect(
        long forecastId,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean periodComplete,
        Instant countedAt,
        Group patrolledTopCells,
        Group unpatrolledTopCells,
        Group restOfArea,
        long minutesOutsidePeriod,
        List<CellEffect> cells,
        String caveat) {

    public static final String CAVEAT =
            "Observational, not an experiment: patrols were not assigned to cells at random, so a "
                    + "difference between patrolled and unpatrolled cells may come from how cells were chosen, not from the patrols. "
                    + "Forecast scores are the method's risk values: expected crimes in the period only for the self-exciting method; "
                    + "for the others they rank cells (the naive count is the crimes in its lookback). Crimes are the force's recorded "
                    + "crimes of the forecast's police.uk category, not cancelled, with a location, whose offence began in the period, as "
                    + "recorded when the report was read: a crime recorded later is counted when it is read again.";

    /**
     * One group of cells. For the rest of the area only the crimes are known: its cells and their
     * scores were not published and patrol time can be recorded only in top cells, so those are null.
     */
    public record Group(
            String where,
            @Nullable Integer cells,
            @Nullable Long patrolMinutes,
            @Nullable Double crimesForecast,
            int crimesHappened) {}

    /** One top cell: its rank, score, patrol minutes in the period and the crimes that began in it. */
    public record CellEffect(int rank, String cellId, double forecast, long patrolMinutes, int crimesHappened) {

        public boolean patrolled() {
            return patrolMinutes > 0;
        }
    }

    public DosageEffect {
        cells = List.copyOf(cells);
    }

    /** The three groups in the order a table shows them. */
    public List<Group> groups() {
        return List.of(patrolledTopCells, unpatrolledTopCells, restOfArea);
    }

    /**
     * Sorts the crimes (longitude, latitude pairs, all of the forecast's type and period) into the
     * forecast's top cells and the rest; counts as patrol of the period only the patrols that began in it.
     */
    public static DosageEffect of(
            PublishedForecast forecast, List<PatrolDosage> patrols, List<double[]> crimeLonLats, Instant now) {
        ForecastDays period = forecast.period();
        Map<String, Long> minutes = new HashMap<>();
        long outside = 0;
        for (PatrolDosage p : patrols) {
            if (period.contains(p.startedAt())) {
                minutes.merge(p.cellId(), (long) p.minutes(), Long::sum);
            } else {
                outside += p.minutes();
            }
        }
        Map<String, Integer> crimes = new HashMap<>();
        int rest = 0;
        CellLocator locator = new CellLocator(forecast.cells());
        for (double[] lonLat : crimeLonLats) {
            String cell = locator.cellOf(lonLat[0], lonLat[1]);
            if (cell == null) {
                rest++;
            } else {
                crimes.merge(cell, 1, Integer::sum);
            }
        }
        List<CellEffect> cells = new ArrayList<>();
        for (RankedCell c : forecast.cells()) {
            cells.add(new CellEffect(
                    c.rank(),
                    c.cellId(),
                    c.risk(),
                    minutes.getOrDefault(c.cellId(), 0L),
                    crimes.getOrDefault(c.cellId(), 0)));
        }
        return new DosageEffect(
                forecast.id(),
                period.first(),
                period.last(),
                !now.isBefore(period.end()),
                now,
                group(cells, true),
                group(cells, false),
                new Group("Rest of the area", null, null, null, rest),
                outside,
                cells,
                CAVEAT);
    }

    private static Group group(List<CellEffect> cells, boolean patrolled) {
        List<CellEffect> in =
                cells.stream().filter(c -> c.patrolled() == patrolled).toList();
        return new Group(
                patrolled ? "Top cells with patrol" : "Top cells without patrol",
                in.size(),
                in.stream().mapToLong(CellEffect::patrolMinutes).sum(),
                in.stream().mapToDouble(CellEffect::forecast).sum(),
                in.stream().mapToInt(CellEffect::crimesHappened).sum());
    }

    /** Which top cell a point lies in, by the cells' published outlines (the first by rank if on a shared edge). */
    private static final class CellLocator {

        private final GeometryFactory geometry = new GeometryFactory();
        private final List<RankedCell> cells;
        private final List<Polygon> outlines = new ArrayList<>();

        CellLocator(List<RankedCell> cells) {
            this.cells = cells;
            for (RankedCell c : cells) {
                Coordinate[] ring = c.outline().stream()
                        .map(p -> new Coordinate(p[0], p[1]))
                        .toArray(Coordinate[]::new);
                outlines.add(geometry.createPolygon(ring));
            }
        }

        @Nullable String cellOf(double longitude, double latitude) {
            Point p = geometry.createPoint(new Coordinate(longitude, latitude));
            for (int i = 0; i < outlines.size(); i++) {
                if (outlines.get(i).covers(p)) {
                    return cells.get(i).cellId();
                }
            }
            return null;
        }
    }
}
