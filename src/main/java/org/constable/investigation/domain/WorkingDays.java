package org.constable.investigation.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working-day calendar: Monday to Friday, except bank holidays (substitute days are holidays in
 * their own right). It knows the years its holiday list covers and refuses dates outside them, so
 * that a list that was never extended stops the count loudly instead of quietly treating a future
 * Christmas as a working day.
 */
public final class WorkingDays {

    /** The England and Wales list shipped with the application (see the file for its source). */
    public static final String ENGLAND_AND_WALES = "/investigation/bank-holidays-england-and-wales.csv";

    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    public WorkingDays(Set<LocalDate> bankHolidays) {
        if (bankHolidays.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs its bank holidays.");
        }
        TreeSet<LocalDate> sorted = new TreeSet<>(bankHolidays);
        this.bankHolidays = Collections.unmodifiableSet(sorted);
        this.firstYear = sorted.first().getYear();
        this.lastYear = sorted.last().getYear();
    }

    public static WorkingDays englandAndWales() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException("Bank holiday list missing: " + ENGLAND_AND_WALES);
            }
            return new WorkingDays(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines "yyyy-mm-dd,title"; lines starting with # are comments. */
    static Set<LocalDate> parse(InputStream in) throws IOException {
        Set<LocalDate> dates = new TreeSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int comma = trimmed.indexOf(',');
            dates.add(LocalDate.parse(comma < 0 ? trimmed : trimmed.substring(0, comma)));
        }
        return dates;
    }

    public boolean isBankHoliday(LocalDate date) {
        covering(date);
        return bankHolidays.contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /**
     * The n-th working day after {@code from}; {@code from} itself never counts, whether or not it
     * is a working day ("within 5 working days" of a Saturday arrest ends on the following Friday).
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Count at least one working day.");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public Set<LocalDate> bankHolidays() {
        return bankHolidays;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    private void covering(LocalDate date) {
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalStateException("The bank holiday list covers " + firstYear + "-" + lastYear + " only; add "
                    + date.getYear() + " from gov.uk before counting working days in it.");
        }
    }
}
