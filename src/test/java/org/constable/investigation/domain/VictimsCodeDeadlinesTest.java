package org.constable.investigation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Victims' Code deadlines over the England and Wales calendar: working days skip weekends,
 * bank holidays and substitute days; "days" are calendar days; a deadline ends at midnight in
 * England and Wales.
 */
class VictimsCodeDeadlinesTest {

    static final WorkingDays CALENDAR = WorkingDays.englandAndWales();
    final VictimsCodeUpdateDeadline update = new VictimsCodeUpdateDeadline(CALENDAR);
    final VictimsCodeReferralDeadline referral = new VictimsCodeReferralDeadline();

    /** Noon in England and Wales on the given day. */
    static Instant noon(String date) {
        return LocalDateTime.parse(date + "T12:00")
                .atZone(Deadline.ENGLAND_AND_WALES)
                .toInstant();
    }

    LocalDate updateDue(CaseEventKind kind, String date, boolean vulnerable) {
        return update.dueFor(kind, noon(date), vulnerable).lastDay();
    }

    @Test
    void anArrestOnAWednesdayMustBeToldByTheNextWednesdayAcrossTheWeekend() {
        assertThat(updateDue(CaseEventKind.ARREST, "2026-11-18", false)).isEqualTo("2026-11-25");
        assertThat(updateDue(CaseEventKind.CHARGE, "2026-11-20", false)).isEqualTo("2026-11-27");
    }

    @Test
    void anEventAtTheWeekendStartsCountingOnMonday() {
        assertThat(updateDue(CaseEventKind.ARREST, "2026-11-21", false)).isEqualTo("2026-11-27");
        assertThat(updateDue(CaseEventKind.ARREST, "2026-11-22", true)).isEqualTo("2026-11-23");
    }

    @Test
    void aVulnerableOrIntimidatedVictimIsToldWithinOneWorkingDay() {
        assertThat(updateDue(CaseEventKind.BAIL, "2026-11-19", true)).isEqualTo("2026-11-20");
        assertThat(updateDue(CaseEventKind.BAIL, "2026-11-20", true)).isEqualTo("2026-11-23");
    }

    @Test
    void christmasBoxingDaySubstituteAndNewYearAreNotWorkingDays() {
        // 2026: Christmas Friday 25th, Boxing Day on Saturday so its substitute is Monday 28th; New Year Friday 1st
        assertThat(updateDue(CaseEventKind.CHARGE, "2026-12-23", false)).isEqualTo("2027-01-04");
        assertThat(updateDue(CaseEventKind.BAIL, "2026-12-24", true)).isEqualTo("2026-12-29");
    }

    @Test
    void whenChristmasAndBoxingDayFallAtTheWeekendBothSubstituteDaysAreSkipped() {
        // 2027: Christmas Saturday, Boxing Day Sunday; substitutes Monday 27th and Tuesday 28th
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-12-27"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-12-28"))).isFalse();
        assertThat(updateDue(CaseEventKind.RELEASE, "2027-12-24", true)).isEqualTo("2027-12-29");
        // 2028: New Year's Day on Saturday, substitute Monday 3 January
        assertThat(updateDue(CaseEventKind.RELEASE, "2027-12-31", true)).isEqualTo("2028-01-04");
    }

    @Test
    void goodFridayAndEasterMondayAreSkipped() {
        assertThat(updateDue(CaseEventKind.ARREST, "2027-03-25", true)).isEqualTo("2027-03-30");
        assertThat(updateDue(CaseEventKind.NO_FURTHER_ACTION, "2026-04-02", false))
                .isEqualTo("2026-04-13");
    }

    @Test
    void referralToVictimSupportIsDueWithinTwoCalendarDaysEvenOverAWeekend() {
        Deadline due = referral.dueFor(noon("2026-11-20"));
        assertThat(due.obligation()).isEqualTo(Obligation.REFERRAL);
        assertThat(due.lastDay()).isEqualTo("2026-11-22");
        assertThat(due.dueBy()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(referral.dueFor(noon("2026-12-24")).lastDay()).isEqualTo("2026-12-26");
    }

    @Test
    void daysAreCountedInEnglandAndWalesTimeSoSummerTimeMovesTheEndOfTheDay() {
        // 23:30 UTC on Friday 3 July is 00:30 on Saturday in British Summer Time
        Deadline due = referral.dueFor(Instant.parse("2026-07-03T23:30:00Z"));
        assertThat(due.lastDay()).isEqualTo("2026-07-06");
        assertThat(due.dueBy()).isEqualTo(Instant.parse("2026-07-06T23:00:00Z"));
    }

    @Test
    void aDecisionNotToInvestigateIsToldWithinFiveCalendarDaysOrOneWorkingDayIfVulnerable() {
        Deadline due = update.dueFor(CaseEventKind.NOT_TO_BE_INVESTIGATED, noon("2026-12-23"), false);
        assertThat(due.obligation()).isEqualTo(Obligation.NOT_INVESTIGATED);
        assertThat(due.lastDay()).isEqualTo("2026-12-28");
        assertThat(updateDue(CaseEventKind.NOT_TO_BE_INVESTIGATED, "2026-12-23", true))
                .isEqualTo("2026-12-24");
        // over Easter one working day is never later than five calendar days
        assertThat(updateDue(CaseEventKind.NOT_TO_BE_INVESTIGATED, "2027-03-25", true))
                .isEqualTo("2027-03-30");
    }

    @Test
    void theBankHolidayListCovers2018To2028WithEasterAndNoWeekendDates() {
        assertThat(CALENDAR.firstYear()).isLessThanOrEqualTo(2018);
        assertThat(CALENDAR.lastYear()).isGreaterThanOrEqualTo(2028);
        Set<LocalDate> holidays = CALENDAR.bankHolidays();
        assertThat(holidays)
                .noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        for (int year = 2018; year <= 2028; year++) {
            LocalDate easter = easterSunday(year);
            assertThat(holidays).as("Good Friday " + year).contains(easter.minusDays(2));
            assertThat(holidays).as("Easter Monday " + year).contains(easter.plusDays(1));
            int y = year;
            assertThat(holidays.stream().filter(d -> d.getYear() == y).collect(Collectors.toSet()))
                    .as("holidays in " + year)
                    .hasSizeBetween(8, 10);
        }
        assertThat(holidays)
                .contains(LocalDate.parse("2022-09-19"), LocalDate.parse("2023-05-08"), LocalDate.parse("2020-05-08"));
    }

    @Test
    void aDateOutsideTheListIsRefusedRatherThanCountedWrongly() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(CALENDAR.lastYear(), 12, 30), 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gov.uk");
    }

    @Test
    void theClockReadsDueInOrOverdueBy() {
        Instant due = Instant.parse("2026-11-23T00:00:00Z");
        assertThat(TimeLeft.of(due, due.minus(Duration.ofHours(26).plusMinutes(5)))
                        .text())
                .isEqualTo("due in 1 d 2 h");
        assertThat(TimeLeft.of(due, due.plus(Duration.ofMinutes(190))).text()).isEqualTo("overdue by 3 h 10 min");
        assertThat(TimeLeft.of(due, due.plus(Duration.ofMinutes(190))).overdue())
                .isTrue();
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data file. */
    static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
