package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import th.ac.ums.client.App;
import th.ac.ums.client.api.ConsoleVersion;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The version handshake end to end, the real console against the real server (oldest served
 * 1.1.0, newest 1.3.0): a 1.0.0 console shows "this console must be updated" with the link instead
 * of the sign-in card; a 1.2.0 console signs in under a quiet "update available" bar and the
 * helpdesk sees its version; a 1.3.0 console shows nothing.
 */
class VersionHandshakeIT extends FxRobot {
    static final String LINK = "https://it.ums.ac.th/console/";
    @RegisterExtension
    static final TestEnv env = new TestEnv()
            .with("clients.minimum-version", "1.1.0")
            .with("clients.latest-version", "1.3.0")
            .with("clients.download-url", LINK);

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty(ConsoleVersion.PROPERTY);
    }

    @AfterAll
    static void prefs() throws Exception {
        Console.cleanPreferences();
    }

    private static App console(String version) throws Exception {
        System.setProperty(ConsoleVersion.PROPERTY, version);
        return Console.start(prefs -> new App.Options(env.baseUrl(), prefs, Locale.ENGLISH));
    }

    private void signIn(App app, String email) throws Exception {
        clickOn("#email").write(email);
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && lookup(id).tryQuery().map(n -> n.getScene() != null).orElse(false);
    }

    @Test
    void aConsoleTheServerNoLongerServesSaysItMustBeUpdatedAndWhere() throws Exception {
        App app = console("1.0.0");
        List<String> opened = new ArrayList<>();
        app.openLinksWith(opened::add);
        waitUntil(() -> app.updates().mustUpdate().get());
        waitUntil(() -> showing("#update-required"));
        String text = Windows.text(app.shellOrLogin());
        assertTrue(text.contains("This console must be updated"), text);
        assertTrue(text.contains("1.0.0") && text.contains("1.1.0") && text.contains("1.3.0"), text);
        assertTrue(lookup("#sign-in").tryQuery().isEmpty(), "no sign-in card to type a password into");
        assertEquals(LINK, lookup("#update-link").queryAs(Hyperlink.class).getText());
        clickOn("#update-link");
        assertEquals(List.of(LINK), opened);
        assertNull(app.shell());
    }

    @Test
    void anOlderSupportedConsoleSignsInUnderAQuietNoticeAndHelpdeskSeesItsVersion() throws Exception {
        Console.User clerk = Console.user(env, false, Role.REGISTRAR);
        App app = console("1.2.0");
        waitUntil(() -> showing("#update-available"));
        String bar = Windows.text(lookup("#update-available").query());
        assertTrue(bar.contains("1.3.0") && bar.contains("1.2.0"), bar);
        signIn(app, clerk.email());
        assertTrue(showing("#update-available"), "the notice stays while the console is used");
        assertFalse(app.updates().mustUpdate().get());

        Staff staff = new Staff(env);
        JsonNode sessions = staff.signedIn(Role.HELPDESK).api(env).get("/api/v1/sessions?email=" + clerk.email())
                .json().get("data");
        assertEquals(1, sessions.size(), sessions.toString());
        assertEquals("1.2.0", sessions.get(0).get("consoleVersion").asText());
    }

    @Test
    void aCurrentConsoleShowsNothing() throws Exception {
        Console.User clerk = Console.user(env, false, Role.REGISTRAR);
        App app = console("1.3.0");
        waitUntil(() -> app.updates().versions().get() != null);
        assertEquals("CURRENT", app.updates().versions().get().status());
        signIn(app, clerk.email());
        assertFalse(showing("#update-available"));
        assertFalse(showing("#update-required"));
    }
}
