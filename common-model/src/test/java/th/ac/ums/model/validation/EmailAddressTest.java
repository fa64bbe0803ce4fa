package th.ac.ums.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {
    /** Spellings of user@example.test that a person cannot tell apart from it. */
    static final String[] SPELLINGS = {
        "user@example.test",
        "USER@Example.Test",
        "us\u200Ber@example.test",          // zero-width space inside
        "\uFEFFuser@example.test",          // byte-order mark in front
        "user@example.test\u00A0",          // no-break space behind
        "\u3000user@example.test\u2007",    // ideographic and figure spaces around
        "\uFF55\uFF53\uFF45\uFF52\uFF20\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.\uFF54\uFF45\uFF53\uFF54", // full width
        "u\u00ADser@exa\u2060mple.test",    // soft hyphen, word joiner
        "user@example.test\u200D\u200C",    // joiners behind
        "\u202Euser@example.test",          // right-to-left override
        "user\uFE0F@example.test",          // variation selector
        " user@example.test\t",
    };

    @Test
    void everySpellingHasTheSameCanonicalForm() {
        for (String spelling : SPELLINGS) {
            assertEquals("user@example.test", EmailAddress.canonical(spelling), () -> escape(spelling));
        }
    }

    @Test
    void lowerCaseIsLocaleIndependent() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals("iris@example.test", EmailAddress.canonical("IRIS@EXAMPLE.TEST"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(EmailAddress.canonical(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us\u200Ber@example.test", "\uFEFFuser@example.test", "user@example.test\u00A0",
        "\uFF55ser@example.test", "u\u00ADser@example.test", "user@exampl\u0435.test"})
    void anAccountCannotBeCreatedWithHiddenOrLookAlikeCharacters(String email) {
        Errors errors = new Errors();
        Rules.email(errors, "email", email);
        assertFalse(errors.isEmpty(), () -> escape(email));
        assertEquals("email", errors.list().get(0).field());
    }

    @Test
    void hiddenCharactersAreNamedInTheMessage() {
        Errors errors = new Errors();
        Rules.email(errors, "email", "us\u200Ber@example.test");
        assertTrue(errors.list().get(0).message().contains("invisible"));
    }

    @Test
    void lengthLimitIsTheColumnsAt254() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(3);
        String at253 = local + "@" + domain + "c".repeat(253 - local.length() - 1 - domain.length());
        Errors ok = new Errors();
        Rules.email(ok, "email", at253 + "c");
        assertTrue(ok.isEmpty(), ok.list()::toString);
        Errors tooLong = new Errors();
        Rules.email(tooLong, "email", at253 + "cc");
        assertEquals("must be at most 254 characters", tooLong.list().get(0).message());
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 128 ? Character.toString(cp) : String.format("\\u%04X", cp)));
        return sb.toString();
    }
}
