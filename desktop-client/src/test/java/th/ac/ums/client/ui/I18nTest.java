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
}
