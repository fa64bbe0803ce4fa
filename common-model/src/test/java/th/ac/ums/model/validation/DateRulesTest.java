package th.ac.ums.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each date field's plausible range, at its edges, and the Buddhist Era answer. */
class DateRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Errors admitted(LocalDate d) {
        Errors e = new Errors();
        DateRules.admitted(e, "admittedAt", d, TODAY);
        return e;
    }

    @Test
    void admissionFrom1950ToAYearAhead() {
        assertTrue(admitted(LocalDate.of(1950, 1, 1)).isEmpty());
        assertTrue(admitted(TODAY.plusYears(1)).isEmpty());
        assertEquals("must be between 1950-01-01 and 2027-12-01", admitted(LocalDate.of(1949, 12, 31)).list().get(0)
                .message());
        assertEquals(1, admitted(TODAY.plusYears(1).plusDays(1)).list().size());
    }

    @Test
    void aBuddhistEraYearIsAnsweredWithTheYearToWrite() {
        assertEquals("looks like a Buddhist Era year: write 2026 for 2569",
                admitted(LocalDate.of(2569, 6, 1)).list().get(0).message());
        Errors due = new Errors();
        DateRules.due(due, "dueDate", LocalDate.of(2570, 2, 9), TODAY);
        assertEquals("looks like a Buddhist Era year: write 2027 for 2570", due.list().get(0).message());
    }

    @Test
    void birthDueCalendarAndReceivedHaveTheirOwnRanges() {
        Errors e = new Errors();
        DateRules.birth(e, "birthDate", TODAY.minusYears(9), TODAY);
        DateRules.birth(e, "birthDate", TODAY.minusYears(18), TODAY);
        DateRules.due(e, "dueDate", TODAY.plusYears(3).plusDays(1), TODAY);
        DateRules.calendar(e, "startsOn", TODAY.plusYears(6), TODAY);
        Instant now = Instant.parse("2026-12-01T03:00:00Z");
        DateRules.received(e, "receivedAt", now.plusSeconds(301), now);
        DateRules.received(e, "receivedAt", Instant.parse("2569-06-01T00:00:00Z"), now);
        DateRules.received(e, "receivedAt", now.minusSeconds(3600), now);
        assertEquals(5, e.list().size(), e.list()::toString);
        assertEquals("cannot be in the future", e.list().get(3).message());
        assertTrue(e.list().get(4).message().contains("Buddhist Era"));
    }
}
