package org.constable.forecasting.publishing.domain;

import java.util.List;

/**
 * One of the top cells of a published forecast: its rank (1 = highest risk), an id stable within
 * the forecast ("g-column-row" on a square grid), the risk, its centre and its outline as
 * (longitude, latitude) corners, closed (first corner repeated last).
 */
public record RankedCell(
        int rank, String cellId, double risk, double centreLatitude, double centreLongitude, List<double[]> outline) {

    public RankedCell {
        outline = List.copyOf(outline);
    }

    /** The outline as a GeoJSON Polygon geometry. */
    public String polygonGeoJson() {
        StringBuilder sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < outline.size(); i++) {
            double[] p = outline.get(i);
            sb.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(round(p[0]))
                    .append(',')
                    .append(round(p[1]))
                    .append(']');
        }
        return sb.append("]]}").toString();
    }

    private static String round(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }
}
