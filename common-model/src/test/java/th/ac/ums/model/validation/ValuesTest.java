package th.ac.ums.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.Role;

class ValuesTest {

    @Test
    void idsAreExactPositiveNumbers() {
        assertEquals(Optional.of(5L), Values.id("5"));
        assertEquals(Optional.of(123456789012345678L), Values.id("123456789012345678"));
        for (String bad : new String[] {"05", " 5", "5 ", "5.0", "+5", "-5", "0", "", "1234567890123456789", "٥",
                "5e0", "0x5"}) {
            assertTrue(Values.id(bad).isEmpty(), bad);
        }
        assertTrue(Values.id(null).isEmpty());
    }

    @Test
    void versionsMayBeZero() {
        assertEquals(Optional.of(0L), Values.version("0"));
        assertEquals(Optional.of(6L), Values.version("6"));
        assertTrue(Values.version("06").isEmpty());
        assertTrue(Values.version("\"6\"").isEmpty());
        assertTrue(Values.version("W/\"6\"").isEmpty());
    }

    @Test
    void booleansAreSpelledExactly() {
        assertEquals(Optional.of(true), Values.bool("true"));
        assertEquals(Optional.of(false), Values.bool("false"));
        for (String bad : new String[] {"True", "TRUE", " true", "1", "yes", "", "f"}) {
            assertTrue(Values.bool(bad).isEmpty(), bad);
        }
    }

    @Test
    void enumsByExactName() {
        Role any = Role.values()[0];
        assertEquals(Optional.of(any), Values.oneOf(any.name(), Role.class));
        assertTrue(Values.oneOf(any.name().toLowerCase(java.util.Locale.ROOT), Role.class).isEmpty());
        assertTrue(Values.oneOf(" " + any.name(), Role.class).isEmpty());
        assertTrue(Values.oneOfRule(Role.class).startsWith("must be one of [" + any.name()));
    }

    @Test
    void limitsCountAboveTheMostAsTheMost() {
        assertEquals(Optional.of(5), Values.limit("5", 100));
        assertEquals(Optional.of(5), Values.limit("005", 100));
        assertEquals(Optional.of(100), Values.limit("101", 100));
        assertEquals(Optional.of(100), Values.limit("99999999999999999999999", 100));
        for (String bad : new String[] {"0", "000", "-1", "-0", "1.5", " 5", "", "abc"}) {
            assertTrue(Values.limit(bad, 100).isEmpty(), bad);
        }
        assertTrue(Values.wholeNumber("-3"));
        assertFalse(Values.wholeNumber("3.0"));
    }
}
