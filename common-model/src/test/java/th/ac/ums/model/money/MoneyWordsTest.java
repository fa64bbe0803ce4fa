package th.ac.ums.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The Thai words are those Excel's BAHTTEXT writes. Microsoft's page documents one case
 * (1234: หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน); the เอ็ด rule is taken from what Excel was observed to
 * write: 101 หนึ่งร้อยเอ็ด, 2001 สองพันเอ็ด and 5,001,000,000 ห้าพันเอ็ดล้าน (greatfriends/ThaiBahtText
 * issue 14, "แบบเหมือน Excel", checked against Excel 2013 in its issue 3), whose Excel-like mode reads
 * the units 1 of every group after the first as เอ็ด, 1,000,001 included; Univer's BAHTTEXT
 * (dream-num/univer, functions/text/bahttext) does the same. LibreOffice's BAHTTEXT writes
 * หนึ่งร้อยหนึ่ง, which is not what Excel writes.
 */
class MoneyWordsTest {
    @Test
    void thaiAsBahtTextWritesIt() {
        assertEquals("หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน", MoneyWords.of("1234", true));
        assertEquals("หนึ่งพันห้าร้อยบาทถ้วน", MoneyWords.of("1500.00", true));
        assertEquals("ยี่สิบเอ็ดบาทห้าสิบสตางค์", MoneyWords.of("21.50", true));
        assertEquals("สิบบาทถ้วน", MoneyWords.of("10", true));
        assertEquals("สองหมื่นห้าพันบาทถ้วน", MoneyWords.of("25000.00", true));
        assertEquals("สิบเอ็ดล้านบาทถ้วน", MoneyWords.of("11000000", true));
        assertEquals("ศูนย์บาทถ้วน", MoneyWords.of("0", true));
    }

    @Test
    void aOneInTheUnitsIsEtAfterAHigherDigitAndNeungAlone() {
        assertEquals("หนึ่งบาทถ้วน", MoneyWords.of("1", true));
        assertEquals("สิบเอ็ดบาทถ้วน", MoneyWords.of("11", true));
        assertEquals("ยี่สิบเอ็ดบาทถ้วน", MoneyWords.of("21", true));
        assertEquals("หนึ่งร้อยเอ็ดบาทถ้วน", MoneyWords.of("101", true));
        assertEquals("สองพันเอ็ดบาทถ้วน", MoneyWords.of("2001", true));
        assertEquals("หนึ่งล้านบาทถ้วน", MoneyWords.of("1000000", true));
        assertEquals("หนึ่งล้านเอ็ดบาทถ้วน", MoneyWords.of("1000001", true));
        assertEquals("ยี่สิบเอ็ดล้านบาทถ้วน", MoneyWords.of("21000000", true));
        assertEquals("ห้าพันเอ็ดล้านบาทถ้วน", MoneyWords.of("5001000000", true));
        assertEquals("หนึ่งล้านล้านบาทถ้วน", MoneyWords.of("1000000000000", true));
    }

    @Test
    void satangAloneAndAfterBaht() {
        assertEquals("ยี่สิบห้าสตางค์", MoneyWords.of("0.25", true));
        assertEquals("หนึ่งสตางค์", MoneyWords.of("0.01", true));
        assertEquals("ยี่สิบเอ็ดสตางค์", MoneyWords.of("0.21", true));
        assertEquals("ห้าสิบสตางค์", MoneyWords.of("0.50", true));
        assertEquals("หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์",
                MoneyWords.of(new BigDecimal("1234567.89"), true));
        assertEquals("หนึ่งบาทหนึ่งสตางค์", MoneyWords.of("1.005", true));
    }

    @Test
    void englishAsAChequeWritesIt() {
        assertEquals("One thousand five hundred baht", MoneyWords.of("1500.00", false));
        assertEquals("Twenty-one baht and fifty satang", MoneyWords.of("21.50", false));
        assertEquals("One million two hundred thirty-four thousand five hundred sixty-seven baht and eighty-nine satang",
                MoneyWords.of("1234567.89", false));
        assertEquals("One million one baht", MoneyWords.of("1000001", false));
        assertEquals("Twenty-one million baht", MoneyWords.of("21000000", false));
        assertEquals("Twenty-five satang", MoneyWords.of("0.25", false));
        assertEquals("One satang", MoneyWords.of("0.01", false));
        assertEquals("One baht", MoneyWords.of("1", false));
        assertEquals("Zero baht", MoneyWords.of("0", false));
        assertEquals("", MoneyWords.of("not money", false));
        assertEquals("", MoneyWords.of("-5", false));
    }
}
