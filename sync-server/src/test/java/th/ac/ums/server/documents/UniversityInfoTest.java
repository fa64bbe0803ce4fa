package th.ac.ums.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.server.platform.Settings;

class UniversityInfoTest {
    @Test
    void theDefaultsAreAFictitiousUniversityWithAUsableBillerId() {
        UniversityInfo u = UniversityInfo.from(Settings.load(Map.of(), Map.of()));
        assertEquals("มหาวิทยาลัยสาธิตยูเอ็มเอส", u.nameTh());
        assertEquals("UMS Demonstration University", u.nameEn());
        assertEquals("0123456789012", u.taxId());
        assertEquals("012345678901201", u.billerId());
        assertTrue(u.billerId().startsWith(u.taxId()));
    }

    @Test
    void settingsOverrideTheDefaultsAndWrongIdsStopStartUp() {
        Settings s = Settings.load(Map.of("university.tax-id", "0994000165999", "university.biller-id", "099400016599901"),
                Map.of());
        assertEquals("099400016599901", UniversityInfo.from(s).billerId());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UniversityInfo.from(s.with(Map.of("university.biller-id", "0994000165999"))));
        assertTrue(e.getMessage().contains("university.biller-id"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> UniversityInfo.from(s.with(Map.of("university.tax-id", "099-400016599"))));
    }

    @Test
    void daysPrintInTheBuddhistEraInThai() {
        assertEquals("2 ธ.ค. 2569", ThaiDates.thai(LocalDate.of(2026, 12, 2)));
        assertEquals("2 Dec 2026", ThaiDates.english(LocalDate.of(2026, 12, 2)));
        assertEquals("1 ม.ค. 2570", ThaiDates.thai(LocalDate.of(2027, 1, 1)));
    }
}
