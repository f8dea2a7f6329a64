package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.publishing.domain.DataSource;
import org.constable.forecasting.publishing.domain.ForecastDays;
import org.constable.forecasting.publishing.domain.ForecastRequest;
import org.constable.forecasting.publishing.domain.Horizon;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.junit.jupiter.api.Test;

/** The day, week and month after the last day of a data window, across month, year and leap-year ends. */
class ForecastHorizonPeriodsTest {

    private static ForecastDays days(String first, String last) {
        return new ForecastDays(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void theNextDayIsTheDayAfterTheWindowEvenAcrossAMonthOrAYearEnd() {
        assertThat(Horizon.NEXT_DAY.periodAfter(LocalDate.parse("2026-11-21")))
                .isEqualTo(days("2026-11-22", "2026-11-22"));
        assertThat(Horizon.NEXT_DAY.periodAfter(LocalDate.parse("2026-11-30")))
                .isEqualTo(days("2026-12-01", "2026-12-01"));
        assertThat(Horizon.NEXT_DAY.periodAfter(LocalDate.parse("2026-12-31")))
                .isEqualTo(days("2027-01-01", "2027-01-01"));
        assertThat(Horizon.NEXT_DAY.periodAfter(LocalDate.parse("2028-02-28")))
                .isEqualTo(days("2028-02-29", "2028-02-29"));
    }

    @Test
    void theNextWeekIsTheSevenDaysAfterTheWindowEvenAcrossAMonthOrAYearEnd() {
        assertThat(Horizon.NEXT_WEEK.periodAfter(LocalDate.parse("2026-11-28")))
                .isEqualTo(days("2026-11-29", "2026-12-05"));
        assertThat(Horizon.NEXT_WEEK.periodAfter(LocalDate.parse("2026-12-28")))
                .isEqualTo(days("2026-12-29", "2027-01-04"));
        assertThat(Horizon.NEXT_WEEK.periodAfter(LocalDate.parse("2026-12-28")).days())
                .isEqualTo(7);
    }

    @Test
    void theNextMonthIsAWholeCalendarMonthAfterAMonthEndAndOtherwiseRunsToTheDayBeforeTheSameDayAMonthOn() {
        assertThat(Horizon.NEXT_MONTH.periodAfter(LocalDate.parse("2026-12-31")))
                .isEqualTo(days("2027-01-01", "2027-01-31"));
        assertThat(Horizon.NEXT_MONTH.periodAfter(LocalDate.parse("2027-01-31")))
                .isEqualTo(days("2027-02-01", "2027-02-28"));
        assertThat(Horizon.NEXT_MONTH.periodAfter(LocalDate.parse("2028-01-31")))
                .isEqualTo(days("2028-02-01", "2028-02-29"));
        assertThat(Horizon.NEXT_MONTH.periodAfter(LocalDate.parse("2026-11-15")))
                .isEqualTo(days("2026-11-16", "2026-12-15"));
        assertThat(Horizon.NEXT_MONTH.periodAfter(LocalDate.parse("2026-12-20")))
                .isEqualTo(days("2026-12-21", "2027-01-20"));
    }

    @Test
    void eachHorizonRunsTheMethodsAtItsOwnCadence() {
        assertThat(List.of(Horizon.NEXT_DAY, Horizon.NEXT_WEEK, Horizon.NEXT_MONTH))
                .extracting(Horizon::cadence)
                .containsExactly(Cadence.DAILY, Cadence.WEEKLY, Cadence.MONTHLY);
    }

    @Test
    void aDayInTheForceAreaBeginsAndEndsAtLocalMidnightSoTheClocksGoingForwardMakeA23HourDay() {
        ForecastDays clocksForward = days("2026-03-29", "2026-03-29");
        assertThat(clocksForward.start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(Duration.between(clocksForward.start(), clocksForward.end())).isEqualTo(Duration.ofHours(23));
        ForecastDays summer = days("2026-07-01", "2026-07-01");
        assertThat(summer.start()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(summer.contains(Instant.parse("2026-07-01T22:59:59Z"))).isTrue();
        assertThat(summer.contains(Instant.parse("2026-07-01T23:00:00Z"))).isFalse();
    }

    @Test
    void recordedCrimesTakeWindowsInDaysAndPoliceUkDataInWholeMonthsForTheNextMonthOnly() {
        ForecastRequest recorded = ForecastRequest.fromText(
                "recorded", "vehicle-crime", "next-day", "naive", "2026-11-01", "2026-11-21", null, null, null, null);
        assertThat(recorded.source()).isEqualTo(DataSource.RECORDED_EXACT);
        assertThat(recorded.crimeType()).isEqualTo("Vehicle crime");
        assertThat(recorded.period()).isEqualTo(days("2026-11-22", "2026-11-22"));

        ForecastRequest historic = ForecastRequest.fromText(
                null, "Burglary", "next-month", "naive", "2015-01", "2015-03", null, null, null, null);
        assertThat(historic.source()).isEqualTo(DataSource.POLICE_UK_MONTHS);
        assertThat(historic.window()).isEqualTo(days("2015-01-01", "2015-03-31"));
        assertThat(historic.period()).isEqualTo(days("2015-04-01", "2015-04-30"));
        ForecastRequest historicDay = ForecastRequest.fromText(
                "historic", "Burglary", "next-day", "naive", "2015-01", "2015-03", null, null, null, null);
        assertThatThrownBy(historicDay::period).hasMessageContaining("only a next-month forecast is meaningful");
    }

    @Test
    void aWindowEndingBeforeItStartsAnUnknownCrimeTypeOrAMonthWhereADayIsNeededIsRefused() {
        assertThatThrownBy(() -> ForecastRequest.fromText(
                        "recorded",
                        "Burglary",
                        "next-day",
                        "naive",
                        "2026-11-21",
                        "2026-11-01",
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("the last not before the first");
        assertThatThrownBy(() -> ForecastRequest.fromText(
                        "recorded", "Arson", "next-day", "naive", "2026-11-01", "2026-11-21", null, null, null, null))
                .hasMessageContaining("Unknown crime type 'Arson'");
        assertThatThrownBy(() -> ForecastRequest.fromText(
                        "recorded", "Burglary", "next-day", "naive", "2026-11", "2026-11-21", null, null, null, null))
                .hasMessageContaining("must look like 2024-03-17");
        assertThatThrownBy(() -> ForecastRequest.fromText(
                        "rumour", "Burglary", "next-day", "naive", "2026-11-01", "2026-11-21", null, null, null, null))
                .hasMessageContaining("Unknown data source");
    }

    @Test
    void periodsAreLabelledAsPeopleSayThem() {
        assertThat(forecast("2015-04-01", "2015-04-30").periodLabel()).isEqualTo("2015-04");
        assertThat(forecast("2026-11-22", "2026-11-22").periodLabel()).isEqualTo("2026-11-22");
        assertThat(forecast("2026-11-16", "2026-12-15").periodLabel()).isEqualTo("2026-11-16 to 2026-12-15");
    }

    private static PublishedForecast forecast(String from, String to) {
        return new PublishedForecast(
                1,
                "Burglary",
                Horizon.NEXT_MONTH,
                DataSource.RECORDED_EXACT,
                "naive",
                "naive 3 mo",
                LocalDate.parse("2015-01-01"),
                LocalDate.parse("2015-03-31"),
                LocalDate.parse(from),
                LocalDate.parse(to),
                PublishedForecast.SQUARE_GRID,
                250,
                null,
                1,
                "a",
                Instant.EPOCH,
                List.of());
    }
}
