package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.money.ThaiQrPayment;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * A bursar's day on the real console (its default settings, English) against the real server on
 * a university of 20,000 students: find a student's invoices with the person picker (part of an
 * English name), read an invoice (lines with their total, payments, balance), go from the invoice
 * to the Student 360 and back, record a payment and a refund through their reviews (nothing
 * pre-filled, Esc cancels, Enter confirms, the result names what was recorded), the invoice's Thai QR
 * code (scanned off the screen) and references, the student's receipts in the Student 360 with a
 * reprint, then the finance
 * dashboard: figures, totals row, CSV, and a bucket opening its invoices. What is asserted is what
 * a person reads on the screen.
 */
class BursarJourneyIT extends JourneySupport {
    static final int STUDENTS = 20_000;
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private App app;

    @BeforeAll
    static void seed() {
        long t = System.nanoTime();
        env.seed(STUDENTS);
        System.out.printf("[journey] seeded %,d students in %.1f s%n", STUDENTS, (System.nanoTime() - t) / 1e9);
    }


    @Test
    @SuppressWarnings("unchecked")
    void aBursarFindsAStudentsInvoicesTakesAPaymentAndARefundAndReadsTheDashboard(@TempDir Path dir)
            throws Exception {
        try {
            journey(dir);
        } catch (Exception | AssertionError e) {
            if (app != null) {
                Windows.snapshot(app.shellOrLogin().getScene(), Path.of("target", "journey-bursar-failure.png"));
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private void journey(Path dir) throws Exception {
        long started = System.nanoTime();
        admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        // someone who owes: an overdue invoice with at least 2,000 left to pay
        JsonNode owing = null;
        for (JsonNode i : admin.get("/api/v1/invoices?status=OVERDUE&limit=50").json().get("data")) {
            if (new BigDecimal(i.get("outstanding").asText()).compareTo(new BigDecimal("2000")) >= 0) {
                owing = i;
                break;
            }
        }
        assertNotNull(owing, "the seed has overdue invoices");
        long studentId = owing.get("studentId").asLong();
        JsonNode student = admin.get("/api/v1/students/" + studentId).json();
        String code = student.get("studentCode").asText();
        String nameEn = student.get("firstNameEn").asText() + " " + student.get("lastNameEn").asText();
        String number = owing.get("number").asText();

        Console.User bursar = Console.user(env, false, Role.FINANCE);
        Path documents = dir.resolve("documents");     // where the console saves what it prints
        app = Console.start(prefs -> {
            prefs.put("documents-folder", documents.toString());
            return new App.Options(env.baseUrl(), prefs, Locale.ENGLISH);
        });
        clickOn("#email").write(bursar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);

        // 7. the student's invoices, found with the person picker by part of their English name
        clickOn("#nav-finance");
        PagedTableView<InvoiceDto> invoices = lookup("#invoices-table").queryAs(PagedTableView.class);
        waitUntil(() -> invoices.pagedRows().peek(0) != null);
        String surname = student.get("lastNameEn").asText();
        pick("#invoice-student", student.get("firstNameEn").asText() + " " + surname.substring(0, 3),
                surname.substring(3), code);
        waitUntil(() -> invoices.pagedRows().peek(0) != null && invoices.getItems().stream().allMatch(
                i -> i == null || i.studentId() == studentId));
        assertEquals(code + " " + nameEn, lookup("#invoice-student").queryAs(TextField.class).getText());
        String shownName = cell(invoices, 0, "studentName");
        assertEquals(nameEn, shownName, "the list names the student");
        int row = indexOf(invoices, number);
        interact(() -> invoices.getSelectionModel().clearAndSelect(row));
        waitUntil(() -> label("#invoice-title").startsWith(number));
        InvoiceDto invoice = invoices.getSelectionModel().getSelectedItem();
        TableView<?> lines = lookup("#invoice-lines").queryTableView();
        assertEquals(invoice.lines().size() + 1, lines.getItems().size(), "the lines and a totals row");
        assertEquals("Total", cellText(lines, lines.getItems().size() - 1, 0));
        assertEquals(money(invoice.total()), cellText(lines, lines.getItems().size() - 1, 1),
                "the totals row sums the lines, grouped with two decimals");
        assertTrue(label("#invoice-amounts").contains(money(invoice.outstanding())), label("#invoice-amounts"));
        waitUntil(() -> label("#invoice-balance").startsWith("Student's balance: invoiced"));
        // how to pay it: the Thai QR code on screen scans to the server's payload (the one the PDF prints),
        // and the references are there as text for a bank counter or an ATM
        JsonNode bill = admin.get("/api/v1/invoices/" + invoice.id() + "/bill-payment").json();
        assertEquals(ThaiQrPayment.billPayment(bill.get("billerId").asText(), code, ThaiQrPayment.reference(number),
                new BigDecimal(invoice.outstanding())).payload(), bill.get("payload").asText());
        javafx.scene.image.ImageView qr = lookup("#bill-payment-qr").query();
        waitUntil(() -> qr.getImage() != null);
        assertEquals(bill.get("payload").asText(), QrScan.of(qr.getImage()), "the code on screen scans to the payment");
        assertEquals("012345678901201", field("#bill-payment-biller"), "university.biller-id");
        assertEquals(code, field("#bill-payment-ref1"));
        assertEquals(ThaiQrPayment.reference(number), field("#bill-payment-ref2"));
        assertEquals(money(invoice.outstanding()) + " THB", field("#bill-payment-amount"));

        // the invoice's student, one click away, and back to their invoices from the Student 360
        clickOn("#invoice-student-link");
        waitUntil(() -> app.shell().current() == Screen.STUDENTS);
        waitUntil(() -> lookup("#student-name").tryQuery().map(n -> nameEn.equals(((Label) n).getText()))
                .orElse(false));
        TableView<?> ownInvoices = lookup("#student-invoice-list").queryTableView();
        waitUntil(() -> ownInvoices.getItems().size() > 1);
        assertEquals("Total", cellText(ownInvoices, ownInvoices.getItems().size() - 1, 0));
        assertTrue(lookup("#student-balance").queryAs(Label.class).getText().contains("outstanding"));
        assertFalse(lookup("#student-editor").queryAs(Node.class).isVisible(), "finance staff do not edit students");
        clickOn("#student-invoices-link");
        waitUntil(() -> app.shell().current() == Screen.FINANCE);
        waitUntil(() -> invoices.pagedRows().peek(0) != null && invoices.getItems().stream().allMatch(
                i -> i == null || i.studentId() == studentId));

        // 8. a payment through its review: nothing pre-filled, Esc goes back, Enter records
        int again = indexOf(invoices, number);
        interact(() -> invoices.getSelectionModel().clearAndSelect(again));
        waitUntil(() -> label("#invoice-title").startsWith(number));
        clickOn("#record-payment");
        TextField amount = lookup("#amount").queryAs(TextField.class);
        waitUntil(amount::isFocused);
        assertEquals("", amount.getText(), "the bursar types the amount");
        assertTrue(lookup("#pay-whole").queryButton().getText().contains(money(invoice.outstanding())));
        // money as staff type it (issue 14: "10,000" was refused with the server's English): grouping
        // is read, a wrong grouping is refused beside the field before anything is sent
        write("1,50");
        clickOn("#confirm-payment");
        waitUntil(() -> lookup("#amount-error").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("Type an amount such as 10,000 or 10,000.50 (digits, commas between thousands, at most two "
                + "decimals).", label("#amount-error"));
        assertTrue(Windows.anyDialog() == null, "no review for an amount that is not one");
        interact(() -> amount.setText(""));
        clickOn(amount).write("1,500").type(KeyCode.ENTER);   // Enter submits the form in focus
        DialogPane review = dialog("payment-review");
        String said = Windows.text(review);
        assertTrue(said.contains("Record a payment of 1,500.00 THB for " + code + " " + nameEn + "?"), said);
        assertTrue(said.contains(number), said);
        assertTrue(said.contains("One thousand five hundred baht"), said);
        assertTrue(said.contains("Bank transfer"), said);
        type(KeyCode.ESCAPE);
        waitUntil(() -> Windows.anyDialog() == null);
        assertEquals(0, payments(invoice.id()).size(), "Esc recorded nothing");
        clickOn("#confirm-payment");
        dialog("payment-review");
        type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        waitUntil(() -> label("#payment-message").startsWith("Payment 1,500.00 THB"));
        JsonNode paid = payments(invoice.id());
        assertEquals(1, paid.size());
        assertEquals("1500.00", paid.get(0).get("amount").asText());
        String receipt = paid.get(0).get("receiptNumber").asText();
        assertTrue(receipt.matches("RC25\\d\\d-\\d{6,}"), receipt);
        assertEquals("Payment 1,500.00 THB recorded for " + code + " " + nameEn + ", invoice " + number
                + ": receipt " + receipt + ".", label("#payment-message"), "the result names the receipt");

        // its receipt, printed at once: saved in the console's folder (this test's), and (headless: no
        // viewer to open it) the notice says where; the PDF is the original with the number on screen
        reveal("#print-receipt");
        clickOn("#print-receipt");
        Path original = documents.resolve("receipts").resolve(receipt + ".pdf");
        waitUntil(() -> label("#print-receipt-message").startsWith("Saved as "));
        assertEquals("Saved as " + original + " (this computer has no PDF viewer the console can open).",
                label("#print-receipt-message"));
        String originalText = pdfText(original);
        assertTrue(originalText.contains(receipt), originalText);
        assertTrue(originalText.contains("ORIGINAL") && !originalText.contains("COPY"), originalText);
        BigDecimal left = new BigDecimal(invoice.outstanding()).subtract(new BigDecimal("1500.00"));
        waitUntil(() -> label("#invoice-amounts").contains("outstanding " + money(left.toPlainString())));

        // a refund of part of it, through its review
        TableView<?> payments = lookup("#invoice-payments").queryTableView();
        waitUntil(() -> payments.getItems().size() == 2);
        assertEquals("1,500.00", cellText(payments, 1, 1), "the totals row: paid, net of refunds");
        interact(() -> payments.getSelectionModel().select(0));
        TextField refund = lookup("#refund-amount").queryAs(TextField.class);
        assertEquals("", refund.getText(), "nothing pre-filled");
        clickOn(refund).write("฿500");
        clickOn("#reason").write("Overpaid lab fee");
        clickOn("#refund");
        DialogPane refundReview = dialog("refund-review");
        String refundSaid = Windows.text(refundReview);
        assertTrue(refundSaid.contains("Refund 500.00 THB to " + code + " " + nameEn + "?"), refundSaid);
        assertTrue(refundSaid.contains("Five hundred baht"), refundSaid);
        type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        waitUntil(() -> label("#refund-message").startsWith("Refund 500.00 THB"));
        waitUntil(() -> payments.getItems().size() == 3);
        assertEquals("1,000.00", cellText(payments, 2, 1), "paid net of the refund");
        JsonNode refunds = admin.get("/api/v1/payments?invoiceId=" + invoice.id() + "&kind=REFUND").json()
                .get("data");
        assertEquals(1, refunds.size());
        String creditNote = refunds.get(0).get("receiptNumber").asText();
        assertEquals("Refund 500.00 THB recorded for " + code + " " + nameEn + ", invoice " + number
                + ": credit note " + creditNote + ".", label("#refund-message"));
        assertTrue(lookup("#print-credit-note").queryButton().getParent().getParent().isVisible(),
                "Print credit note under the result");
        // the invoice as reloaded after the refund (its receipts are loaded again with it)
        waitUntil(() -> label("#invoice-amounts").contains("outstanding " + money(left.add(new BigDecimal("500"))
                .toPlainString())));

        // the invoice's receipts: the receipt and the credit note, in words; Reprint says COPY
        TableView<?> receipts = lookup("#invoice-receipts").queryTableView();
        waitUntil(() -> receipts.getItems().size() == 2);
        JsonNode issued = admin.get("/api/v1/receipts?invoiceId=" + invoice.id() + "&kind=RECEIPT").json()
                .get("data").get(0);
        int at = -1;
        for (int i = 0; i < receipts.getItems().size(); i++) {
            if (receipt.equals(cellText(receipts, i, 0))) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the receipt is listed");
        assertEquals("Receipt", cellText(receipts, at, 1));
        assertEquals(app.formats().date(java.time.Instant.parse(issued.get("issuedAt").asText())
                .atZone(app.formats().zone().get()).toLocalDate()), cellText(receipts, at, 2));
        assertEquals("1,500.00", cellText(receipts, at, 3));
        assertEquals("Issued", cellText(receipts, at, 4));
        assertTrue(List.of(cellText(receipts, 0, 1), cellText(receipts, 1, 1)).contains("Credit note"));
        int chosen = at;
        interact(() -> receipts.getSelectionModel().clearAndSelect(chosen));
        reveal("#reprint-receipt");
        clickOn("#reprint-receipt");
        Path copy = documents.resolve("receipts").resolve(receipt + " (2).pdf");
        waitUntil(() -> label("#reprint-receipt-message").startsWith("Saved as "));
        assertTrue(label("#reprint-receipt-message").contains(copy.toString()), label("#reprint-receipt-message"));
        assertTrue(pdfText(original).contains("ORIGINAL"), "the original's file is left as it was");
        String copyText = pdfText(copy);
        assertTrue(copyText.contains(receipt) && copyText.contains("COPY"), copyText);

        // the invoice itself
        reveal("#print-invoice");
        clickOn("#print-invoice");
        waitUntil(() -> label("#print-invoice-message").startsWith("Saved as "));
        String invoiceText = pdfText(documents.resolve("invoices").resolve(number + ".pdf"));
        assertTrue(invoiceText.contains(number), invoiceText);

        // what is left to pay after the payment and the refund is what the QR code now asks for
        BigDecimal owed = left.add(new BigDecimal("500"));
        waitUntil(() -> field("#bill-payment-amount").equals(money(owed.toPlainString()) + " THB"));
        waitUntil(() -> qr.getImage() != null);
        assertEquals(ThaiQrPayment.read(QrScan.of(qr.getImage())).amount(), owed.setScale(2));

        // the student's receipts and credit notes in the Student 360: newest first, in words, with Reprint
        reveal("#invoice-student-link");
        clickOn("#invoice-student-link");
        waitUntil(() -> app.shell().current() == Screen.STUDENTS);
        TableView<?> own = lookup("#student-receipts").queryTableView();
        JsonNode listed360 = admin.get("/api/v1/receipts?studentId=" + studentId).json().get("data");
        waitUntil(() -> own.getItems().size() == listed360.size());
        assertEquals(creditNote, cellText(own, 0, 0), "newest first: the credit note");
        assertEquals(List.of("Credit note", "500.00", "Issued"), List.of(cellText(own, 0, 1),
                cellText(own, 0, 3), cellText(own, 0, 4)), "kind and status in words");
        int mine = -1;
        for (int i = 0; i < own.getItems().size(); i++) {
            assertEquals(listed360.get(i).get("number").asText(), cellText(own, i, 0), "the server's order");
            if (receipt.equals(cellText(own, i, 0))) {
                mine = i;
            }
        }
        assertTrue(mine > 0, "the receipt is listed after its credit note");
        assertEquals(List.of("Receipt", "1,500.00", "Issued"), List.of(cellText(own, mine, 1),
                cellText(own, mine, 3), cellText(own, mine, 4)));
        assertTrue(lookup("#student-reprint-receipt").queryButton().isDisabled(), "nothing chosen: nothing to reprint");
        int pickedRow = mine;
        interact(() -> own.getSelectionModel().clearAndSelect(pickedRow));
        reveal("#student-reprint-receipt");
        clickOn("#student-reprint-receipt");
        Path third = documents.resolve("receipts").resolve(receipt + " (3).pdf");
        waitUntil(() -> label("#student-reprint-receipt-message").startsWith("Saved as "));
        assertTrue(label("#student-reprint-receipt-message").contains(third.toString()),
                label("#student-reprint-receipt-message"));
        String thirdText = pdfText(third);
        assertTrue(thirdText.contains(receipt) && thirdText.contains("COPY"), thirdText);

        // 10. the finance dashboard: figures, aging with a totals row, CSV, a bucket's invoices
        env.awaitReports();
        clickOn("#nav-aging");
        JsonNode figures = admin.get("/api/v1/reports/finance").json();
        waitUntil(() -> lookup("#finance-outstanding").tryQuery().isPresent());
        assertEquals(money(figures.get("outstanding").asText()) + " THB", label("#finance-outstanding"));
        assertEquals(money(figures.get("overdue").asText()) + " THB", label("#finance-overdue"));
        assertEquals(money(figures.get("collectedThisMonth").asText()) + " THB", label("#finance-collected"));
        TableView<?> aging = lookup("#aging-table").queryTableView();
        waitUntil(() -> aging.getItems().size() > 1);
        JsonNode report = admin.get("/api/v1/reports/aging?groupBy=faculty").json();
        // the report says as of when its rollup was made, to the minute, in the console's words
        waitUntil(() -> lookup("#aging-asof-time").queryLabeled().getText().matches(".*[0-2][0-9]:[0-5][0-9]( น\\.)?$"));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal d30 = BigDecimal.ZERO;
        for (JsonNode r : report.get("rows")) {
            total = total.add(new BigDecimal(r.get("totalOutstanding").asText()));
            d30 = d30.add(new BigDecimal(r.get("days0to30").asText()));
        }
        int last = aging.getItems().size() - 1;
        assertEquals("Total", cellText(aging, last, 0));
        assertEquals(money(total.toPlainString()), cellText(aging, last, 6), "the totals row under the money columns");
        assertEquals(money(figures.get("outstanding").asText()), money(total.toPlainString()),
                "the dashboard's outstanding is the report's total");
        Path csv = dir.resolve("aging.csv");
        assertFalse(lookup("#aging-export").queryAs(javafx.scene.control.MenuButton.class).isDisabled());
        interact(() -> app.agingView().exportTo(csv.toFile()));
        waitUntil(() -> Files.exists(csv));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(report.get("rows").size() + 2, rows.size(), "a header, a line per faculty, the totals");
        assertTrue(rows.get(rows.size() - 1).startsWith(",Total,") && rows.get(rows.size() - 1)
                .endsWith("," + total.toPlainString()), rows.get(rows.size() - 1));
        Path xlsx = dir.resolve("aging.xlsx");
        interact(() -> app.agingView().exportTo(xlsx.toFile()));
        waitUntil(() -> Files.exists(xlsx));
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            var sheet = wb.getFirstSheet().read();
            assertEquals(rows.size(), sheet.size(), "the workbook has the CSV's rows");
            assertEquals(0, total.compareTo(sheet.get(sheet.size() - 1).getCellAsNumber(7).orElseThrow()),
                    "the total as a number");
        }
        String asOf = report.get("asOf").asText();
        Hyperlink bucket = lookup("#aging-total-days_0_30").query();
        assertEquals(money(d30.toPlainString()), bucket.getText());
        interact(bucket::fire);
        waitUntil(() -> app.shell().current() == Screen.FINANCE);
        waitUntil(() -> label("#invoices-scope").startsWith("Showing: 1–30 days (due"));
        JsonNode listed = admin.get("/api/v1/invoices?outstanding=true&sort=dueDate&limit=1&dueFrom="
                + java.time.LocalDate.parse(asOf).minusDays(30) + "&dueTo=" + java.time.LocalDate.parse(asOf)
                .minusDays(1)).json();
        waitUntil(() -> invoices.pagedRows().peek(0) != null);
        assertEquals(listed.get("data").get(0).get("number").asText(), invoices.pagedRows().peek(0).number(),
                "the bucket's invoices, by due date");
        long expected = listed.get("total").asLong();
        waitUntil(() -> label("#invoices-count").equals((listed.get("totalExact").asBoolean() ? "" : "about ")
                + String.format(Locale.ENGLISH, "%,d", expected) + " invoices"));
        System.out.printf("[journey] bursar journey on %,d students: %.1f s%n", STUDENTS,
                (System.nanoTime() - started) / 1e9);
    }

    /** The text of a read-only field (the bill payment's references). */
    private String field(String id) {
        return lookup(id).queryAs(TextField.class).getText();
    }

    /** Scrolls the invoice's detail to a control so that a click reaches it. */
    private void reveal(String id) {
        Node n = lookup(id).query();
        interact(() -> th.ac.ums.client.ui.Keys.reveal(n));
    }

    /** A saved PDF: it is one (%PDF), and its text. */
    private static String pdfText(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII), file + " is a PDF");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

}
