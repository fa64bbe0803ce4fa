package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The Thai government fiscal year (1 October to 30 September, named by the BE year it ends in). */
class FiscalYearTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private final FiscalYear thai = new FiscalYear(10, BANGKOK);

    @Test
    void theYearTurnsOnTheFirstOfOctober() {
        assertEquals(2569, thai.of(LocalDate.of(2026, 9, 30)));
        assertEquals(2570, thai.of(LocalDate.of(2026, 10, 1)));
        assertEquals(2570, thai.of(LocalDate.of(2026, 12, 2)));
        assertEquals(2570, thai.of(LocalDate.of(2027, 9, 30)));
        assertEquals(2571, thai.of(LocalDate.of(2027, 10, 1)));
        assertEquals(2570, thai.of(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theDayIsTheUniversitysDay() {
        Instant lastUtcHourOfSeptember = Instant.parse("2026-09-30T16:59:59.999Z");
        Instant midnightInBangkok = Instant.parse("2026-09-30T17:00:00Z");
        assertEquals(LocalDate.of(2026, 9, 30), thai.dayOf(lastUtcHourOfSeptember));
        assertEquals(2569, thai.of(thai.dayOf(lastUtcHourOfSeptember)));
        assertEquals(LocalDate.of(2026, 10, 1), thai.dayOf(midnightInBangkok));
        assertEquals(2570, thai.of(thai.dayOf(midnightInBangkok)));
    }

    @Test
    void theFirstMonthIsASetting() {
        FiscalYear calendar = new FiscalYear(1, BANGKOK);
        assertEquals(2569, calendar.of(LocalDate.of(2026, 1, 1)));
        assertEquals(2569, calendar.of(LocalDate.of(2026, 12, 31)));
        FiscalYear april = new FiscalYear(4, BANGKOK);
        assertEquals(2569, april.of(LocalDate.of(2026, 3, 31)));
        assertEquals(2570, april.of(LocalDate.of(2026, 4, 1)));
        assertThrows(IllegalStateException.class, () -> new FiscalYear(0, BANGKOK));
        assertThrows(IllegalStateException.class, () -> new FiscalYear(13, BANGKOK));
    }

    @Test
    void numbersCarryTheKindTheYearAndSixDigits() {
        assertEquals("RC2570-000123", ReceiptService.number(th.ac.ums.model.Enums.ReceiptKind.RECEIPT, 2570, 123));
        assertEquals("CN2570-000045", ReceiptService.number(th.ac.ums.model.Enums.ReceiptKind.CREDIT_NOTE, 2570, 45));
        assertEquals("RC2570-1000000", ReceiptService.number(th.ac.ums.model.Enums.ReceiptKind.RECEIPT, 2570,
                1_000_000));
        assertEquals("receipt:2570", ReceiptService.sequence(th.ac.ums.model.Enums.ReceiptKind.RECEIPT, 2570));
    }
}
