package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.Enums;
import th.ac.ums.model.Role;

class FormatsTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final Formats f = new Formats(i18n);

    private void thai() {
        i18n.locale().set(I18n.THAI);
    }

    @Test
    void datesReadDayMonthYearInEnglishAndBuddhistEraInThai() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        assertEquals("30 Nov 2026", f.date(d));
        thai();
        assertEquals("30 พ.ย. 2569", f.date(d));
        assertEquals("", f.date((LocalDate) null));
    }

    @Test
    void timestampsAreShownInTheUniversitysZoneNeverAsUtc() {
        Instant t = Instant.parse("2026-11-30T18:30:00Z");
        assertEquals("1 Dec 2026 01:30", f.timestamp(t), "Asia/Bangkok is UTC+7");
        assertEquals("1 Dec 2026", f.date(t));
        f.zone("Europe/London");
        assertEquals("30 Nov 2026 18:30", f.timestamp(t));
        f.zone("Not/AZone");
        assertEquals(ZoneId.of("Asia/Bangkok"), f.zone().get(), "an unknown zone keeps the default");
        f.zone((String) null);
        thai();
        assertEquals("1 ธ.ค. 2569 01:30", f.timestamp(t));
    }

    @Test
    void monthsFollowTheLanguage() {
        assertEquals("Nov 2026", f.month(YearMonth.of(2026, 11)));
        thai();
        assertEquals("พ.ย. 2569", f.month(YearMonth.of(2026, 11)));
    }

    @Test
    void moneyHasGroupingAndTwoDecimalsAndACurrencyWhenAlone() {
        assertEquals("1,500.00", f.money("1500.00"));
        assertEquals("1,234,567.50", f.money("1234567.5"));
        assertEquals("0.00", f.money("0"));
        assertEquals("-40.00", f.money("-40"));
        assertEquals("", f.money((String) null));
        assertEquals("n/a", f.money("n/a"), "text that is not an amount is shown as it is");
        assertEquals("1,500.00 THB", f.amount("1500.00"));
        thai();
        assertEquals("1,500.00 บาท", f.amount("1500.00"));
        assertEquals("12,345", f.number(12345));
    }

    @Test
    void codesAreWordsInBothLanguages() {
        assertEquals("Active", f.word(Enums.StudentStatus.ACTIVE));
        assertEquals("Bank transfer", f.word(Enums.PaymentMethod.class, "TRANSFER"));
        assertEquals("Student code", f.word(Formats.STUDENT_SORT, "studentCode"));
        assertEquals("Two-factor login reset", f.word(Formats.END_REASON, "2fa-reset"));
        assertEquals("Administrator, Instructor", f.roles(List.of(Role.ADMIN, Role.INSTRUCTOR)));
        assertEquals("Something new", f.word("StudentStatus", "SOMETHING_NEW"), "an unknown code still reads as words");
        thai();
        assertEquals("กำลังศึกษา", f.word(Enums.StudentStatus.ACTIVE));
        assertEquals("โอนเงิน", f.word(Enums.PaymentMethod.TRANSFER));
        assertEquals("รีเซ็ตการยืนยันสองขั้นตอน", f.word(Formats.END_REASON, "2fa-reset"));
    }

    @Test
    void everyValueOfEveryVocabularyHasWordsInEnglishAndThai() {
        List<Enum<?>> all = new ArrayList<>(List.of(Role.values()));
        for (Class<?> c : Enums.class.getDeclaredClasses()) {
            if (c.isEnum()) {
                for (Object v : c.getEnumConstants()) {
                    all.add((Enum<?>) v);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Locale l : List.of(Locale.ENGLISH, I18n.THAI)) {
            i18n.locale().set(l);
            for (Enum<?> v : all) {
                check(missing, l, v.getDeclaringClass().getSimpleName(), v.name());
            }
            for (String r : List.of("logout", "revoked", "expired", "password-change", "2fa-reset", "disabled")) {
                check(missing, l, Formats.END_REASON, r);
            }
            for (String s : th.ac.ums.client.students.StudentsViewModel.SORT_ORDER) {
                check(missing, l, Formats.STUDENT_SORT, s);
            }
            for (String g : List.of("faculty", "program")) {
                check(missing, l, Formats.AGING_GROUP, g);
            }
            for (String r : th.ac.ums.client.api.PeopleApi.SIGN_IN_REASONS) {
                check(missing, l, th.ac.ums.client.helpdesk.HelpdeskView.SIGN_IN_REASON, r);
            }
        }
        assertTrue(missing.isEmpty(), "no words for " + missing);
    }

    private void check(List<String> missing, Locale l, String vocabulary, String code) {
        if (!i18n.has("enum." + vocabulary + "." + code)) {
            missing.add(l + " enum." + vocabulary + "." + code);
        }
    }

    @Test
    void typedDatesAreReadInBothLanguagesWithBuddhistEraYearsInThai() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        assertEquals(Optional.of(d), f.parseDate("30/11/2026"));
        assertEquals(Optional.of(d), f.parseDate("30 Nov 2026"));
        assertEquals(Optional.of(d), f.parseDate("30 november 2026"));
        assertEquals(Optional.of(d), f.parseDate("2026-11-30"));
        assertEquals(Optional.empty(), f.parseDate("31/11/2026"), "no such day");
        assertEquals(Optional.empty(), f.parseDate("tomorrow"));
        thai();
        assertEquals(Optional.of(d), f.parseDate("30/11/2569"));
        assertEquals(Optional.of(d), f.parseDate("30 พ.ย. 2569"));
        assertEquals(Optional.of(d), f.parseDate("30 พฤศจิกายน 2569"));
        assertEquals(Optional.of(d), f.parseDate("2569-11-30"));
        assertEquals(Optional.of(LocalDate.of(2026 - 543, 11, 30)), f.parseDate("30/11/2026"),
                "in Thai every typed year is Buddhist Era (DateChecks then says to write 2569)");
        assertEquals(d, f.dateConverter().fromString(f.dateConverter().toString(d)), "what is shown reads back");
    }

    @Test
    void aSchedulesDaysAreWordsOfTheLanguage() {
        assertEquals("Mon Wed 13:00-14:30", f.schedule("จ. พ. 13:00-14:30"), "issue 14: Thai days in English mode");
        assertEquals("Tue Thu 10:30-12:00", f.schedule("อ. พฤ. 10:30-12:00"));
        assertEquals("Sun 09:00-12:00", f.schedule("อา. 09:00-12:00"));
        thai();
        assertEquals("จ. พ. 13:00-14:30", f.schedule("จ. พ. 13:00-14:30"));
        assertEquals("", f.schedule(null));
    }
}
