package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.Transport;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;
import th.ac.ums.model.Dtos.ReceiptDto;

/** Receipts, credit notes and invoices fetched as PDF, saved in the console's folder and opened (or not). */
class PrintingTest {
    private static final byte[] PDF = "%PDF-1.7 receipt".getBytes(StandardCharsets.US_ASCII);
    private final I18n english = new I18n(Locale.ENGLISH);
    private final FakeTransport fake = new FakeTransport();
    private final FinanceApi api = new FinanceApi(new ApiClient(fake));
    private final AtomicBoolean viewer = new AtomicBoolean(false);
    @TempDir
    Path folder;
    private final InvoiceDto invoice = new InvoiceDto(9, 1, "INV-25681-0000009", 7, "68000007",
            "สมชาย ใจดี", "Somchai Jaidee", 3, Instant.EPOCH, LocalDate.of(2026, 1, 15),
            List.of(new InvoiceLine("Tuition", "25000.00")), "25000.00", "0.00", "25000.00", "OPEN");

    private Documents documents() {
        return new Documents(() -> folder, p -> viewer.get());
    }

    private static Transport.Response pdf(byte[] bytes) {
        return new Transport.Response(200, Map.of("content-type", "application/pdf"), new ByteArrayInputStream(bytes));
    }

    private static Map<String, Object> payment(long id, String kind, String amount, long receiptId, String number) {
        Map<String, Object> p = new HashMap<>(Map.of("id", id, "invoiceId", 9, "studentId", 7, "kind", kind,
                "amount", amount, "method", "TRANSFER", "receivedAt", "2026-12-02T03:00:00Z"));
        p.put("receiptId", receiptId);
        p.put("receiptNumber", number);
        return p;
    }

    @Test
    void aRecordedPaymentNamesItsReceiptAndPrintsItIntoTheConsolesFolder() throws Exception {
        fake.on("POST", "/payments", r -> FakeTransport.json(201, payment(1, "PAYMENT", "1500.00", 5,
                "RC2570-000123")));
        fake.on("GET", "/receipts/5.pdf", r -> pdf(PDF));
        PaymentViewModel vm = new PaymentViewModel(api, TaskRunner.direct(), new Formats(english), documents());
        vm.open(invoice);
        vm.amount().set("1500");
        vm.record();
        assertEquals("Payment 1,500.00 THB recorded for 68000007 Somchai Jaidee, invoice INV-25681-0000009: "
                + "receipt RC2570-000123.", english.message(vm.message().get()));
        assertTrue(vm.hasReceipt());

        vm.printReceipt();
        Path saved = folder.resolve("receipts").resolve("RC2570-000123.pdf");
        assertArrayEquals(PDF, Files.readAllBytes(saved));
        assertEquals("application/pdf", fake.seen().get(fake.seen().size() - 1).headers().get("Accept"));
        assertEquals("Saved as " + saved + " (this computer has no PDF viewer the console can open).",
                english.message(vm.receipt().message().get()), "headless: the notice says where the file is");
        assertFalse(vm.receipt().failed().get());
        assertFalse(vm.receipt().busy().get());

        viewer.set(true);
        vm.printReceipt();
        Path again = folder.resolve("receipts").resolve("RC2570-000123 (2).pdf");
        assertTrue(Files.exists(again), "a second print never overwrites the first file");
        assertEquals("RC2570-000123 (2).pdf opened in the PDF viewer (saved in " + again.getParent() + ").",
                english.message(vm.receipt().message().get()));

        vm.open(invoice);
        assertEquals("", vm.receipt().message().get(), "a new payment forgets the last print");
    }

    @Test
    void aPrintTheServerRefusesSaysWhyAndSavesNothing() {
        fake.on("POST", "/payments", r -> FakeTransport.json(201, payment(1, "PAYMENT", "1500.00", 5,
                "RC2570-000123")));
        fake.on("GET", "/receipts/5.pdf", r -> FakeTransport.problem(404, "No receipt 5.", List.of()));
        PaymentViewModel vm = new PaymentViewModel(api, TaskRunner.direct(), new Formats(english), documents());
        vm.open(invoice);
        vm.amount().set("1500");
        vm.record();
        vm.printReceipt();
        assertTrue(vm.receipt().failed().get());
        assertEquals("No receipt 5.", english.message(vm.receipt().message().get()));
        assertFalse(Files.exists(folder.resolve("receipts").resolve("RC2570-000123.pdf")));
    }

