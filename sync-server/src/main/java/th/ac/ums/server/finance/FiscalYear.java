package th.ac.ums.server.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The university's fiscal year and day. The Thai government fiscal year runs from 1 October to 30
 * September and is named by the Buddhist Era year it ends in (2 December 2026 is in 2570); the first
 * month is a setting ({@code finance.fiscal-year-starts}, 1 to 12; with 1 the fiscal year is the
 * calendar year). Days are days of the university's zone ({@code university.time-zone}).
 */
public record FiscalYear(int firstMonth, ZoneId zone) {
    /** Buddhist Era year = Common Era year + 543. */
    public static final int BUDDHIST_ERA = 543;

    public FiscalYear {
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalStateException("finance.fiscal-year-starts must be a month from 1 to 12: " + firstMonth);
        }
    }

    /** The day of {@code instant} in the university's zone. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The fiscal year (BE) that {@code day} falls in. */
    public int of(LocalDate day) {
        int startYear = day.getMonthValue() >= firstMonth ? day.getYear() : day.getYear() - 1;
        int endYear = firstMonth == 1 ? startYear : startYear + 1;
        return endYear + BUDDHIST_ERA;
    }
}
