package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Layout;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.TypeAhead;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Every screen and dialog of the real console at 1280x800, in English and Thai, with a field
 * error shown on each form: no label, button, check box, title or cell may show cut text, and no
 * text may lie outside the window (see {@link Layout}).
 */
class LayoutIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private final List<String> problems = new ArrayList<>();
    private App app;
    private String lang;

    @BeforeAll
    static void seed() {
        env.seed(300);
    }


    @Test
    void everyScreenFormAndDialogShowsItsTextWholeAt1280x800InEnglishAndThai() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("th-TH"))) {
            walk(locale);
            FxToolkit.cleanupStages();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void walk(Locale locale) throws Exception {
        lang = locale.getLanguage();
        Console.User admin = Console.user(env, true, Role.ADMIN);
        app = Console.start(env, locale);
        check("login");
        clickOn("#sign-in");
        waitUntil(() -> !text("#login-error").isEmpty());
        check("login with an error");
        clickOn("#email").write(admin.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        // the code field is visible itself all along: wait for its step to show (the server has answered)
        waitUntil(() -> shown(lookup("#code").query()) && !lookup("#verify").queryButton().isDisabled());
        settle();   // the card re-centres once the busy spinner goes: click where the button is now
        clickOn("#verify");
        waitUntil(() -> !text("#login-error").isEmpty());
        check("two-factor step with an error");
        clickOn("#code").write(Console.code(env, admin.secret()));
        clickOn("#verify");
        Console.waitForShell(app);
        for (Screen s : Screen.values()) {
            interact(() -> app.shell().show(s));
            settle();
            check(s.name());
            forms(s, admin);
        }
        dialog("help", () -> app.shellOrLogin().fireEvent(key(javafx.scene.input.KeyCode.F1, false)));
        interact(() -> app.session().lost().set(true));
        check("re-login layer");
        interact(() -> app.session().lost().set(false));
    }

    /** Puts a field error (or a message) on each form of the screen and its dialogs, and checks. */
    @SuppressWarnings("unchecked")
    private void forms(Screen s, Console.User admin) throws Exception {
        switch (s) {
            case STUDENTS -> {
                PagedTableView<?> t = lookup("#students-table").queryAs(PagedTableView.class);
                waitUntil(() -> t.pagedRows().peek(0) != null);
                interact(() -> t.getSelectionModel().select(0));
                waitUntil(() -> lookup("#student-name").tryQuery().isPresent());
                Node detail = lookup("#student-detail").query();
                interact(() -> {
                    ((TextField) detail.lookup("#email")).setText("not-an-email");
                    ((TextField) detail.lookup("#firstNameTh")).setText("");
                    ((TextField) detail.lookup("#nationalId")).setText("1234567890123");
                    // a year of the other era: BE in English, CE in Thai (each answered with the year to write)
                    ((javafx.scene.control.DatePicker) detail.lookup("#birthDate")).getEditor()
                            .setText(lang.equals("th") ? "15/3/2005" : "15/3/2548");
                });
                fire("#save-student");
                waitUntil(() -> detail.lookup("#email-error").isVisible() && detail.lookup("#nationalId-error").isVisible()
                        && detail.lookup("#birthDate-error").isVisible());
                check("student editor with field errors (national ID, a date in the other era)");
                dialog("unsaved changes", () -> t.jumpTo(1));
                dialog("go to row", () -> {
                    t.requestFocus();
                    t.fireEvent(key(javafx.scene.input.KeyCode.G, true));
                });
                interact(() -> app.shell().page(Screen.STUDENTS).unsaved().discard());
                interact(() -> t.getSelectionModel().clearAndSelect(1));
                settle();
                check("Student 360 with holds, enrolments and invoices");
                Node idLine = lookup("#student-national-id").query();
                String masked = ((Label) idLine).getText();
                fire("#show-national-id");
                waitUntil(() -> !((Label) idLine).getText().equals(masked));
                check("Student 360 with its identity and the whole national ID");
                dialog("new student with field errors", lookup("#new-student").queryButton()::fire, pane -> {
                    interact(() -> {
                        ((TextField) pane.lookup("#nationalId")).setText("1234567890123");
                        ((javafx.scene.control.DatePicker) pane.lookup("#admittedAt")).getEditor()
                                .setText(lang.equals("th") ? "1/6/2026" : "1/6/2569");
                        ((Button) pane.lookup("#create-student")).fire();
                    });
                    waitUntil(() -> pane.lookup("#nationalId-error").isVisible()
                            && pane.lookup("#admittedAt-error").isVisible());
                });
                java.nio.file.Path csv = java.nio.file.Files.createTempFile("layout-import", ".csv");
                java.nio.file.Files.writeString(csv, "\uFEFFfirstNameTh,lastNameTh,firstNameEn,lastNameEn,email,phone,"
                        + "programCode,status,admittedAt\r\nสมหญิง,ใจงาม,Somying,Jaingam,not-an-email,,NOPE,ACTIVE,"
                        + "2569-06-01\r\n", java.nio.charset.StandardCharsets.UTF_8);
                var tools = app.studentsView().tools();
                Node owner = lookup("#students-table").query();
                dialog("import with its encoding and errors", () -> tools.importFile(csv.toFile(), owner), pane ->
                        waitUntil(() -> pane.lookup("#import-encoding") instanceof Label l && !l.getText().isEmpty()));
                Button place = lookup("#place-hold").queryButton();
                dialog("place a hold", place::fire);
                Platform.runLater(place::fire);
                waitUntil(() -> Windows.dialog("hold-dialog") != null);
                DialogPane hold = Windows.dialog("hold-dialog");
                interact(() -> {
                    ((TextField) hold.lookup("#hold-student")).setText("");
                    ((javafx.scene.control.CheckBox) hold.lookup("#hold-block-registration")).setSelected(false);
                    ((Button) hold.lookupButton(hold.getButtonTypes().get(0))).fire();
                });
                waitUntil(() -> hold.lookup("#reason-error").isVisible());
                dialogChecked("place a hold with field errors", hold);
            }
            case FINANCE -> {
                PagedTableView<?> t = lookup("#invoices-table").queryAs(PagedTableView.class);
                waitUntil(() -> t.pagedRows().peek(0) != null);
                interact(() -> lookup("#invoice-status").<String>queryComboBox().setValue("OVERDUE"));
                picker("#invoice-student", lang.equals("th") ? "สม" : "som", "invoice student picker");
                interact(() -> lookup("#invoice-student").queryAs(TextField.class).clear());
                waitUntil(() -> t.pagedRows().peek(0) != null && t.pagedRows().peek(1) != null
                        && "OVERDUE".equals(((th.ac.ums.model.Dtos.InvoiceDto) t.pagedRows().peek(0)).status()));
                interact(() -> t.getSelectionModel().select(0));
                check("invoice detail");
                fire("#record-payment");
                interact(() -> lookup("#amount").queryAs(TextField.class).setText("100.00"));
                Button review = lookup("#confirm-payment").queryButton();
                dialog("payment review", review::fire);
                Platform.runLater(review::fire);
                waitUntil(() -> Windows.dialog("payment-review") != null);
                press(Windows.dialog("payment-review"), true);
                waitUntil(() -> !text("#payment-message").isEmpty());
                // the result's "Print receipt" and the invoice's receipts, with the new one listed
                waitUntil(() -> lookup("#print-receipt").queryButton().getParent().getParent().isVisible()
                        && !lookup("#invoice-receipts").queryTableView().getItems().isEmpty());
                check("payment recorded");
                TableView<?> payments = lookup("#invoice-payments").queryAs(TableView.class);
                waitUntil(() -> payments.getItems().size() >= 2);
                interact(() -> payments.getSelectionModel().select(0));
                interact(() -> {
                    lookup("#refund-amount").queryAs(TextField.class).setText("40.00");
                    lookup("#reason").queryAs(TextField.class).setText(lang.equals("th") ? "คืนค่าปฏิบัติการ"
                            : "Overpaid lab fee");
                });
                Button refund = lookup("#refund").queryButton();
                dialog("refund review", refund::fire);
                interact(() -> lookup("#refund-amount").queryAs(TextField.class).setText("-1"));
                fire("#refund");
                waitUntil(() -> lookup("#refund-amount-error").queryAs(Label.class).isVisible());
                interact(() -> t.getSelectionModel().select(1));
                fire("#record-payment");
                interact(() -> {
                    lookup("#amount").queryAs(TextField.class).setText("-5");
                    lookup("#receivedOn").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                            .setText("31/02/2026");
                });
                fire("#confirm-payment");
                waitUntil(() -> lookup("#amount-error").queryAs(Label.class).isVisible());
                check("payment and refund forms with field errors");
            }
            case RECEIPTS -> {
                // the payment the invoices screen recorded is among the day's receipts
                TableView<?> t = lookup("#day-receipts").queryTableView();
                waitUntil(() -> !t.getItems().isEmpty());
                interact(() -> t.getSelectionModel().select(0));
                fire("#cancel-receipt");
                waitUntil(() -> lookup("#cancel-reason-error").queryAs(Label.class).isVisible());
                check("receipts of the day with the reason's error");
                interact(() -> lookup("#cancel-reason").queryAs(TextField.class).setText(lang.equals("th")
                        ? "ออกใบเสร็จผิดคน" : "Issued to the wrong student"));
                dialog("cancel a receipt's review", lookup("#cancel-receipt").queryButton()::fire);
                interact(() -> lookup("#cashier-tabs").queryAs(javafx.scene.control.TabPane.class)
                        .getSelectionModel().select(1));
                waitUntil(() -> lookup("#day-close-table").queryTableView().getItems().size() > 1);
                settle();
                check("day close");
            }
            case BANK -> bank();
            case AGING -> {
                waitUntil(() -> lookup("#finance-outstanding").tryQuery().isPresent()
                        && lookup("#aging-table").queryTableView().getItems().size() > 1);
                check("finance dashboard");
            }
            case SECTIONS -> {
                PagedTableView<?> t = lookup("#sections-table").queryAs(PagedTableView.class);
                waitUntil(() -> t.pagedRows().peek(0) != null);
                picker("#enroll-course", "0", "course finder");
                interact(() -> lookup("#enroll-course").queryAs(TextField.class).clear());
                interact(() -> t.getSelectionModel().select(0));
                picker("#enroll-student", lang.equals("th") ? "สม" : "som", "enrolment person picker");
                type(javafx.scene.input.KeyCode.ENTER);
                waitUntil(() -> !lookup("#enroll").queryButton().isDisabled());
                fire("#enroll");
                waitUntil(() -> !text("#sections-message").isEmpty());
                check("enrolment with a message");
            }
            case ADMISSIONS -> {
                fire("#decide-accepted");
                waitUntil(() -> !text("#admissions-message").isEmpty());
                check("admissions with a message");
                PagedTableView<?> t = lookup("#applications-table").queryAs(PagedTableView.class);
                waitUntil(() -> t.getItems().size() > 3 && t.pagedRows().peek(3) != null);
                interact(() -> t.getSelectionModel().selectIndices(0, 1, 2, 3));
                Button accept = lookup("#decide-accepted").queryButton();
                dialog("admissions review", accept::fire);
            }
            case HELPDESK -> {
                interact(() -> lookup("#helpdesk-search").queryAs(TextField.class).setText(admin.email()));
                clickOn("#helpdesk-search").type(javafx.scene.input.KeyCode.ENTER);
                TableView<?> users = lookup("#helpdesk-users").queryAs(TableView.class);
                waitUntil(() -> users.getItems().size() == 1);
                interact(() -> users.getSelectionModel().select(0));
                TableView<?> sessions = lookup("#helpdesk-sessions").queryAs(TableView.class);
                waitUntil(() -> !sessions.getItems().isEmpty());
                check("helpdesk with a user");
                Button all = lookup("#revoke-all").queryButton();
                dialog("revoke all sessions", all::fire);
                Button reset = lookup("#reset-2fa").queryButton();
                dialog("reset two-factor", reset::fire);
                // someone locked out, without two-factor sign-in or a session: every action says why not
                Console.User locked = Console.user(env, false, Role.REGISTRAR);
                for (int i = 0; i < 6; i++) {
                    env.api().header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
                            .post("/api/v1/auth/login", java.util.Map.of("email", locked.email(), "password", "Wrong-1!"));
                }
                interact(() -> lookup("#helpdesk-search").queryAs(TextField.class).setText(locked.email()));
                clickOn("#helpdesk-search").type(javafx.scene.input.KeyCode.ENTER);
                waitUntil(() -> users.getItems().size() == 1 && users.getSelectionModel().getSelectedIndex() == 0);
                TableView<?> signIns = lookup("#helpdesk-sign-ins").queryAs(TableView.class);
                waitUntil(() -> signIns.getItems().size() == 6 && !text("#reset-2fa-why").isEmpty());
                check("helpdesk with the reasons an action does not apply");
                dialog("unlock", lookup("#unlock").queryButton()::fire);
                interact(() -> lookup("#helpdesk-tabs").queryAs(javafx.scene.control.TabPane.class)
                        .getSelectionModel().select(2));
                settle();
                check("helpdesk's failed sign-ins");
            }
            case USERS -> {
                TableView<?> users = lookup("#users-table").queryAs(TableView.class);
                waitUntil(() -> !users.getItems().isEmpty());
                dialog("new user with field errors", lookup("#new-user").queryButton()::fire, pane -> {
                    Button create = (Button) pane.lookup("#create-user");
                    interact(create::fire);
                    waitUntil(() -> pane.lookup("#password-error").isVisible());
                });
                dialog("new user with an e-mail already taken", lookup("#new-user").queryButton()::fire, pane -> {
                    interact(() -> {
                        ((TextField) pane.lookup("#email")).setText(admin.email());
                        ((TextField) pane.lookup("#displayName")).setText("สมชาย ใจดี (Somchai Jaidee)");
                        ((javafx.scene.control.CheckBox) pane.lookup("#new-role-registrar")).setSelected(true);
                        ((TextField) pane.lookup("#password")).setText("Kh0n-Kaen-Rain!");
                    });
                    interact(((Button) pane.lookup("#create-user"))::fire);
                    waitUntil(() -> pane.lookup("#email-error").isVisible());
                });
            }
            case ACCOUNT -> {
                fire("#change-password");
                waitUntil(() -> lookup("#new-error").queryAs(Label.class).isVisible());
                check("password form with field errors");
            }
            default -> { }
        }
    }

    /** Opens a dialog with {@code open}, checks its window, then presses its cancel button. */
    private static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code, boolean control) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, control,
                false, false);
    }

    private void dialog(String name, Runnable open) throws Exception {
        dialog(name, open, pane -> { });
    }

    /**
     * The bank file's review (real open invoices), then the file recorded: the unmatched list, the
     * assign and return dialogs with their errors, and the filters with a last day before the first.
     */
    private void bank() throws Exception {
        th.ac.ums.server.testing.Api api = new Staff(env).signedIn(Role.ADMIN).api(env);
        BankFiles file = BankFiles.build(api, "LAYOUT-" + lang.toUpperCase(Locale.ROOT), lang.equals("en") ? 0 : 4,
                java.nio.file.Path.of("target", "bank-layout"));
        waitUntil(() -> "ktb".equals(lookup("#bank-bank").queryComboBox().getValue()));
        dialog("bank file review", () -> app.bankView().upload().checkFile(file.file().toFile()));
        assertEquals(200, api.rawBytes("POST", "/api/v1/payments/bank-files?bank=ktb&dryRun=false",
                java.nio.file.Files.readAllBytes(file.file()), "text/csv").status());
        fire("#bank-search");
        var t = app.bankView().table();
        waitUntil(() -> t.getItems().size() >= 3 && t.pagedRows().peek(2) != null);
        interact(() -> t.getSelectionModel().select(0));
        check("bank lines, unmatched");
        dialog("assign a bank line without an invoice", lookup("#bank-assign").queryButton()::fire, pane -> {
            interact(() -> ((Button) pane.lookup("#bank-assign-review")).fire());
            waitUntil(() -> pane.lookup("#invoice-error").isVisible());
        });
        dialog("return a bank line without a reason", lookup("#bank-return").queryButton()::fire, pane -> {
            interact(() -> ((Button) pane.lookup("#bank-return-review")).fire());
            waitUntil(() -> pane.lookup("#reason-error").isVisible());
        });
        interact(() -> {
            lookup("#bank-from").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026,
                    8, 31));
            lookup("#bank-to").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026,
                    8, 1));
        });
        fire("#bank-search");
        waitUntil(() -> lookup("#bank-to-error").query().isVisible());
        check("bank lines with a filter error");
        interact(() -> lookup("#bank-from").queryAs(javafx.scene.control.DatePicker.class).setValue(null));
        interact(() -> lookup("#bank-to").queryAs(javafx.scene.control.DatePicker.class).setValue(null));
    }

    /** A step that puts the open dialog in the state to check (field errors showing). */
    private interface Prepare {
        void on(DialogPane pane) throws Exception;
    }

    private void dialog(String name, Runnable open, Prepare prepare) throws Exception {
        Platform.runLater(open);
        AtomicReference<Window> found = new AtomicReference<>();
        try {
            waitUntil(() -> {
                found.set(dialogWindow().orElse(null));
                return found.get() != null;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            Window.getWindows().forEach(w -> System.err.println("WINDOW " + w + " " + w.isShowing() + " "
                    + (w.getScene() == null ? null : w.getScene().getRoot())));
            throw e;
        }
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        Window w = found.get();
        DialogPane pane = (DialogPane) w.getScene().getRoot().lookup(".dialog-pane");
        prepare.on(pane);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        interact(() -> problems.addAll(Layout.problems(w.getScene(), lang + " dialog " + name)));
        interact(() -> {
            for (ButtonType b : pane.getButtonTypes()) {
                if (b.getButtonData().isCancelButton()) {
                    ((Button) pane.lookupButton(b)).fire();
                    return;
                }
            }
        });
        waitUntil(() -> dialogWindow().isEmpty());
    }

    /** Checks a dialog already open, then presses its cancel button. */
    private void dialogChecked(String name, DialogPane pane) throws Exception {
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        interact(() -> problems.addAll(Layout.problems(pane.getScene(), lang + " dialog " + name)));
        press(pane, false);
    }

    /** Presses a dialog's confirming (or cancel) button and waits for it to close. */
    private void press(DialogPane pane, boolean confirm) throws Exception {
        interact(() -> {
            for (ButtonType b : pane.getButtonTypes()) {
                if (confirm ? b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE
                        : b.getButtonData().isCancelButton()) {
                    ((Button) pane.lookupButton(b)).fire();
                    return;
                }
            }
        });
        waitUntil(() -> dialogWindow().isEmpty());
    }

    /** Types into a type-ahead field and checks its popup of matches. */
    private void picker(String field, String typed, String name) throws Exception {
        clickOn(field).write(typed);
        TypeAhead<?> picker = TypeAhead.of(lookup(field).query());
        waitUntil(() -> picker.popup().isShowing() && !picker.results().getItems().isEmpty()
                && !"picker.searching".equals(picker.model().status().get()));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        interact(() -> problems.addAll(Layout.problems(picker.popup().getScene(), lang + " " + name)));
        check(name + " (window)");
    }

    private static Optional<Window> dialogWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") != null).findFirst();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String what) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> problems.addAll(Layout.problems(app.shellOrLogin().getScene(), lang + " " + what)));
    }

    /** Presses a button of the shell by id (it may be scrolled out of view). */
    private void fire(String id) {
        Button b = lookup(id).queryButton();
        interact(b::fire);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(String id) {
        Node n = lookup(id).query();
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }
}
