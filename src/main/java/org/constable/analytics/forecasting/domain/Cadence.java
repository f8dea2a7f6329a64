package org.constable.analytics.forecasting.domain;

/**
 * How often a dataset is forecast and how precisely its events are dated: Chicago has exact
 * times and is forecast daily; police.uk data only has the month and is forecast monthly.
 */
public enum Cadence {
    DAILY,
    MONTHLY
}
