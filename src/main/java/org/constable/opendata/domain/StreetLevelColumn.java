package org.constable.opendata.domain;

import java.util.function.Function;

/**
 * The explicit allow-list of the police.uk street-level file: these twelve columns, in this order,
 * each computed from a {@link PublishableCrime} and nothing else. Adding a column means adding it
 * here, in review, with the function that fills it.
 */
public enum StreetLevelColumn {
    /** Empty for anti-social behaviour, as on police.uk: an incident is not a crime record. */
    CRIME_ID("Crime ID", c -> c.crimeIdHash() == null ? "" : c.crimeIdHash()),
    MONTH("Month", c -> c.month().toString()),
    REPORTED_BY("Reported by", PublishableCrime::force),
    FALLS_WITHIN("Falls within", PublishableCrime::force),
    LONGITUDE(
            "Longitude",
            c -> c.snap() == null ? "" : coordinate(c.snap().point().longitude())),
    LATITUDE(
            "Latitude", c -> c.snap() == null ? "" : coordinate(c.snap().point().latitude())),
    LOCATION("Location", c -> c.snap() == null ? "No Location" : c.snap().name()),
    LSOA_CODE("LSOA code", c -> c.lsoaCode() == null ? "" : c.lsoaCode()),
    LSOA_NAME("LSOA name", c -> c.lsoaName() == null ? "" : c.lsoaName()),
    CRIME_TYPE("Crime type", c -> c.crimeType().label()),
    LAST_OUTCOME_CATEGORY("Last outcome category", c -> c.lastOutcomeCategory() == null ? "" : c.lastOutcomeCategory()),
    /** police.uk fills this with free text; free text is never published here, so it stays empty. */
    CONTEXT("Context", c -> "");

    private final String header;
    private final Function<PublishableCrime, String> value;

    StreetLevelColumn(String header, Function<PublishableCrime, String> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    public String valueOf(PublishableCrime crime) {
        return value.apply(crime);
    }

    private static String coordinate(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }
}
