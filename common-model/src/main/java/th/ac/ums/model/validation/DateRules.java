package th.ac.ums.model.validation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The plausible range of every date the system takes, written once for server and console. A year
 * outside the range that looks like a Buddhist Era year (2400-2799) is answered with the Christian
 * Era year to write instead: Thai staff write 2569 for 2026 every day.
 */
public final class DateRules {
    /** The university's days (a default; the server's setting may name another zone). */
    public static final ZoneId UNIVERSITY_ZONE = ZoneId.of("Asia/Bangkok");
    private static final LocalDate EARLIEST_ADMISSION = LocalDate.of(1950, 1, 1);

    private DateRules() {
    }

    /** Today in the university's zone (the console's default; the server passes its clock's day). */
    public static LocalDate today() {
        return LocalDate.now(UNIVERSITY_ZONE);
    }

    /** Admission: not before 1950 nor more than a year ahead. */
    public static void admitted(Errors e, String field, LocalDate date, LocalDate today) {
        within(e, field, date, EARLIEST_ADMISSION, today.plusYears(1));
    }

    /** A date of birth: a person of 10 to 100 years. */
    public static void birth(Errors e, String field, LocalDate date, LocalDate today) {
        within(e, field, date, today.minusYears(100), today.minusYears(10));
    }

    /** A due date: within three years either side of today (invoices are issued today, some late). */
    public static void due(Errors e, String field, LocalDate date, LocalDate today) {
        within(e, field, date, today.minusYears(3), today.plusYears(3));
    }

    /** A date of the academic calendar: from 1950 to five years ahead. */
    public static void calendar(Errors e, String field, LocalDate date, LocalDate today) {
        within(e, field, date, EARLIEST_ADMISSION, today.plusYears(5));
    }

    /** When money was received: within five years before now and five minutes after (clock skew). */
    public static void received(Errors e, String field, Instant at, Instant now) {
        if (at == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(at, UNIVERSITY_ZONE);
        LocalDate today = LocalDate.ofInstant(now, UNIVERSITY_ZONE);
        if (day.getYear() >= 2400 || !at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            within(e, field, day, today.minusYears(5), today);
        } else {
            e.add(field, "cannot be in the future");
        }
    }

    /** Adds an error when {@code date} is outside [{@code min}, {@code max}]; null is not checked here. */
    public static void within(Errors e, String field, LocalDate date, LocalDate min, LocalDate max) {
        if (date == null || (!date.isBefore(min) && !date.isAfter(max))) {
            return;
        }
        int year = date.getYear();
        if (year >= 2400 && year <= 2799) {
            e.add(field, "looks like a Buddhist Era year: write " + (year - 543) + " for " + year);
        } else {
            e.add(field, "must be between " + min + " and " + max);
        }
    }
}
