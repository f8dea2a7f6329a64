package org.constable.forecasting.domain;

/**
 * How often a dataset is forecast and how precisely its events are dated: Chicago has exact
 * times and is forecast daily; police.uk data only has the month and is forecast monthly. A
 * weekly cadence needs exact times too (the force's recorded crimes, forecast a week ahead).
 */
public enum Cadence {
    DAILY,
    WEEKLY,
    MONTHLY
}