    @Test
    void aPaymentWithoutAReceiptOffersNoPrint() {
        Map<String, Object> old = payment(1, "PAYMENT", "1500.00", 0, null);
        old.put("receiptId", null);
        fake.on("POST", "/payments", r -> FakeTransport.json(201, old));
        PaymentViewModel vm = new PaymentViewModel(api, TaskRunner.direct(), new Formats(english), documents());
        vm.open(invoice);
        vm.amount().set("1500");
        vm.record();
        assertFalse(vm.hasReceipt());
        assertEquals("Payment 1,500.00 THB recorded for 68000007 Somchai Jaidee, invoice INV-25681-0000009.",
                english.message(vm.message().get()));
        vm.printReceipt();
        assertEquals(0, fake.count("GET", "/receipts"));
    }

    @Test
    void aRefundNamesItsCreditNoteAndPrintsIt() throws Exception {
        fake.on("GET", "/payments", r -> FakeTransport.json(200, Map.of("data", List.of(payment(1, "PAYMENT",
                "1500.00", 5, "RC2570-000123")), "total", 1, "totalExact", true)));
        Map<String, Object> refund = payment(2, "REFUND", "500.00", 6, "CN2570-000045");
        refund.put("reversesPaymentId", 1);
        fake.on("POST", "/payments/1/refund", r -> FakeTransport.json(201, refund));
        fake.on("GET", "/receipts/6.pdf", r -> pdf(PDF));
        RefundViewModel vm = new RefundViewModel(api, TaskRunner.direct(), new Formats(english), documents());
        vm.load(invoice);
        vm.selected().set(vm.payments().get(0));
        vm.amount().set("500");
        vm.reason().set("Overpaid lab fee");
        vm.refund(() -> { });
        assertEquals("Refund 500.00 THB recorded for 68000007 Somchai Jaidee, invoice INV-25681-0000009: "
                + "credit note CN2570-000045.", english.message(vm.message().get()));
        assertTrue(vm.hasCreditNote());
        vm.printCreditNote();
        assertTrue(Files.exists(folder.resolve("receipts").resolve("CN2570-000045.pdf")));
    }

    @Test
    void anInvoiceListsItsReceiptsAndPrintsItselfAndReprintsTheSelectedOne() throws Exception {
        ReceiptDto rc = new ReceiptDto(5, 1, "RC2570-000123", "RECEIPT", "ISSUED", 2570,
                Instant.parse("2026-12-02T03:00:00Z"), 2, "Bursar", 1, 9, invoice.number(), 7, "68000007", "สมชาย ใจดี",
                "Somchai Jaidee", "1500.00", "TRANSFER", null, null, null, null, null, null, null);
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, Map.of("data", List.of(rc), "total", 1,
                "totalExact", true)));
        fake.on("GET", "/receipts/5.pdf", r -> pdf("%PDF copy".getBytes(StandardCharsets.US_ASCII)));
        fake.on("GET", "/invoices/9.pdf", r -> pdf(PDF));
        InvoiceDocumentsViewModel vm = new InvoiceDocumentsViewModel(api, TaskRunner.direct(), documents());
        vm.load(invoice);
        assertEquals(List.of(rc), vm.receipts());
        assertTrue(fake.seen().stream().anyMatch(s -> s.path().startsWith("/receipts?") && s.path().contains(
                "invoiceId=9")), fake.seen().toString());

        vm.printInvoice();
        assertTrue(Files.exists(folder.resolve("invoices").resolve("INV-25681-0000009.pdf")));
        vm.reprintSelected();
        assertEquals(0, fake.count("GET", "/receipts/5.pdf"), "nothing selected, nothing reprinted");
        vm.selected().set(rc);
        vm.reprintSelected();
        assertEquals("%PDF copy", Files.readString(folder.resolve("receipts").resolve("RC2570-000123.pdf")));

        vm.load(invoice);
        assertFalse(vm.invoicePrint().message().get().isEmpty(), "the same invoice again keeps what its print said");
        vm.load(new InvoiceDto(10, 1, "INV-2", 7, "68000007", "", "", 3, Instant.EPOCH, LocalDate.of(2026, 1, 15),
                List.of(), "1.00", "0.00", "1.00", "OPEN"));
        assertEquals("", vm.invoicePrint().message().get(), "another invoice forgets it");
        assertEquals("", vm.reprint().message().get());
    }
}
