package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyWordsTest {
    @Test
    void thaiAsBahtTextWritesIt() {
        assertEquals("หนึ่งพันห้าร้อยบาทถ้วน", MoneyWords.of("1500.00", true));
        assertEquals("ยี่สิบเอ็ดบาทห้าสิบสตางค์", MoneyWords.of("21.50", true));
        assertEquals("หนึ่งร้อยเอ็ดบาทถ้วน", MoneyWords.of("101", true));
        assertEquals("สิบบาทถ้วน", MoneyWords.of("10", true));
        assertEquals("สิบเอ็ดบาทถ้วน", MoneyWords.of("11", true));
        assertEquals("สองหมื่นห้าพันบาทถ้วน", MoneyWords.of("25000.00", true));
        assertEquals("หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์",
                MoneyWords.of(new BigDecimal("1234567.89"), true));
        assertEquals("สิบเอ็ดล้านบาทถ้วน", MoneyWords.of("11000000", true));
        assertEquals("ห้าสิบสตางค์", MoneyWords.of("0.50", true));
        assertEquals("ศูนย์บาทถ้วน", MoneyWords.of("0", true));
    }

    @Test
    void englishAsAChequeWritesIt() {
        assertEquals("One thousand five hundred baht", MoneyWords.of("1500.00", false));
        assertEquals("Twenty-one baht and fifty satang", MoneyWords.of("21.50", false));
        assertEquals("One million two hundred thirty-four thousand five hundred sixty-seven baht and eighty-nine satang",
                MoneyWords.of("1234567.89", false));
        assertEquals("", MoneyWords.of("not money", false));
        assertEquals("", MoneyWords.of("-5", false));
    }
}
