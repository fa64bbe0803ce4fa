package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.client.App;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The console by keyboard: focus lands in the first field, Enter submits the form it is in, Esc
 * undoes a field's edit, Ctrl+digit opens a screen, F1 shows the keys, and leaving unsaved edits
 * asks Save / Discard / Stay.
 */
class KeyboardIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @BeforeAll
    static void seed() {
        env.seed(100);
    }


    private Node focused(App app) {
        return app.shellOrLogin().getScene().getFocusOwner();
    }

    @Test
    void aRegistrarWorksByKeyboard() throws Exception {
        Console.User registrar = Console.user(env, false, Role.REGISTRAR);
        App app = Console.start(env, Locale.ENGLISH);
        waitUntil(() -> focused(app) != null && "email".equals(focused(app).getId()));
        write(registrar.email()).type(KeyCode.TAB).write(Staff.PASSWORD).type(KeyCode.ENTER);
        Console.waitForShell(app);

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> focused(app) != null && "students-search".equals(focused(app).getId()));
        write("zzz");
        type(KeyCode.ESCAPE);
        assertEquals("", lookup("#students-search").queryAs(TextField.class).getText(), "Esc undid the edit");

        PagedTableView<?> grid = lookup("#students-table").queryAs(PagedTableView.class);
        waitUntil(() -> grid.pagedRows().peek(0) != null);
        interact(() -> grid.getSelectionModel().select(0));
        waitUntil(() -> lookup("#student-name").tryQuery().isPresent());
        Node detail = lookup("#student-detail").query();
        TextField phone = (TextField) detail.lookup("#phone");
        interact(() -> {
            phone.requestFocus();
            phone.setText("0811111111");
        });
        type(KeyCode.ENTER);
        waitUntil(() -> "Saved.".equals(((Label) detail.lookup("#student-message")).getText()));

        interact(() -> phone.setText("0822222222"));
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        DialogPane unsaved = dialog();
        assertEquals("unsaved-dialog", unsaved.getId());
        answer(unsaved, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertSame(Screen.STUDENTS, screen(app), "Stay keeps the screen and the edit");
        assertEquals("0822222222", phone.getText());
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        answer(dialog(), ButtonBar.ButtonData.NO);
        waitUntil(() -> screen(app) == Screen.DASHBOARD);
        assertEquals("0811111111", phone.getText(), "Discard put the saved value back");

        type(KeyCode.F1);
        DialogPane help = dialog();
        assertEquals("help-dialog", help.getId());
        assertTrue(help.lookupAll(".label").stream().anyMatch(l -> "Ctrl+2".equals(((Label) l).getText())));
        type(KeyCode.ESCAPE);
        waitUntil(() -> openDialog() == null);
    }

    /**
     * Tab through every screen (an administrator sees them all; the students screen with a Student
     * 360 open): each focus owner is visible on screen and shows the focus ring (issue 14: after the
     * helpdesk's user table, five Tab presses went to nodes nobody could see).
     */
    @Test
    void tabNeverLosesTheFocusOnAnyScreen() throws Exception {
        Console.User admin = Console.user(env, false, Role.ADMIN);
        App app = Console.start(env, Locale.ENGLISH);
        waitUntil(() -> focused(app) != null && "email".equals(focused(app).getId()));
        write(admin.email()).type(KeyCode.TAB).write(Staff.PASSWORD).type(KeyCode.ENTER);
        Console.waitForShell(app);
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (Screen s : Screen.values()) {
            String[] keys = s.shortcut().getName().split("\\+");
            press(KeyCode.CONTROL, KeyCode.getKeyCode(keys[keys.length - 1]))
                    .release(KeyCode.getKeyCode(keys[keys.length - 1]), KeyCode.CONTROL);
            waitUntil(() -> screen(app) == s);
            org.testfx.util.WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (s == Screen.STUDENTS) {
                PagedTableView<?> grid = lookup("#students-table").queryAs(PagedTableView.class);
                waitUntil(() -> grid.pagedRows().peek(0) != null);
                interact(() -> grid.getSelectionModel().select(0));
                waitUntil(() -> lookup("#student-name").tryQuery().map(Node::isVisible).orElse(false));
                org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            if (s == Screen.HELPDESK) {
                javafx.scene.control.TableView<?> users = lookup("#helpdesk-users").queryTableView();
                waitUntil(() -> !users.getItems().isEmpty());
                interact(() -> users.getSelectionModel().select(0));
                org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            java.util.Set<Node> seen = new java.util.HashSet<>();
            for (int i = 0; i < 60; i++) {
                type(KeyCode.TAB);
                Node f = focused(app);
                if (f == null) {
                    problems.add(s + ": Tab " + (i + 1) + ": nothing has the focus");
                    continue;
                }
                String why = FocusCheck.problem(f);
                if (why != null) {
                    problems.add(s + ": Tab " + (i + 1) + ": " + FocusCheck.describe(f) + " " + why);
                }
                if (!seen.add(f) && i > 10) {
                    break;   // round the screen once
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " focus problems:\n" + String.join("\n", problems));
    }

    private Screen screen(App app) {
        return app.shell().current();
    }

    private DialogPane dialog() throws Exception {
        waitUntil(() -> openDialog() != null);
        return openDialog();
    }

    private static DialogPane openDialog() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") instanceof DialogPane p) {
                return p;
            }
        }
        return null;
    }

    private void answer(DialogPane pane, ButtonBar.ButtonData data) throws Exception {
        interact(() -> {
            for (ButtonType b : pane.getButtonTypes()) {
                if (b.getButtonData() == data) {
                    ((Button) pane.lookupButton(b)).fire();
                }
            }
        });
        waitUntil(() -> openDialog() == null);
    }
}
