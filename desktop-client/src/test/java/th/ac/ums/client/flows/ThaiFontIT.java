package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.ui.ThaiFont;
import th.ac.ums.server.testing.TestEnv;

/**
 * The console's own Thai font: every label of the real sign-in card is in Sarabun, loaded from the
 * app, and Thai letters come out as three different letters, not boxes; a family nobody installed
 * fails the same check (the control). The installed app's smoke test runs the same check under a
 * font configuration without Thai fonts (installer/smoke-installed.sh).
 */
class ThaiFontIT extends FxRobot {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterAll
    static void prefs() throws Exception {
        Console.cleanPreferences();
    }

    @Test
    void theSignInCardIsInTheBundledFontAndThaiIsDrawnAsLetters() throws Exception {
        App app = Console.start(env, Locale.forLanguageTag("th-TH"));
        Label title = lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F))
                .findFirst().orElseThrow(() -> new AssertionError("no Thai label on the sign-in card"));
        assertEquals(ThaiFont.FAMILY, title.getFont().getFamily(), title.getText());
        AtomicBoolean bundled = new AtomicBoolean();
        AtomicBoolean nobodys = new AtomicBoolean(true);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        interact(() -> {
            try {
                bundled.set(ThaiFont.rendersThai());
                nobodys.set(ThaiFont.rendersThai("No Such Family UMS"));
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        assertEquals(null, failed.get());
        assertTrue(bundled.get(), "Sarabun draws ก ข ม as three letters");
        assertFalse(nobodys.get(), "the check fails for a font that is not there");
        assertTrue(app.i18n().thai());
        th.ac.ums.client.testing.Windows.snapshot(app.shellOrLogin().getScene(),
                java.nio.file.Path.of("target", "thai-font-sign-in.png"));
    }
}
