package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.client.App;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The cashiers' day on the real console (its defaults, English) against the real server with 20,000
 * students: another cashier takes payments (and gives a refund) at their counter, the bursar takes
 * one at the console, then opens "Receipts & day close" (Ctrl+6): the day's receipts as the server
 * has them, one cancelled through its review (status in words, number kept), one reprinted (the saved
 * PDF says COPY), the day's batch printed, and the day close whose totals are the sums of what was
 * taken, exported as CSV and printed.
 */
class CashierJourneyIT extends JourneySupport {
    static final int STUDENTS = 20_000;
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private App app;

    @BeforeAll
    static void seed() {
        env.seed(STUDENTS);
    }

    @Test
    void twoCashiersTakePaymentsAndTheBursarClosesTheDay(@TempDir Path dir) throws Exception {
        try {
            journey(dir);
        } catch (Exception | AssertionError e) {
            if (app != null) {
                Windows.snapshot(app.shellOrLogin().getScene(), Path.of("target", "journey-cashier-failure.png"));
            }
            throw e;
        }
    }

    private void journey(Path dir) throws Exception {
        admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        Takings takings = new Takings(admin);
        Staff.Person counter = new Staff(env).signedIn(Role.FINANCE);
        Api other = counter.api(env);
        JsonNode first = takings.pay(other, "1000.00", "CASH");
        JsonNode second = takings.pay(other, "2500.50", "CASH");
        JsonNode card = takings.pay(other, "700.00", "CARD");
        JsonNode refund = takings.refund(other, card, "200.00");

        Console.User bursar = Console.user(env, false, Role.FINANCE);
        Path documents = dir.resolve("documents");
        app = Console.start(prefs -> {
            prefs.put("documents-folder", documents.toString());
            return new App.Options(env.baseUrl(), prefs, Locale.ENGLISH);
        });
        clickOn("#email").write(bursar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);
        String own = payAtTheConsole(takings);

        // Ctrl+6: the day's receipts, today's by default, as the server lists them
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitUntil(() -> app.shell().current() == Screen.RECEIPTS);
        LocalDate today = app.formats().today();
        JsonNode listed = admin.get("/api/v1/receipts?from=" + today + "&to=" + today + "&limit=100").json();
        assertEquals(5, listed.get("total").asLong(), "four receipts and a credit note");
        TableView<?> receipts = lookup("#day-receipts").queryTableView();
        waitUntil(() -> receipts.getItems().size() == 5);
        int ownRow = row(receipts, own);
        assertEquals("Bank transfer", cellText(receipts, ownRow, 5));
        assertEquals("1,250.00", cellText(receipts, ownRow, 4));
        assertEquals("Test " + bursar.email(), cellText(receipts, ownRow, 6));
        int refundRow = row(receipts, refund.get("receiptNumber").asText());
        assertEquals("Credit note", kindOf(listed, refund.get("receiptNumber").asText()));
        assertEquals("-200.00", cellText(receipts, refundRow, 4), "a credit note is money out");

        cancel(receipts, first.get("receiptNumber").asText());
        reprint(receipts, documents, second);
        printTheDay(receipts, documents, today);
        dayClose(documents, today, takings);
    }

    /** The bursar's own payment: the student's open invoice, 1,250 through the review; its receipt's number. */
    @SuppressWarnings("unchecked")
    private String payAtTheConsole(Takings takings) throws Exception {
        JsonNode invoice = takings.openInvoice("1250.00");
        String code = admin.get("/api/v1/students/" + invoice.get("studentId").asLong()).json().get("studentCode")
                .asText();
        clickOn("#nav-finance");
        PagedTableView<InvoiceDto> invoices = lookup("#invoices-table").queryAs(PagedTableView.class);
        waitUntil(() -> invoices.pagedRows().peek(0) != null);
        pick("#invoice-student", code, "", code);
        waitUntil(() -> invoices.pagedRows().peek(0) != null && invoices.getItems().stream().allMatch(
                i -> i == null || i.studentCode().equals(code)));
        int row = indexOf(invoices, invoice.get("number").asText());
        interact(() -> invoices.getSelectionModel().clearAndSelect(row));
        clickOn("#record-payment");
        write("1,250").type(KeyCode.ENTER);
        dialog("payment-review");
        type(KeyCode.ENTER);
        waitUntil(() -> label("#payment-message").startsWith("Payment 1,250.00 THB"));
        takings.took("1250.00");
        JsonNode paid = payments(invoice.get("id").asLong());
        return paid.get(0).get("receiptNumber").asText();
    }

