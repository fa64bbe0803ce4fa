package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.BankLineDto;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * A bursar reconciles a bank's bill-payment file on the real console (its default settings,
 * English) against the real server on 20,000 students: the file is checked first and its review
 * adds up to the file's total, its payments are recorded once (the repeated line and a second
 * upload of the same file record nothing), then the unmatched list: one line assigned to an invoice
 * through its review, one returned to the payer with a reason. What is asserted is what a person
 * reads on the screen, and the payments through the API.
 */
class BankJourneyIT extends JourneySupport {
    static final int STUDENTS = 20_000;
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private App app;

    @BeforeAll
    static void seed() {
        env.seed(STUDENTS);
    }

    @Test
    void aBursarUploadsABankFileOnceAndResolvesItsUnmatchedLines() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            if (app != null) {
                Windows.snapshot(app.shellOrLogin().getScene(), Path.of("target", "journey-bank-failure.png"));
            }
            throw e;
        }
    }

    private void journey() throws Exception {
        admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        BankFiles file = BankFiles.build(admin, "KTB" + System.nanoTime() % 100000, 0, Path.of("target", "bank-journey"));
        Console.User bursar = Console.user(env, false, Role.FINANCE);
        app = Console.start(env, Locale.ENGLISH);
        clickOn("#email").write(bursar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);
        clickOn("#nav-bank");
        waitUntil(() -> "ktb".equals(lookup("#bank-bank").queryAs(ComboBox.class).getValue()));
        assertEquals("Example bank KTB", lookup("#bank-bank").queryAs(ComboBox.class).getButtonCell().getText());

        // 1. the file is checked (nothing written) and its review adds up to the file's total
        DialogPane review = check(file.file());
        List<String> values = values(review);
        String total = money(file.total()) + " THB";
        assertTrue(values.contains(total), "file total " + total + " in " + values);
        assertTrue(values.contains("6 lines, 0 unreadable"), values.toString());
        assertTrue(values.contains("2 lines, " + money(file.matched()) + " THB"), "matched: " + values);
        BigDecimal first = file.lines().get(0).amount();
        assertTrue(values.contains("1 line, " + money(first) + " THB"), "the repeated line: " + values);
        BigDecimal unmatched = new BigDecimal(file.total()).subtract(new BigDecimal(file.matched())).subtract(first);
        assertTrue(values.contains("3 lines, " + money(unmatched) + " THB"), "unmatched: " + values);
        assertEquals(money(file.matched()) + " + " + money(first) + " + " + money(unmatched) + " = " + total,
                values.get(values.size() - 1), "the three add up to the file's total, visibly");
        assertTrue(Windows.text(review).contains("No invoice found") && Windows.text(review).contains(
                "More than is due") && Windows.text(review).contains("Invoice already paid"), "reasons in words");
        assertEquals(0, paid(file.full(), file.lines().get(0).txn()), "the check recorded nothing");
        Button record = (Button) review.lookup("#bank-record");
        assertEquals("Record 2 payments (" + money(file.matched()) + " THB)", record.getText());
        type(KeyCode.ENTER);
        waitUntil(() -> label("#bank-notice").startsWith("Recorded 2 payments"));
        assertEquals("Recorded 2 payments (" + money(file.matched()) + " THB) from " + file.file().getFileName()
                + ". Already recorded before: 1 line (" + money(first) + " THB). Waiting on the unmatched list: "
                + "3 lines (" + money(unmatched) + " THB).", label("#bank-notice"));
        assertEquals(1, paid(file.full(), file.lines().get(0).txn()), "the line sent twice is one payment");
        assertEquals(1, paid(file.part(), file.lines().get(1).txn()));
        assertEquals(0, paid(file.over(), file.lines().get(4).txn()), "an overpayment waits");

        // 2. the unmatched list, from the result
        clickOn("#bank-show-unmatched");
        @SuppressWarnings("unchecked")
        PagedTableView<BankLineDto> table = lookup("#bank-lines-table").queryAs(PagedTableView.class);
        waitUntil(() -> table.getItems().size() == 3 && table.pagedRows().peek(2) != null);
        int noMatch = row(table, file.lines().get(3).txn());
        assertEquals("Unmatched: No invoice found", cell(table, noMatch, "outcome"));
        assertEquals("700.00", cell(table, noMatch, "amount"));

        // 3. assign the line nobody's reference matched to an invoice, through the review
        assign(table, noMatch, file.target());
        waitUntil(() -> label("#bank-line-notice").startsWith("Bank payment 700.00 THB"));
        assertEquals("Bank payment 700.00 THB (transaction " + file.lines().get(3).txn() + ") recorded on invoice "
                + file.target().get("number").asText() + " for " + file.target().get("studentCode").asText() + " "
                + file.target().get("studentNameEn").asText() + ".", label("#bank-line-notice"));
        assertEquals(1, paid(file.target(), file.lines().get(3).txn()), "recorded on the invoice chosen");
        waitUntil(() -> table.getItems().size() == 2 && table.pagedRows().peek(1) != null);

        // 4. return the overpayment to the payer with a reason
        int over = row(table, file.lines().get(4).txn());
        assertEquals("Unmatched: More than is due", cell(table, over, "outcome"));
        giveBack(table, over, "Paid more than the invoice: refunded to the parent's account");
        waitUntil(() -> label("#bank-line-notice").contains("marked as returned to the payer"));
        waitUntil(() -> table.getItems().size() == 1 && table.pagedRows().peek(0) != null);
        assertEquals("Unmatched: Invoice already paid", cell(table, 0, "outcome"));

        // 5. the same file again: everything already recorded, nothing new, nothing to record
        DialogPane again = check(file.file());
        List<String> second = values(again);
        assertTrue(second.contains("6 lines, " + total), "all six already recorded: " + second);
        assertTrue(second.contains("0 lines, 0.00 THB"), second.toString());
        assertTrue(((Button) again.lookup("#bank-record")).isDisabled(), "nothing to record");
        assertTrue(Windows.text(again).contains("there is nothing to record"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> Windows.anyDialog() == null);
        assertEquals(1, paid(file.full(), file.lines().get(0).txn()), "still one payment");
        assertEquals(1, paid(file.target(), file.lines().get(3).txn()));
    }

    /** How many payments of an invoice carry the bank's transaction id (the seed's own payments aside). */
    private int paid(JsonNode invoice, String txn) {
        int n = 0;
        for (JsonNode p : payments(invoice.get("id").asLong())) {
            if (txn.equals(p.path("reference").asText())) {
                n++;
            }
        }
        return n;
    }

    private DialogPane check(Path file) throws Exception {
        javafx.application.Platform.runLater(() -> app.bankView().upload().checkFile(file.toFile()));
        DialogPane review = dialog("bank-review");
        WaitForAsyncUtils.waitForFxEvents();
        return review;
    }

    private static List<String> values(DialogPane review) {
        return review.lookupAll(".review-value").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static int row(PagedTableView<BankLineDto> t, String txn) {
        for (int i = 0; i < t.getItems().size(); i++) {
            BankLineDto l = t.pagedRows().peek(i);
            if (l != null && l.transactionId().equals(txn)) {
                return i;
            }
        }
        throw new AssertionError(txn + " is not listed");
    }

    @SuppressWarnings("unchecked")
    private void assign(PagedTableView<BankLineDto> table, int row, JsonNode invoice) throws Exception {
        interact(() -> table.getSelectionModel().select(row));
        waitUntil(() -> !lookup("#bank-assign").queryButton().isDisabled());
        clickOn("#bank-assign");
        DialogPane d = dialog("bank-assign-dialog");
        String code = invoice.get("studentCode").asText();
        pick("#bank-assign-student", code, "", code);
        TableView<InvoiceDto> invoices = (TableView<InvoiceDto>) d.lookup("#bank-assign-invoices");
        waitUntil(() -> invoices.getItems().stream().anyMatch(i -> i.id() == invoice.get("id").asLong()));
        interact(() -> invoices.getSelectionModel().select(invoices.getItems().stream()
                .filter(i -> i.id() == invoice.get("id").asLong()).findFirst().orElseThrow()));
        clickOn((Node) d.lookup("#bank-assign-review"));
        DialogPane confirm = dialog("bank-assign-confirm");
        String text = Windows.text(confirm);
        assertTrue(text.contains("700.00 THB") && text.contains(invoice.get("number").asText()), text);
        assertTrue(text.contains(money(invoice.get("outstanding").asText()) + " THB"), "what the invoice owes: " + text);
        type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
    }

    private void giveBack(PagedTableView<BankLineDto> table, int row, String reason) throws Exception {
        interact(() -> table.getSelectionModel().select(row));
        waitUntil(() -> !lookup("#bank-return").queryButton().isDisabled());
        clickOn("#bank-return");
        DialogPane d = dialog("bank-return-dialog");
        clickOn((Node) d.lookup("#bank-return-review"));
        waitUntil(() -> d.lookup("#reason-error").isVisible());
        assertEquals("Say why the money goes back to the payer.", ((Label) d.lookup("#reason-error")).getText());
        clickOn((Node) d.lookup("#bank-return-reason")).write(reason);
        clickOn((Node) d.lookup("#bank-return-review"));
        DialogPane confirm = dialog("bank-return-confirm");
        assertTrue(Windows.text(confirm).contains(reason));
        type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        assertFalse(label("#bank-line-notice").isEmpty());
    }
}
