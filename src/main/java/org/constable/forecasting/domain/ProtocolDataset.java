package org.constable.forecasting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.constable.shared.InvalidInput;

/** The three datasets of the forecast protocol (see the data README), with their files and schedules. */
public enum ProtocolDataset {
    CHICAGO(
            "chicago",
            "chicago_aggassault_daily",
            "chicago_aggassault_epsg2790.csv.gz",
            "chicago_aggassault_validmask.txt",
            Cadence.DAILY),
    MERSEYSIDE_BURGLARY(
            "merseyside-burglary",
            "merseyside_burglary_monthly",
            "merseyside_burglary_monthly_epsg27700.csv.gz",
            "merseyside_burglary_monthly_validmask.txt",
            Cadence.MONTHLY),
    MERSEYSIDE_VIOLENCE(
            "merseyside-violence",
            "merseyside_violence_monthly",
            "merseyside_violence_monthly_epsg27700.csv.gz",
            "merseyside_violence_monthly_validmask.txt",
            Cadence.MONTHLY);

    private final String id;
    private final String gridKey;
    private final String eventsFile;
    private final String validMaskFile;
    private final Cadence cadence;

    ProtocolDataset(String id, String gridKey, String eventsFile, String validMaskFile, Cadence cadence) {
        this.id = id;
        this.gridKey = gridKey;
        this.eventsFile = eventsFile;
        this.validMaskFile = validMaskFile;
        this.cadence = cadence;
    }

    /** Command-line name: chicago, merseyside-burglary, merseyside-violence. */
    public String id() {
        return id;
    }

    /** Key of this dataset in grids.json. */
    public String gridKey() {
        return gridKey;
    }

    public String eventsFile() {
        return eventsFile;
    }

    public String validMaskFile() {
        return validMaskFile;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** Chicago: every day of 2019; Merseyside: every month 2020-01..2021-09. */
    public List<ForecastPeriod> schedule() {
        return cadence == Cadence.DAILY
                ? RollingOrigin.daily(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))
                : RollingOrigin.monthly(YearMonth.of(2020, 1), YearMonth.of(2021, 9));
    }

    public static ProtocolDataset byId(String id) {
        return byId(id, "dataset");
    }

    /** The dataset of the id, or a refusal naming the request's {@code field} and the known ids. */
    public static ProtocolDataset byId(String id, String field) {
        return Arrays.stream(values())
                .filter(d -> d.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        field,
                        "Unknown dataset '" + id + "'; known: "
                                + Arrays.stream(values())
                                        .map(ProtocolDataset::id)
                                        .toList()));
    }
}
