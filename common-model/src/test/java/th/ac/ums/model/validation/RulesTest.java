package th.ac.ums.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "00000001"})
    void studentCodeIsExactlyEightDigits(String code) {
        Errors errors = new Errors();
        Rules.studentCode(errors, "studentCode", code);
        assertTrue(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "๑๒๓๔๕๖๗๘", " 12345678"})
    void studentCodeRefusesAnythingElse(String code) {
        Errors errors = new Errors();
        Rules.studentCode(errors, "studentCode", code);
        assertEquals("must be exactly 8 digits", errors.list().get(0).message());
    }

    @Test
    void thaiAndLatinNamesAreCheckedByScript() {
        Errors errors = new Errors();
        Rules.thaiName(errors, "firstNameTh", "สมชาย", 100);
        Rules.latinName(errors, "firstNameEn", "Somchai", 100);
        assertTrue(errors.isEmpty());
        Rules.thaiName(errors, "lastNameTh", "Jaidee", 100);
        Rules.latinName(errors, "lastNameEn", "ใจดี", 100);
        assertEquals(2, errors.list().size());
    }

    @Test
    void controlCharactersAndNulBytesAreRefused() {
        Errors errors = new Errors();
        Rules.text(errors, "note", "abc\u0000def", 100);
        assertTrue(errors.has("note"));
    }

    @Test
    void moneyIsParsedFromTwoDecimalStrings() {
        Errors errors = new Errors();
        assertEquals(new BigDecimal("1500.00"), Rules.parseMoney(errors, "amount", "1500.00"));
        assertNull(Rules.parseMoney(errors, "amount", "1e3"));
        assertNull(Rules.parseMoney(errors, "amount", "1.005"));
        assertEquals(2, errors.list().size());
        Errors positive = new Errors();
        Rules.positiveMoney(positive, "amount", new BigDecimal("-1.00"));
        assertFalse(positive.isEmpty());
    }

    @Test
    void emailShapeAndLength() {
        Errors errors = new Errors();
        Rules.email(errors, "email", "registrar@ums.ac.th");
        assertTrue(errors.isEmpty());
        Rules.email(errors, "email", "no-at-sign");
        Rules.email(errors, "email", "a@" + "b".repeat(250) + ".th");
        assertEquals(2, errors.list().size());
    }
}
