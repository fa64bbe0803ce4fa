package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.validation.DateRules;

/** The Buddhist Era converter of typed dates and the date rules said in words. */
class DateChecksTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final Formats f = new Formats(i18n);
    private final DateChecks checks = new DateChecks(f);
    private final Map<String, String> errors = new HashMap<>();

    private void thai() {
        i18n.locale().set(I18n.THAI);
    }

    @Test
    void thaiTypedDatesAreBuddhistEraInEveryFormAndSentAsTheCommonEraDay() {
        thai();
        LocalDate june = LocalDate.of(2026, 6, 1);
        for (String typed : new String[] {"2569-06-01", "1/6/2569", "01/06/2569", "1-6-2569", "1.6.2569",
                "1 มิ.ย. 2569", "1 มิถุนายน 2569", " 1 / 6 / 2569 "}) {
            assertEquals(Optional.of(june), f.parseDate(typed), typed);
        }
        assertEquals("1 มิ.ย. 2569", f.date(june), "shown in BE too");
        assertEquals(june, f.dateConverter().fromString(f.dateConverter().toString(june)), "what is shown reads back");
    }

    @Test
    void englishTypedDatesAreCommonEra() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        assertEquals(Optional.of(june), f.parseDate("2026-06-01"));
        assertEquals(Optional.of(june), f.parseDate("1/6/2026"));
        assertEquals(Optional.of(june), f.parseDate("1 Jun 2026"));
        assertEquals(Optional.of(LocalDate.of(2569, 6, 1)), f.parseDate("2569-06-01"), "not guessed: the rules speak");
        assertEquals(Optional.empty(), f.parseDate("31/6/2026"));
        assertEquals(Optional.empty(), f.parseDate("soon"));
    }

    @Test
    void aBuddhistEraYearInEnglishGetsTheYearToWrite() {
        LocalDate typed = f.parseDate("2569-06-01").orElseThrow();
        assertFalse(checks.check(errors, "birthDate", typed, DateRules::birth));
        assertEquals("2569 looks like a Buddhist Era year: write 2026 for 2569.", i18n.message(errors.get("birthDate")));
    }

    @Test
    void aCommonEraYearInThaiGetsTheBuddhistEraYearToWrite() {
        thai();
        LocalDate typed = f.parseDate("1/6/2026").orElseThrow();
        assertFalse(checks.check(errors, "admittedAt", typed, DateRules::admitted));
        assertEquals("ปี 2026 ดูเหมือนปี ค.ศ. วันที่ในภาษาไทยใช้ปี พ.ศ.: ให้เขียน 2569", i18n.message(errors.get("admittedAt")));
    }

    @Test
    void anImplausibleDateNamesTheRangeInTheConsolesEra() {
        LocalDate today = f.today();
        LocalDate tooYoung = today.minusYears(2);
        assertFalse(checks.check(errors, "birthDate", tooYoung, DateRules::birth));
        assertEquals("Must be between " + f.date(today.minusYears(100)) + " and " + f.date(today.minusYears(10)) + ".",
                i18n.message(errors.get("birthDate")));
        thai();
        errors.clear();
        assertFalse(checks.check(errors, "birthDate", tooYoung, DateRules::birth));
        assertTrue(i18n.message(errors.get("birthDate")).startsWith("ต้องอยู่ระหว่าง " + f.date(today.minusYears(100))),
                i18n.message(errors.get("birthDate")));
    }

    @Test
    void plausibleAndMissingDatesPass() {
        thai();
        assertTrue(checks.check(errors, "birthDate", f.parseDate("15/3/2548").orElseThrow(), DateRules::birth));
        assertTrue(checks.check(errors, "birthDate", null, DateRules::birth));
        assertTrue(errors.isEmpty());
    }
}
