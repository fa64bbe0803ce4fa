package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class I18nTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/th/ac/ums/client/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishTextHasAThaiTextAndBackAgain() throws Exception {
        Set<Object> en = new HashSet<>(load("messages.properties").keySet());
        Set<Object> th = new HashSet<>(load("messages_th.properties").keySet());
        Set<Object> missingTh = new HashSet<>(en);
        missingTh.removeAll(th);
        Set<Object> missingEn = new HashSet<>(th);
        missingEn.removeAll(en);
        assertTrue(missingTh.isEmpty(), "no Thai for " + missingTh);
        assertTrue(missingEn.isEmpty(), "no English for " + missingEn);
    }

    @Test
    void switchingLanguageRelabelsBoundTexts() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var label = i18n.text("login.signIn");
        assertEquals("Sign in", label.get());
        i18n.locale().set(I18n.THAI);
        assertEquals("เข้าสู่ระบบ", label.get());
    }

    @Test
    void messagesAreKeysWithArgumentsOrTheServersOwnText() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertEquals("Exported 12 rows.", i18n.message("export.done:12"));
        assertEquals("The section is full", i18n.message("The section is full"));
        assertEquals("Seats: 30 taken", i18n.message("Seats: 30 taken"));
    }

    @Test
    void problemsAreShownInTheConsolesLanguage() {
        I18n i18n = new I18n(I18n.THAI);
        var forbidden = new th.ac.ums.client.api.ApiException(th.ac.ums.model.api.Problem.of(403, "Forbidden",
                "Your role does not allow this."));
        // the newcomer's notice (issue 14): "ส่งออกไม่สำเร็จ: Your role does not allow this."
        assertEquals("ส่งออกไม่สำเร็จ: บทบาทของคุณทำสิ่งนี้ไม่ได้", i18n.message(I18n.compose("export.failed",
                I18n.key(th.ac.ums.client.api.ApiException.messageOf(forbidden)))));
        var unknown = new th.ac.ums.client.api.ApiException(th.ac.ums.model.api.Problem.of(409, "Conflict",
                "Something only the server knows."));
        assertEquals("ขัดแย้งกับข้อมูลปัจจุบัน โหลดใหม่แล้วลองอีกครั้ง", i18n.message(unknown.message()),
                "an unknown text: the title of its status in Thai");
        assertEquals("ต้องเป็นจำนวนเงินบาท เช่น 1,500.00", i18n.message("must be an amount in THB such as \"1500.00\""));
        assertEquals("ยาวได้ไม่เกิน 100 ตัวอักษร", i18n.message("must be at most 100 characters"));
        i18n.locale().set(Locale.ENGLISH);
        assertEquals("Something only the server knows.", i18n.message(unknown.message()), "English: the server's words");
        assertEquals("Export failed: Your role does not allow this.", i18n.message(I18n.compose("export.failed",
                I18n.key(th.ac.ums.client.api.ApiException.messageOf(forbidden)))));
    }

    @Test
    void aMessageReadsItsWordsDatesAndNamesInTheLanguageOfTheMoment() {
        I18n i18n = new I18n(I18n.THAI);
        String bucket = I18n.compose("bucket.describeTo", I18n.key("aging.d90plus"),
                I18n.date(java.time.LocalDate.of(2026, 9, 1)));
        String held = I18n.compose("hold.placed", I18n.word("HoldType", "ACADEMIC"),
                I18n.person("62000039", "ภัทรา แก้วสะอาด", "Phatthra Kaeosak"));
        assertTrue(i18n.message(bucket).endsWith("(ครบกำหนดไม่เกิน 1 ก.ย. 2569)"), i18n.message(bucket));
        assertEquals("ระงับสิทธิ์ประเภท วิชาการ ของ 62000039 ภัทรา แก้วสะอาด แล้ว", i18n.message(held));
        i18n.locale().set(Locale.ENGLISH);
        assertTrue(i18n.message(bucket).endsWith("(due 1 Sep 2026 or earlier)"), i18n.message(bucket));
        assertEquals("Academic hold placed on 62000039 Phatthra Kaeosak.", i18n.message(held));
        assertEquals("Exported 1 row.", i18n.message(I18n.compose("export.doneRows", I18n.counted("rows", 1))));
        assertEquals("Exported 14,423 rows.", i18n.message(I18n.compose("export.doneRows", I18n.counted("rows", 14423))));
    }
}
