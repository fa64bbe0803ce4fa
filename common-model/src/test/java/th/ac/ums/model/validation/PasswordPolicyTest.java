package th.ac.ums.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static Errors check(String password) {
        Errors errors = new Errors();
        PasswordPolicy.check(errors, "password", password);
        return errors;
    }

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertTrue(PasswordPolicy.listSize() >= 10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tr0ub4dor&3x", "กขค-Abc-123-xyz", "Horse!Battery9Staple"})
    void acceptsStrongPasswords(String password) {
        assertTrue(check(password).isEmpty(), () -> check(password).list().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Short1!", "alllowercase1!", "ALLUPPER1!", "NoDigits!!", "NoSymbols123", ""})
    void refusesPasswordsThatBreakTheRules(String password) {
        assertFalse(check(password).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123!", "Qwerty12345!", "!!Dragon2024"})
    void refusesCommonPasswordsEvenDecorated(String password) {
        Errors errors = check(password);
        assertEquals(1, errors.list().size());
        assertTrue(errors.list().get(0).message().contains("common"));
    }

    @Test
    void acceptsExactly128CharactersWithoutTruncatingAndRefuses129() {
        String base = "Aa1!".repeat(32);
        assertTrue(check(base).isEmpty());
        assertFalse(check(base + "x").isEmpty());
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        // eight emoji are 16 UTF-16 units but only 8 characters
        String eight = "😀😀😀😀Aa1!";
        assertTrue(check(eight).isEmpty(), () -> check(eight).list().toString());
    }
}
