package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void readsMoneyAsStaffTypeIt() {
        assertEquals(Optional.of("10000.00"), Money.parse("10,000"), "the newcomer's input (issue 14)");
        assertEquals(Optional.of("10000.50"), Money.parse("10,000.50"));
        assertEquals(Optional.of("10000.50"), Money.parse(" 10,000.5 "));
        assertEquals(Optional.of("10000.00"), Money.parse("10000"));
        assertEquals(Optional.of("10000.00"), Money.parse("10 000"));
        assertEquals(Optional.of("10000.00"), Money.parse("10\u00A0000"));
        assertEquals(Optional.of("1234567.89"), Money.parse("1,234,567.89"));
        assertEquals(Optional.of("10000.00"), Money.parse("฿10,000"));
        assertEquals(Optional.of("10000.00"), Money.parse("฿ 10,000"));
        assertEquals(Optional.of("10000.00"), Money.parse("10,000 บาท"));
        assertEquals(Optional.of("10000.00"), Money.parse("10,000บาท"));
        assertEquals(Optional.of("10000.00"), Money.parse("10,000 THB"));
        assertEquals(Optional.of("1500.00"), Money.parse("1500.00"));
        assertEquals(Optional.of("0.50"), Money.parse("0.50"));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String bad : new String[] {"", "  ", "abc", "-100", "1,00", "10,0000", "1.234", "1..2", "1.2.3", "10,000.",
                ".5", "1e3", "๑๐๐", "10 00", "1,000,00", "บาท", "100 USD", "$100", "1000000000", "10,000 บาท บาท x"}) {
            assertEquals(Optional.empty(), Money.parse(bad), bad);
        }
        assertEquals(Optional.empty(), Money.parse(null));
    }

    @Test
    void aMoneyFieldSaysWhatIsWrongInTheConsolesWords() {
        Map<String, String> errors = new HashMap<>();
        assertEquals("10000.00", Money.read("10,000", errors, "amount"));
        assertEquals(Map.of(), errors);
        assertNull(Money.read("10,00", errors, "amount"));
        assertEquals("money.bad", errors.get("amount"));
        assertNull(Money.read("0", errors, "amount"));
        assertEquals("money.notPositive", errors.get("amount"));
        assertNull(Money.read(" ", errors, "amount"));
        assertEquals("server.required", errors.get("amount"));
        I18n thai = new I18n(I18n.THAI);
        assertEquals("พิมพ์จำนวนเงิน เช่น 10,000 หรือ 10,000.50 (ตัวเลข คั่นหลักพันด้วยจุลภาค ทศนิยมไม่เกินสองตำแหน่ง)",
                thai.message("money.bad"));
    }
}
