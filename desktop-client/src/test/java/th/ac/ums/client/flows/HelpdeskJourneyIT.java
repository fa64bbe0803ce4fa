package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The helpdesk's and the administrator's day, in the real console with its default settings
 * against the real server on a university of 20,000 students. A helpdesk agent finds a registrar
 * locked out by wrong passwords, reads the lock and the failed sign-ins in words, unlocks her, ends
 * one of her sessions and then the rest; sees that two-factor sign-in cannot be reset for someone
 * without it (and that an administrator's sessions are not theirs to end) and resets it for
 * someone with it. An administrator creates a user, meeting a field error on the way, and finds
 * them in the table. Everything is asserted as a person reads it: words, names, dates.
 */
class HelpdeskJourneyIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter THAI = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", I18n.THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1) Mobile/15E148 Safari/604.1";
    private static Api admin;

    @BeforeAll
    static void university() {
        env.seed(20_000);
        admin = new Staff(env).signedIn(Role.ADMIN).api(env);
    }


    /** A staff account made by the administrator through the API, with a real name. */
    private static long person(String email, String name, Role role) {
        Api.Response r = admin.post("/api/v1/users", Map.of("email", email, "displayName", name,
                "roles", List.of(role.name()), "password", Staff.PASSWORD));
        assertEquals(201, r.status(), r::text);
        return r.json().get("id").asLong();
    }

    /** Signs the person in through the API from a browser or phone: one live session each time. */
    private static String signIn(String email, String client) {
        Api.Response r = env.api().header("User-Agent", client).post("/api/v1/auth/login",
                Map.of("email", email, "password", Staff.PASSWORD));
        assertEquals(200, r.status(), r::text);
        return r.json().get("token").asText();
    }

    private static JsonNode user(long id) {
        return admin.get("/api/v1/users/" + id).json();
    }

    private static String english(String instant) {
        return ENGLISH.format(Instant.parse(instant).atZone(BANGKOK));
    }

    @Test
    void theHelpdeskUnlocksEndsSessionsAndResetsTwoFactorAndTheAdministratorCreatesAUser() throws Exception {
        // Somchai (registrar) is signed in on a laptop, a browser and a phone, then mistypes her password
        String somchai = "somchai.jaidee@ums.ac.th";
        long somchaiId = person(somchai, "Somchai Jaidee", Role.REGISTRAR);
        signIn(somchai, "UMS-Console/1.0 (Windows 11)");
        signIn(somchai, FIREFOX);
        signIn(somchai, PHONE);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, env.api().header("User-Agent", PHONE).post("/api/v1/auth/login",
                    Map.of("email", somchai, "password", "Somchai-2569")).status());
        }
        assertEquals(429, env.api().header("User-Agent", PHONE).post("/api/v1/auth/login",
                Map.of("email", somchai, "password", Staff.PASSWORD)).status(), "now even the right one is refused");
        JsonNode locked = user(somchaiId);
        String lockedUntil = english(locked.get("lockedUntil").asText());
        String lastSignIn = english(locked.get("lastLoginAt").asText());

        // Malee (finance) has two-factor sign-in and two sessions
        String malee = "malee.srisuk@ums.ac.th";
        person(malee, "Malee Srisuk", Role.FINANCE);
        String token = signIn(malee, FIREFOX);
        signIn(malee, PHONE);
        Api asMalee = env.api().bearer(token);
        String secret = asMalee.post("/api/v1/me/2fa/enrollment", "").json().get("secret").asText();
        assertEquals(200, asMalee.post("/api/v1/me/2fa/enrollment/confirm",
                Map.of("code", Console.code(env, secret))).status());
        env.clock().advance(Duration.ofSeconds(30));

        // and Prasert is an administrator, signed in
        String prasert = "prasert.admin@ums.ac.th";
        person(prasert, "Prasert Wongsa", Role.ADMIN);
        signIn(prasert, FIREFOX);

        Console.User agent = Console.user(env, false, Role.HELPDESK);
        App app = Console.start(env, Locale.ENGLISH);
        signInToConsole(app, agent);
        clickOn("#nav-helpdesk");
        TableView<?> users = lookup("#helpdesk-users").queryAs(TableView.class);

        // the agent finds her by name among the university's other Somchais and picks her row
        find("Somchai");
        waitUntil(() -> users.getItems().size() > 1 && rowWith(users, somchai) >= 0);
        int row = rowWith(users, somchai);
        assertEquals(List.of(somchai, "Somchai Jaidee", "Registrar", "Active", "Off", lockedUntil, lastSignIn),
                cells(users, row));
        clickOn(fxCall(() -> rowNode(users, row)));
        waitUntil(() -> text("#helpdesk-person").startsWith("Somchai Jaidee"));
        assertEquals("Somchai Jaidee · " + somchai + " · Registrar", text("#helpdesk-person"));
        assertEquals("Locked until " + lockedUntil, text("#helpdesk-lock"));
        assertEquals("Off", text("#helpdesk-2fa"));
        waitUntil(() -> text("#helpdesk-live").equals("3 live"));
        assertTrue(lookup("#reset-2fa").queryButton().isDisabled(), "nothing to reset");
        assertEquals("Nothing to reset: two-factor sign-in is off for this user.", text("#reset-2fa-why"));
        assertFalse(lookup("#unlock").queryButton().isDisabled());
        assertEquals("", text("#unlock-why"));

        // the failed sign-ins: when, from where, with what, why, in words
        clickOn("#helpdesk-tab-sign-ins");
        TableView<?> signIns = lookup("#helpdesk-sign-ins").queryAs(TableView.class);
        waitUntil(() -> signIns.getItems().size() == 6);
        List<String> newest = cells(signIns, 0);
        assertEquals(List.of(lockedUntilMinus30(locked), "Refused: too many failed attempts", "127.0.0.1", PHONE),
                newest);
        for (int i = 1; i < 6; i++) {
            assertEquals("Wrong password", cells(signIns, i).get(1));
        }
        assertEquals("Failed sign-ins (6)", tabText("#helpdesk-tab-sign-ins"));

        // unlock: asked, naming her, then told
        String question = answer("#unlock", true);
        assertTrue(question.startsWith("Unlock sign-in for Somchai Jaidee (" + somchai + ")? It is locked until "
                + lockedUntil), question);
        waitUntil(() -> text("#helpdesk-message").equals("Sign-in unlocked for " + somchai + "."));
        waitUntil(() -> text("#helpdesk-lock").equals("Not locked"));
        assertEquals("—", cells(users, rowWith(users, somchai)).get(5), "locked until, in the table");
        assertTrue(lookup("#unlock").queryButton().isDisabled());
        assertEquals("Nothing to unlock: sign-in is not locked.", text("#unlock-why"));
        assertTrue(user(somchaiId).get("lockedUntil").isNull(), "the server agrees");

        // end the phone's session
        clickOn("#helpdesk-tab-sessions");
        TableView<?> sessions = lookup("#helpdesk-sessions").queryAs(TableView.class);
        waitUntil(() -> sessions.getItems().size() == 3);
        int phone = rowWith(sessions, PHONE);
        Button endPhone = fxCall(() -> (Button) rowNode(sessions, phone).lookup(".revoke-one"));
        question = answer(endPhone, true);
        assertTrue(question.startsWith("End the session of Somchai Jaidee (" + somchai + ") from 127.0.0.1 ("
                + PHONE + "), last seen "), question);
        waitUntil(() -> text("#helpdesk-message").equals("Session of " + somchai + " from 127.0.0.1 ended."));
        waitUntil(() -> sessions.getItems().size() == 2 && rowWith(sessions, PHONE) < 0);
        TableView<?> history = lookup("#helpdesk-history").queryAs(TableView.class);
        waitUntil(() -> history.getItems().size() == 1);
        clickOn("#helpdesk-tab-history");
        List<String> ended = cells(history, 0);
        assertEquals(List.of("Ended by staff", agent.email(), "127.0.0.1"), ended.subList(1, 4));
        assertEquals(PHONE, ended.get(5));

        // and the rest
        waitUntil(() -> text("#helpdesk-live").equals("2 live"));
        question = answer("#revoke-all", true);
        assertEquals("End all 2 live sessions of Somchai Jaidee (" + somchai + ")? They will have to sign in again"
                + " on every device.", question);
        waitUntil(() -> text("#helpdesk-message").equals("2 sessions of " + somchai + " ended."));
        waitUntil(() -> sessions.getItems().isEmpty() && text("#helpdesk-live").equals("0 live"));
        assertTrue(lookup("#revoke-all").queryButton().isDisabled());
        assertEquals("Nothing to end: no live sessions.", text("#revoke-all-why"));
        clickOn("#helpdesk-tab-sessions");
        assertEquals("No live sessions.", text("#helpdesk-sessions #placeholder"));
        waitUntil(() -> history.getItems().size() == 3);

        // an administrator's sessions are not the helpdesk's to end
        find("prasert");
        waitUntil(() -> users.getItems().size() == 1 && text("#helpdesk-person").startsWith("Prasert Wongsa"));
        waitUntil(() -> text("#helpdesk-live").equals("1 live"));
        assertTrue(lookup("#revoke-all").queryButton().isDisabled());
        assertEquals("Only an administrator can end an administrator's sessions or reset their two-factor sign-in.",
                text("#revoke-all-why"));
        waitUntil(() -> fxCall(() -> sessions.lookup(".revoke-one") != null));
        assertTrue(fxCall(() -> sessions.lookup(".revoke-one").isDisabled()), "nor one of them");

        // Malee has two-factor sign-in: reset it, which ends her two sessions
        find("Malee");
        waitUntil(() -> users.getItems().size() == 1 && text("#helpdesk-person").startsWith("Malee Srisuk"));
        assertEquals("On", cells(users, 0).get(4));
        assertEquals("On", text("#helpdesk-2fa"));
        waitUntil(() -> text("#helpdesk-live").equals("2 live") && !lookup("#reset-2fa").queryButton().isDisabled());
        question = answer("#reset-2fa", true);
        assertEquals("Reset two-factor sign-in for Malee Srisuk (" + malee + ")? Their sessions end, and they set up"
                + " an authenticator app again at their next sign-in.", question);
        waitUntil(() -> text("#helpdesk-message").equals("Two-factor sign-in reset for " + malee
                + "; 2 sessions ended."));
        waitUntil(() -> text("#helpdesk-2fa").equals("Off") && text("#helpdesk-live").equals("0 live"));
        assertEquals("Off", cells(users, 0).get(4));
        assertEquals("Nothing to reset: two-factor sign-in is off for this user.", text("#reset-2fa-why"));

        // Cancel changes nothing: Somchai signs in again, the agent is asked and says no
        signIn(somchai, FIREFOX);
        find(somchai);
        waitUntil(() -> text("#helpdesk-person").startsWith("Somchai Jaidee") && text("#helpdesk-live").equals("1 live"));
        answer("#revoke-all", false);
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals("1 live", text("#helpdesk-live"));

        // the same in Thai: words, and dates in the Buddhist Era
        interact(() -> app.i18n().locale().set(I18n.THAI));
        clickOn("#helpdesk-tab-sign-ins");
        waitUntil(() -> signIns.getItems().size() == 6);
        List<String> thai = cells(signIns, 0);
        assertEquals(THAI.format(Instant.parse(locked.get("lockedUntil").asText()).minus(Duration.ofMinutes(30))
                .atZone(BANGKOK)), thai.get(0));
        assertEquals("ถูกปฏิเสธ: พยายามผิดหลายครั้งเกินไป", thai.get(1));
        assertEquals("รหัสผ่านไม่ถูกต้อง", cells(signIns, 1).get(1));
        assertEquals("ไม่ถูกล็อก", text("#helpdesk-lock"));
        assertEquals("ปิด", text("#helpdesk-2fa"));
        assertEquals("การเข้าสู่ระบบที่ล้มเหลว (6)", tabText("#helpdesk-tab-sign-ins"));

        // the agent reads students but is offered nothing the server refuses a helpdesk role
        // (export, placing or lifting holds, editing: registrar and admin only)
        clickOn("#nav-students");
        th.ac.ums.client.ui.PagedTableView<?> grid = lookup("#students-table")
                .queryAs(th.ac.ums.client.ui.PagedTableView.class);
        waitUntil(() -> grid.pagedRows().peek(0) != null);
        assertTrue(lookup("#export").tryQuery().map(n -> !n.isVisible() && !n.isManaged()).orElse(true),
                "no Export CSV for helpdesk");
        interact(() -> grid.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> lookup("#student-name").tryQuery().map(Node::isVisible).orElse(false)
                && !((Label) lookup("#student-name").query()).getText().isBlank());
        assertFalse(lookup("#place-hold").tryQuery().isPresent(), "no Place a hold for helpdesk");
        assertTrue(lookup(".lift-hold").queryAll().isEmpty(), "no Lift for helpdesk");
        assertFalse(lookup("#save-student").tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false), "no editor for helpdesk");
        assertFalse(lookup("#nav-admissions").tryQuery().isPresent() || lookup("#nav-finance").tryQuery().isPresent()
                || lookup("#nav-users").tryQuery().isPresent(), "only the helpdesk's screens");
        FxToolkit.cleanupStages();

        administratorCreatesAUser(somchai);
    }

    /** The administrator's part: a new user, a field error first, then the user in the table. */
    private void administratorCreatesAUser(String taken) throws Exception {
        Console.User boss = Console.user(env, false, Role.ADMIN);
        App app = Console.start(env, Locale.ENGLISH);
        signInToConsole(app, boss);
        clickOn("#nav-users");
        TableView<?> table = lookup("#users-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        clickOn("#new-user");
        DialogPane dialog = dialogPane();
        assertEquals("New user", ((javafx.stage.Stage) dialog.getScene().getWindow()).getTitle());
        TextField email = field(dialog, "#email");
        waitUntil(() -> dialog.getScene().getFocusOwner() == email);
        assertEquals("8 to 128 characters with upper- and lower-case letters, a digit and a symbol; not a commonly"
                + " used password. Give it to the user privately; they can change it under My account.",
                ((Label) dialog.lookup("#password-policy")).getText());
        clickOn(email).write(taken);
        clickOn(field(dialog, "#displayName")).write("Niran Thongdee");
        clickOn((CheckBox) dialog.lookup("#new-role-helpdesk"));
        clickOn(field(dialog, "#password")).write("password");
        clickOn(button(dialog, ButtonBar.ButtonData.OK_DONE));
        waitUntil(() -> dialog.lookup("#password-error").isVisible());
        assertEquals("Use both upper- and lower-case letters.", ((Label) dialog.lookup("#password-error")).getText());
        assertFalse(dialog.lookup("#email-error").isVisible(), () -> email.getText() + ": "
                + ((Label) dialog.lookup("#email-error")).getText());

        // a good password; now the server refuses the e-mail, under the e-mail
        interact(() -> field(dialog, "#password").clear());
        clickOn(field(dialog, "#password")).write("Kh0n-Kaen-Rain!").type(KeyCode.ENTER);
        waitUntil(() -> dialog.lookup("#email-error").isVisible());
        assertEquals("A user with this e-mail already exists. Find them with the search.",
                ((Label) dialog.lookup("#email-error")).getText());
        assertFalse(dialog.lookup("#password-error").isVisible());
        Window window = dialog.getScene().getWindow();
        assertTrue(window.isShowing(), "the dialog stays open with what was typed");

        interact(() -> field(dialog, "#email").clear());
        clickOn(field(dialog, "#email")).write("niran.t@ums.ac.th").type(KeyCode.ENTER);
        waitUntil(() -> !window.isShowing());
        waitUntil(() -> text("#users-message").equals("User Niran Thongdee (niran.t@ums.ac.th) created with the"
                + " roles Helpdesk."));
        assertEquals(List.of("niran.t@ums.ac.th", "Niran Thongdee", "Helpdesk", "Active", "Off", "—", "Never"),
                cells(table, 0));
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "and selected");

        // and found again by a search
        interact(() -> lookup("#users-search").queryAs(TextField.class).setText("niran"));
        clickOn("#users-search").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1 && !cells(table, 0).isEmpty()
                && cells(table, 0).get(0).equals("niran.t@ums.ac.th"));
        JsonNode made = admin.get("/api/v1/users?q=niran.t@ums.ac.th").json().get("data").get(0);
        assertEquals("Niran Thongdee", made.get("displayName").asText());
        assertEquals("[\"HELPDESK\"]", made.get("roles").toString());
    }

    private static String lockedUntilMinus30(JsonNode user) {
        return english(Instant.parse(user.get("lockedUntil").asText()).minus(Duration.ofMinutes(30)).toString());
    }

    private void signInToConsole(App app, Console.User u) throws Exception {
        clickOn("#email").write(u.email());
        clickOn("#password").write(Staff.PASSWORD).type(KeyCode.ENTER);
        Console.waitForShell(app);
    }

    /** Types a search into the helpdesk's field and presses Enter, as the agent does. */
    private void find(String what) {
        TextField search = lookup("#helpdesk-search").queryAs(TextField.class);
        interact(search::clear);
        clickOn(search).write(what).type(KeyCode.ENTER);
    }

    /** Presses an action's button, reads the confirmation that opens and answers it; the question. */
    private String answer(String buttonId, boolean ok) throws Exception {
        return answer(lookup(buttonId).queryButton(), ok);
    }

    private String answer(Button b, boolean ok) throws Exception {
        assertFalse(b.isDisabled(), b.getId() + " is enabled");
        clickOn(b);
        DialogPane pane = dialogPane();
        String question = ((Label) pane.getContent()).getText();
        clickOn(button(pane, ok ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.CANCEL_CLOSE));
        waitUntil(() -> dialogWindow().isEmpty());
        return question;
    }

    private DialogPane dialogPane() throws Exception {
        waitUntil(() -> dialogWindow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) dialogWindow().get().getScene().getRoot().lookup(".dialog-pane");
    }

    private static Optional<Window> dialogWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") != null).findFirst();
    }

    private static Button button(DialogPane pane, ButtonBar.ButtonData data) {
        for (ButtonType t : pane.getButtonTypes()) {
            if (t.getButtonData() == data) {
                return (Button) pane.lookupButton(t);
            }
        }
        throw new AssertionError("no " + data + " button");
    }

    private static TextField field(DialogPane pane, String id) {
        return (TextField) pane.lookup(id);
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }

    private String tabText(String id) {
        return fxCall(() -> {
            var pane = lookup("#helpdesk-tabs").queryAs(javafx.scene.control.TabPane.class);
            return pane.getTabs().stream().filter(t -> id.equals("#" + t.getId())).findFirst().orElseThrow().getText();
        });
    }

    /** The texts of the row's cells as drawn on screen. */
    private static List<String> cells(TableView<?> t, int index) {
        return fxCall(() -> {
            List<String> out = new ArrayList<>();
            Node row = rowNode(t, index);
            if (row != null) {
                for (Node c : ((TableRow<?>) row).getChildrenUnmodifiable()) {
                    if (c instanceof TableCell<?, ?> cell && cell.getGraphic() == null) {
                        out.add(cell.getText() == null ? "" : cell.getText());
                    }
                }
            }
            return out;
        });
    }

    /** The row on screen (scrolled to, as a person would, when it is out of view). */
    private static Node rowNode(TableView<?> t, int index) {
        for (int attempt = 0; attempt < 2; attempt++) {
            t.layout();
            for (Node n : t.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> r && r.getIndex() == index && !r.isEmpty() && r.isVisible()) {
                    return r;
                }
            }
            t.scrollTo(index);
        }
        return null;
    }

    /** The index of the row whose cells show {@code text}, or -1. */
    private static int rowWith(TableView<?> t, String text) {
        for (int i = 0; i < t.getItems().size(); i++) {
            if (cells(t, i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> T fxCall(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
