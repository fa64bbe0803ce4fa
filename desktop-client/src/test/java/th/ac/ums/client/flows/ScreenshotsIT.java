package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import th.ac.ums.client.App;
import th.ac.ums.client.shell.Screen;
import com.fasterxml.jackson.databind.JsonNode;
import th.ac.ums.client.testing.Console;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Renders every screen, in English and Thai (and two in the dark theme), to PNG files: into {@code docs/screenshots} with
 * {@code -Dscreenshots.dir=docs/screenshots} (see the README), otherwise into target/.
 */
class ScreenshotsIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    /** A registrar locked out by wrong passwords, signed in on two devices (the helpdesk's screenshots). */
    private static final String LOCKED = "somchai.jaidee@ums.ac.th";

    static final int STUDENTS = 20_000;
    private static JsonNode target;

    /**
     * A university of 20,000 students, and the student the screenshots follow: one with an unpaid
     * (financial) hold from the seed and invoices, plus a hold a registrar placed (so the Student 360
     * shows who placed it, by name).
     */
    @BeforeAll
    static void seed() {
        env.seed(STUDENTS);
        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        takings(admin);
        JsonNode registrar = admin.get("/api/v1/users?limit=1").json();
        long studentId = admin.get("/api/v1/holds?active=true&type=FINANCIAL&limit=1").json().get("data").get(0)
                .get("studentId").asLong();
        Staff staff = new Staff(env);
        String email = staff.uniqueEmail("REGISTRAR");
        long id = staff.create(email, Role.REGISTRAR);
        JsonNode user = admin.get("/api/v1/users/" + id).json();
        admin.header("If-Match", user.get("version").asText()).patch("/api/v1/users/" + id,
                java.util.Map.of("displayName", "วิไล ทะเบียนกลาง"));
        Api clerk = env.api().bearer(staff.login(email, Staff.PASSWORD));
        clerk.post("/api/v1/holds", java.util.Map.of("studentId", studentId, "type", "ADMINISTRATIVE", "blocks",
                java.util.List.of("TRANSCRIPT"), "reason", "ส่งสำเนาทะเบียนบ้านไม่ครบ / Missing house registration copy"));
        target = admin.get("/api/v1/students/" + studentId).json();
        paidAndRefunded(admin, studentId);
        assertTrue(registrar.get("data").size() > 0);
        assertTrue(admin.post("/api/v1/users", java.util.Map.of("email", LOCKED, "displayName", "Somchai Jaidee",
                "roles", java.util.List.of("REGISTRAR"), "password", Staff.PASSWORD)).status() == 201);
        String firefox = "Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0";
        String phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1) Mobile/15E148 Safari/604.1";
        for (String client : new String[] {firefox, phone}) {
            env.api().header("User-Agent", client).post("/api/v1/auth/login",
                    java.util.Map.of("email", LOCKED, "password", Staff.PASSWORD));
        }
        for (int i = 0; i < 6; i++) {
            env.clock().advance(java.time.Duration.ofMinutes(1));
            env.api().header("User-Agent", phone).post("/api/v1/auth/login",
                    java.util.Map.of("email", LOCKED, "password", "Somchai-2569"));
        }
    }


    /** Two cashiers' day at their counters (Thai names): payments by each method, a refund, a cancelled receipt. */
    private static void takings(Api admin) {
        Takings takings = new Takings(admin);
        Api somsri = cashier(admin, "สมศรี มีสุข");
        Api wichai = cashier(admin, "วิชัย ทองดี");
        JsonNode first = takings.pay(somsri, "1500.00", "CASH");
        takings.pay(somsri, "3200.00", "CASH");
        JsonNode card = takings.pay(somsri, "850.00", "CARD");
        takings.pay(wichai, "2750.50", "TRANSFER");
        takings.pay(wichai, "1200.00", "CASH");
        takings.refund(wichai, card, "350.00");
        somsri.header("If-Match", "1").post("/api/v1/receipts/" + first.get("receiptId").asLong() + "/cancel",
                java.util.Map.of("reason", "ออกใบเสร็จผิดคน / Issued to the wrong student"));
    }

    private static Api cashier(Api admin, String name) {
        Staff staff = new Staff(env);
        String email = staff.uniqueEmail("FINANCE");
        long id = staff.create(email, Role.FINANCE);
        JsonNode user = admin.get("/api/v1/users/" + id).json();
        admin.header("If-Match", user.get("version").asText()).patch("/api/v1/users/" + id,
                java.util.Map.of("displayName", name));
        return env.api().bearer(staff.login(email, Staff.PASSWORD));
    }

    /** A payment and part of it refunded: the Student 360 lists a receipt and a credit note. */
    private static void paidAndRefunded(Api admin, long studentId) {
        JsonNode open = null;
        for (JsonNode i : admin.get("/api/v1/invoices?studentId=" + studentId + "&limit=20").json().get("data")) {
            if (new java.math.BigDecimal(i.get("outstanding").asText()).compareTo(new java.math.BigDecimal("3000")) > 0) {
                open = i;
            }
        }
        assertTrue(open != null, "the student owes on an invoice");
        Api.Response paid = admin.header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post(
                "/api/v1/payments", java.util.Map.of("invoiceId", open.get("id").asLong(), "amount", "1500.00",
                        "method", "TRANSFER", "reference", "KBANK-0412"));
        assertTrue(paid.status() == 201, paid::text);
        Api.Response refund = admin.header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post(
                "/api/v1/payments/" + paid.json().get("id").asLong() + "/refund", java.util.Map.of("amount", "200.00",
                        "reason", "ค่าหอพักซ้ำ / Dormitory fee charged twice"));
        assertTrue(refund.status() == 201, refund::text);
    }

    private static Path dir() throws Exception {
        String configured = System.getProperty("screenshots.dir", "");
        Path d = configured.isBlank() || configured.startsWith("${") ? Path.of("target", "screenshots")
                : Path.of(configured);
        if (!d.isAbsolute() && Files.exists(Path.of("..", "pom.xml")) && !configured.isBlank()
                && !configured.startsWith("${")) {
            d = Path.of("..").resolve(d);
        }
        Files.createDirectories(d);
        return d;
    }

    @Test
    void everyScreenInEnglishAndThai() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th-TH")}) {
            render(locale);
        }
    }

    private void render(Locale locale) throws Exception {
        String lang = locale.getLanguage();
        Console.User admin = Console.user(env, true, Role.ADMIN);
        App app = Console.start(env, locale);
        clickOn("#email").write(admin.email());
        clickOn("#password").write(Staff.PASSWORD);
        shoot(app, "login-" + lang);
        clickOn("#sign-in");
        waitUntil(() -> lookup("#code").queryAs(TextField.class).isVisible());
        shoot(app, "login-2fa-" + lang);
        clickOn("#code").write(Console.code(env, admin.secret()));
        clickOn("#verify");
        Console.waitForShell(app);
        for (Screen s : Screen.values()) {
            interact(() -> app.shell().show(s));
            Thread.sleep(1500);
            prepare(app, s, admin, lang);
            shoot(app, s.name().toLowerCase(Locale.ROOT) + "-" + lang);
            after(app, s, lang);
            if (s == Screen.SECTIONS) {
                pickerShot(app, lang);
            }
            if (s == Screen.FINANCE) {
                review(app, lang);
            }
        }
        if (lang.equals("en")) {
            interact(() -> app.theme().set(th.ac.ums.client.ui.Theme.DARK));
            for (Screen s : new Screen[] {Screen.STUDENTS, Screen.FINANCE}) {
                interact(() -> app.shell().show(s));
                Thread.sleep(800);
                shoot(app, s.name().toLowerCase(Locale.ROOT) + "-dark-" + lang);
            }
            interact(() -> app.theme().set(th.ac.ums.client.ui.Theme.LIGHT));
        }
        FxToolkit.cleanupStages();
    }

    /** Puts each screen in the state someone at work would see (a search typed, a record open, a form filled). */
    @SuppressWarnings("unchecked")
    private void prepare(App app, Screen s, Console.User admin, String lang) throws Exception {
        boolean thai = lang.equals("th");
        String code = target.get("studentCode").asText();
        switch (s) {
            case STUDENTS -> {
                String surname = target.get(thai ? "lastNameTh" : "lastNameEn").asText();
                String part = surname.substring(0, Math.min(surname.length(), thai ? 4 : 5));
                clickOn("#students-search").write(part).type(javafx.scene.input.KeyCode.ENTER);
                var grid = app.studentsView().table();
                waitUntil(() -> grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).lastNameTh() != null
                        && (thai ? grid.pagedRows().peek(0).lastNameTh() : grid.pagedRows().peek(0).lastNameEn())
                        .startsWith(part));
                int row = -1;
                for (int i = 0; i < Math.min(100, grid.getItems().size()); i++) {
                    if (grid.pagedRows().peek(i) != null && grid.pagedRows().peek(i).studentCode().equals(code)) {
                        row = i;
                    }
                }
                int chosen = Math.max(0, row);
                interact(() -> grid.jumpTo(chosen));
                waitUntil(() -> lookup("#student-holds").tryQuery().isPresent() && ((javafx.scene.layout.Pane)
                        lookup("#student-holds").query()).getChildren().size() > 1);
                Thread.sleep(1500);
            }
            case SECTIONS -> {
                clickOn("#enroll-course").write(thai ? "ภาษา" : "Thai");
                matches("#enroll-course");
                type(javafx.scene.input.KeyCode.ENTER);
                Thread.sleep(1200);
                var sections = lookup("#sections-table").queryAs(th.ac.ums.client.ui.PagedTableView.class);
                interact(() -> sections.getSelectionModel().select(0));
                clickOn("#enroll-student").write(target.get(thai ? "firstNameTh" : "firstNameEn").asText());
                matches("#enroll-student");
                Thread.sleep(500);
            }
            case FINANCE -> {
                clickOn("#invoice-student").write(code);
                matches("#invoice-student");
                type(javafx.scene.input.KeyCode.ENTER);
                var table = lookup("#invoices-table").queryAs(th.ac.ums.client.ui.PagedTableView.class);
                waitUntil(() -> table.getItems().size() > 0 && table.pagedRows().peek(0) != null);
                int open = 0;
                for (int i = 0; i < table.getItems().size(); i++) {
                    var inv = (th.ac.ums.model.Dtos.InvoiceDto) table.pagedRows().peek(i);
                    if (inv != null && new java.math.BigDecimal(inv.outstanding()).signum() > 0) {
                        open = i;
                        break;
                    }
                }
                int row = open;
                interact(() -> table.getSelectionModel().select(row));
                // the invoice's detail comes with the server's answer (later under load)
                waitUntil(() -> lookup("#record-payment").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                        .isPresent());
                Thread.sleep(500);
                clickOn("#record-payment");
                write("1500");
                Thread.sleep(800);
            }
            case RECEIPTS -> {
                var receipts = lookup("#day-receipts").queryTableView();
                waitUntil(() -> receipts.getItems().size() >= 6);
                interact(() -> receipts.getSelectionModel().select(1));
                Thread.sleep(800);
            }
            case BANK -> bank(app, lang);
            case AGING -> waitUntil(() -> lookup("#finance-outstanding").tryQuery().isPresent()
                    && lookup("#aging-table").queryTableView().getItems().size() > 1);
            case ADMISSIONS -> {
                var apps = lookup("#applications-table").queryAs(th.ac.ums.client.ui.PagedTableView.class);
                waitUntil(() -> apps.getItems().size() > 3 && apps.pagedRows().peek(2) != null);
                interact(() -> apps.getSelectionModel().selectIndices(0, 1, 2));
            }
            case HELPDESK -> {
                interact(() -> lookup("#helpdesk-search").queryAs(TextField.class).setText("Somchai"));
                clickOn("#helpdesk-search").type(javafx.scene.input.KeyCode.ENTER);
                var users = lookup("#helpdesk-users").queryAs(javafx.scene.control.TableView.class);
                waitUntil(() -> users.getItems().stream().anyMatch(u -> LOCKED.equals(((UserDto) u).email())));
                interact(() -> {
                    var items = (java.util.List<UserDto>) users.getItems();
                    int row = items.indexOf(items.stream().filter(u -> LOCKED.equals(u.email())).findFirst().get());
                    users.getSelectionModel().select(row);
                    users.scrollTo(Math.max(0, row - 1));
                });
                Thread.sleep(1500);
            }
            default -> { }
        }
    }

    /** A second picture of a screen: the helpdesk's failed sign-ins, the new-user dialog with its errors. */
    private void after(App app, Screen s, String lang) throws Exception {
        switch (s) {
            case STUDENTS -> {
                var receipts = lookup("#student-receipts").queryTableView();
                waitUntil(() -> receipts.getItems().size() > 1);
                // down to "Reprint", under the table: the whole list in view
                interact(() -> th.ac.ums.client.ui.Keys.reveal(lookup("#student-reprint-receipt").query()));
                Thread.sleep(800);
                shoot(app, "students-receipts-" + lang);
            }
            case FINANCE -> {
                javafx.scene.image.ImageView qr = lookup("#bill-payment-qr").query();
                waitUntil(() -> qr.getImage() != null);
                interact(() -> th.ac.ums.client.ui.Keys.reveal(lookup("#bill-payment").query()));
                Thread.sleep(800);
                shoot(app, "finance-qr-" + lang);
            }
            case HELPDESK -> {
                interact(() -> lookup("#helpdesk-tabs").queryAs(javafx.scene.control.TabPane.class)
                        .getSelectionModel().select(2));
                Thread.sleep(800);
                shoot(app, "helpdesk-sign-ins-" + lang);
            }
            case RECEIPTS -> {
                var tabs = lookup("#cashier-tabs").queryAs(javafx.scene.control.TabPane.class);
                interact(() -> tabs.getSelectionModel().select(1));
                waitUntil(() -> lookup("#day-close-table").queryTableView().getItems().size() > 2);
                Thread.sleep(800);
                shoot(app, "receipts-day-close-" + lang);
                interact(() -> tabs.getSelectionModel().select(0));
            }
            case USERS -> {
                javafx.application.Platform.runLater(() -> lookup("#new-user").queryButton().fire());
                waitUntil(() -> lookup("#new-user-dialog").tryQuery().isPresent());
                var pane = lookup("#new-user-dialog").queryAs(javafx.scene.control.DialogPane.class);
                interact(() -> {
                    ((TextField) pane.lookup("#email")).setText(LOCKED);
                    ((TextField) pane.lookup("#displayName")).setText("Niran Thongdee");
                    ((javafx.scene.control.CheckBox) pane.lookup("#new-role-helpdesk")).setSelected(true);
                    ((TextField) pane.lookup("#password")).setText("Kh0n-Kaen-Rain!");
                    ((javafx.scene.control.Button) pane.lookup("#create-user")).fire();
                });
                waitUntil(() -> pane.lookup("#email-error").isVisible());
                Thread.sleep(500);
                shootWindow(pane.getScene(), "users-new-" + lang);
                interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
            }
            default -> { }
        }
    }

    private void matches(String field) throws Exception {
        var picker = th.ac.ums.client.ui.TypeAhead.of(lookup(field).query());
        waitUntil(() -> picker.popup().isShowing() && !picker.results().getItems().isEmpty()
                && !"picker.searching".equals(picker.model().status().get()));
    }

    /** The payment's review over the invoices screen, as the bursar sees it before recording. */
    private void review(App app, String lang) throws Exception {
        javafx.application.Platform.runLater(() -> lookup("#confirm-payment").queryButton().fire());
        waitUntil(() -> Windows.dialog("payment-review") != null);
        Thread.sleep(600);
        javafx.scene.control.DialogPane pane = Windows.dialog("payment-review");
        shootWindow(pane.getScene(), "payment-review-" + lang);
        interact(() -> pane.getButtonTypes().stream().filter(b -> b.getButtonData().isCancelButton()).findFirst()
                .map(pane::lookupButton).ifPresent(b -> ((javafx.scene.control.Button) b).fire()));
        waitUntil(() -> Windows.anyDialog() == null);
    }

    /**
     * A bank file built from real open invoices, checked: its review (what will be recorded, what
     * was before, what waits and why, adding up to the file's total), then recorded; the screen then
     * shows the result and the unmatched list.
     */
    private void bank(App app, String lang) throws Exception {
        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        BankFiles file = BankFiles.build(admin, "SHOT-" + lang.toUpperCase(Locale.ROOT), lang.equals("en") ? 4 : 8,
                Path.of("target", "bank-screenshots"));
        waitUntil(() -> "ktb".equals(lookup("#bank-bank").queryAs(javafx.scene.control.ComboBox.class).getValue()));
        javafx.application.Platform.runLater(() -> app.bankView().upload().checkFile(file.file().toFile()));
        waitUntil(() -> Windows.dialog("bank-review") != null);
        Thread.sleep(600);
        javafx.scene.control.DialogPane pane = Windows.dialog("bank-review");
        shootWindow(pane.getScene(), "bank-review-" + lang);
        interact(() -> ((javafx.scene.control.Button) pane.lookup("#bank-record")).fire());
        waitUntil(() -> Windows.anyDialog() == null);
        waitUntil(() -> lookup("#bank-show-unmatched").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#bank-show-unmatched");
        var table = app.bankView().table();
        waitUntil(() -> table.getItems().size() >= 3 && table.pagedRows().peek(2) != null);
        interact(() -> table.getSelectionModel().select(0));
        Thread.sleep(1000);
    }

    /** The person picker's matches, as they show under the field (the main window and the popup, one picture). */
    private void pickerShot(App app, String lang) throws Exception {
        var picker = th.ac.ums.client.ui.TypeAhead.of(lookup("#enroll-student").query());
        if (!picker.popup().isShowing()) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        interact(() -> {
            javafx.scene.Scene main = app.shellOrLogin().getScene();
            WritableImage base = main.snapshot(null);
            WritableImage pop = picker.popup().getScene().snapshot(null);
            javafx.geometry.Point2D at = main.getRoot().screenToLocal(picker.popup().getX(), picker.popup().getY());
            javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(base.getWidth(), base.getHeight());
            c.getGraphicsContext2D().drawImage(base, 0, 0);
            c.getGraphicsContext2D().drawImage(pop, at.getX(), at.getY());
            image[0] = c.snapshot(null, null);
        });
        Path file = dir().resolve("picker-" + lang + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }

    private void shootWindow(javafx.scene.Scene scene, String name) throws Exception {
        Path file = dir().resolve(name + ".png");
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertTrue(Files.size(file) > 5_000, name + " rendered");
    }

    private void shoot(App app, String name) throws Exception {
        Path file = dir().resolve(name + ".png");
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = app.shellOrLogin().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, name + " rendered");
    }
}
