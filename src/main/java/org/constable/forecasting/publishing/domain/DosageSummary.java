package org.constable.forecasting.publishing.domain;

import java.util.List;

/**
 * Patrol minutes per top cell of a forecast and the share of its top cells that got any patrol,
 * so that the forecast's effect can later be measured against the crimes that followed.
 */
public record DosageSummary(
        long forecastId,
        List<CellMinutes> cells,
        long totalMinutes,
        int cellsPatrolled,
        double shareOfTopCellsPatrolled) {

    public record CellMinutes(int rank, String cellId, long minutes) {}

    public DosageSummary {
        cells = List.copyOf(cells);
    }

    public static DosageSummary of(long forecastId, List<CellMinutes> cells) {
        long total = cells.stream().mapToLong(CellMinutes::minutes).sum();
        int patrolled = (int) cells.stream().filter(c -> c.minutes() > 0).count();
        return new DosageSummary(
                forecastId, cells, total, patrolled, cells.isEmpty() ? 0 : (double) patrolled / cells.size());
    }
}