    /** Cancels a receipt: the reason, a review (Esc first: nothing happens), Enter; the row says Cancelled. */
    private void cancel(TableView<?> receipts, String number) throws Exception {
        interact(() -> receipts.getSelectionModel().clearAndSelect(row(receipts, number)));
        clickOn("#cancel-receipt");
        waitUntil(() -> !label("#cancel-reason-error").isEmpty());
        assertEquals("Say why it is cancelled.", label("#cancel-reason-error"));
        clickOn("#cancel-reason").write("Issued to the wrong student");
        clickOn("#cancel-receipt");
        DialogPane review = dialog("cancel-review");
        String said = Windows.text(review);
        assertTrue(said.contains("Cancel " + number + " of "), said);
        assertTrue(said.contains("The number stays taken and nothing is re-issued") && said.contains("record a refund"),
                said);
        type(KeyCode.ESCAPE);
        waitUntil(() -> Windows.anyDialog() == null);
        assertEquals("ISSUED", receiptNamed(number).get("status").asText(), "Esc cancelled nothing");
        clickOn("#cancel-receipt");
        dialog("cancel-review");
        type(KeyCode.ENTER);
        waitUntil(() -> label("#cancel-message").startsWith(number + " of "));
        assertTrue(label("#cancel-message").endsWith("is cancelled. Its number stays taken; the payment is unchanged."),
                label("#cancel-message"));
        int at = row(receipts, number);
        assertEquals("Cancelled", cellText(receipts, at, 7));
        assertEquals(number, cellText(receipts, at, 0), "the number is kept");
        JsonNode now = receiptNamed(number);
        assertEquals("CANCELLED", now.get("status").asText());
        assertEquals("Issued to the wrong student", now.get("cancelReason").asText());
        assertEquals("This one is already cancelled.", label("#cancel-why"));
    }

    /** A receipt printed at its counter, reprinted here: the saved PDF is a COPY. */
    private void reprint(TableView<?> receipts, Path documents, JsonNode payment) throws Exception {
        String number = payment.get("receiptNumber").asText();
        assertEquals(200, admin.get("/api/v1/receipts/" + payment.get("receiptId").asLong() + ".pdf").status());
        interact(() -> receipts.getSelectionModel().clearAndSelect(row(receipts, number)));
        clickOn("#reprint-day-receipt");
        waitUntil(() -> label("#reprint-day-receipt-message").startsWith("Saved as "));
        String text = pdfText(documents.resolve("receipts").resolve(number + ".pdf"));
        assertTrue(text.contains(number) && text.contains("COPY") && !text.contains("ORIGINAL"), text);
    }

    /** Every receipt and credit note of the day in one PDF, a page each. */
    private void printTheDay(TableView<?> receipts, Path documents, LocalDate today) throws Exception {
        clickOn("#print-day-receipts");
        waitUntil(() -> label("#print-day-receipts-message").startsWith("Saved as "));
        byte[] bytes = Files.readAllBytes(documents.resolve("receipts").resolve("receipts-" + today + ".pdf"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertEquals(receipts.getItems().size(), pdf.getNumberOfPages());
        }
    }

    /** The day close: its totals row is the sums of what was taken; the CSV and the PDF say the same. */
    private void dayClose(Path documents, LocalDate today, Takings takings) throws Exception {
        interact(() -> lookup("#cashier-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<?> close = lookup("#day-close-table").queryTableView();
        waitUntil(() -> close.getItems().size() >= 4);
        int total = close.getItems().size() - 1;
        assertEquals("Total", cellText(close, total, 0));
        assertEquals(String.valueOf(takings.count()), cellText(close, total, 2));
        assertEquals(money(takings.in()), cellText(close, total, 3));
        assertEquals(money(takings.out()), cellText(close, total, 4));
        assertEquals(money(takings.net()), cellText(close, total, 5));
        assertEquals("1", cellText(close, total, 7), "one cancelled");
        clickOn("#day-close-csv");
        waitUntil(() -> label("#day-close-csv-message").startsWith("Saved as "));
        String csv = Files.readString(documents.resolve("day-close").resolve("day-close-" + today + ".csv"),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(",TOTAL,,") && csv.contains("," + takings.in().toPlainString() + ","
                + takings.out().toPlainString() + "," + takings.net().toPlainString() + ","), csv);
        clickOn("#day-close-print");
        waitUntil(() -> label("#day-close-print-message").startsWith("Saved as "));
        String text = pdfText(documents.resolve("day-close").resolve("day-close-" + today + ".pdf"));
        assertTrue(text.contains("Cashiers' day close") && text.contains(money(takings.net()))
                && text.contains("Printed by Test "), text);
    }

    private static String kindOf(JsonNode list, String number) {
        for (JsonNode r : list.get("data")) {
            if (r.get("number").asText().equals(number)) {
                return "CREDIT_NOTE".equals(r.get("kind").asText()) ? "Credit note" : "Receipt";
            }
        }
        return "";
    }

    private JsonNode receiptNamed(String number) {
        for (JsonNode r : admin.get("/api/v1/receipts?limit=100").json().get("data")) {
            if (r.get("number").asText().equals(number)) {
                return r;
            }
        }
        throw new AssertionError(number + " not found");
    }

    private static int row(TableView<?> t, String number) {
        for (int i = 0; i < t.getItems().size(); i++) {
            if (number.equals(cellText(t, i, 0))) {
                return i;
            }
        }
        throw new AssertionError(number + " is not listed");
    }

    private static String pdfText(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII), file + " is a PDF");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }
}
