package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Two desks: a registrar signed in on one, the helpdesk on the other. The helpdesk revokes the
 * registrar's session; the registrar's console is sent back to sign-in on its next request.
 */
class HelpdeskIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();


    private void signIn(App app, Node root, Console.User u) throws Exception {
        interact(() -> {
            ((javafx.scene.control.TextField) root.lookup("#email")).setText(u.email());
            ((javafx.scene.control.TextField) root.lookup("#password")).setText(Staff.PASSWORD);
        });
        clickOn(root.lookup("#sign-in"));
        Console.waitForShell(app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void revokingASessionSendsThatConsoleBackToSignIn() throws Exception {
        Console.User registrar = Console.user(env, false, Role.REGISTRAR);
        Console.User agent = Console.user(env, false, Role.HELPDESK);
        App victim = Console.another(env);
        Node victimRoot = victim.shellOrLogin();
        signIn(victim, victimRoot, registrar);

        App desk = Console.start(env, Locale.ENGLISH);
        signIn(desk, desk.shellOrLogin(), agent);
        clickOn("#nav-helpdesk");
        interact(() -> ((javafx.scene.control.TextField) lookup("#helpdesk-search").query()).setText(registrar.email()));
        clickOn("#helpdesk-search").type(javafx.scene.input.KeyCode.ENTER);
        TableView<UserDto> users = lookup("#helpdesk-users").queryAs(TableView.class);
        waitUntil(() -> users.getItems().size() == 1);
        interact(() -> users.getSelectionModel().select(0));
        TableView<?> sessions = lookup("#helpdesk-sessions").queryAs(TableView.class);
        waitUntil(() -> sessions.getItems().size() == 1);
        desk.helpdeskView().confirmWith(text -> true);
        clickOn(lookup(".revoke-one").queryButton());
        waitUntil(() -> lookup("#helpdesk-message").queryAs(Label.class).getText().startsWith("Session of " + registrar.email()));
        waitUntil(sessions.getItems()::isEmpty);

        assertTrue(!victim.session().lost().get(), "nothing tells the victim before its next request");
        interact(() -> victim.shell().show(th.ac.ums.client.shell.Screen.STUDENTS));
        waitUntil(() -> victim.session().lost().get());
        Node relogin = victim.shellOrLogin().lookup(".relogin-layer");
        assertTrue(relogin.isVisible(), "the re-login layer covers the console");
        assertEquals(registrar.email(), ((javafx.scene.control.TextField) relogin.lookup("#email")).getText(),
                "the re-login form is for the same user");
    }
}
