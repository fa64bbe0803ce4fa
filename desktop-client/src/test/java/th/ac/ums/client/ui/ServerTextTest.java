package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The server's words for a wrong JSON type, an id that is not positive and a paid invoice (issue 18's
 * operator check) are said in Thai too, not left in English.
 */
class ServerTextTest {
    private final I18n thai = new I18n(I18n.THAI);

    @Test
    void theServersTypeAndIdWordsAreSaidInThai() {
        assertEquals("ต้องเป็นจำนวนเงินบาท เช่น 1,500.00", ServerText.show(thai, "must be a string of money like \"1500.00\""));
        assertEquals("ต้องเป็นข้อความ", ServerText.show(thai, "must be text"));
        assertEquals("ต้องเป็นจำนวนเต็มบวก", ServerText.show(thai, "must be a positive whole number"));
        assertEquals("ใบแจ้งหนี้นี้ชำระครบแล้ว ไม่มียอดค้างชำระ",
                ServerText.show(thai, "The invoice is already paid; nothing is outstanding on it."));
    }

    @Test
    void englishIsShownAsTheServerWroteIt() {
        I18n english = new I18n(java.util.Locale.ENGLISH);
        assertEquals("must be text", ServerText.show(english, "must be text"));
        assertEquals(null, ServerText.key("must be texts"));
    }
}
