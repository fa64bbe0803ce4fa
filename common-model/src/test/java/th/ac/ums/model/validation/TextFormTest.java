package th.ac.ums.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two spellings that look the same are one normal form. */
class TextFormTest {

    @Test
    void aToneMarkTypedBeforeTheLowerVowelIsMovedAfterIt() {
        assertEquals("\u0E23\u0E38\u0E48\u0E07", TextForm.normalize("\u0E23\u0E48\u0E38\u0E07"));   // รุ่ง
    }

    @Test
    void aToneMarkTypedBeforeTheUpperVowelIsMovedAfterIt() {
        assertEquals("\u0E17\u0E35\u0E48", TextForm.normalize("\u0E17\u0E48\u0E35"));               // ที่
        assertEquals("\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C", TextForm.normalize("\u0E2A\u0E34\u0E17\u0E18\u0E4C\u0E34"));
    }

    @Test
    void nikhahitAndSaraAaBecomeSaraAmWithTheToneMarkBeforeIt() {
        assertEquals("\u0E04\u0E33\u0E01\u0E38\u0E25", TextForm.normalize("\u0E04\u0E4D\u0E32\u0E01\u0E38\u0E25"));  // คำกุล
        assertEquals("\u0E04\u0E48\u0E33", TextForm.normalize("\u0E04\u0E4D\u0E48\u0E32"));        // ค่ำ
        assertEquals("\u0E04\u0E48\u0E33", TextForm.normalize("\u0E04\u0E48\u0E4D\u0E32"));
    }

    @Test
    void twoSaraEBecomeSaraAe() {
        assertEquals("\u0E41\u0E2A\u0E07\u0E17\u0E2D\u0E07", TextForm.normalize("\u0E40\u0E40\u0E2A\u0E07\u0E17\u0E2D\u0E07"));
    }

    @Test
    void textAlreadyNormalIsLeftAsItIs() {
        for (String s : new String[] {"สมชาย ใจดี", "คำกุล", "Somchai", "Café", "ก่อน", "เจริญกุล", ""}) {
            assertEquals(s, TextForm.normalize(s));
            assertTrue(TextForm.isNormal(s));
        }
        assertEquals("Caf\u00E9", TextForm.normalize("Cafe\u0301"), "NFC composes Latin accents");
    }
}
