package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.Transport;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.ReceiptDto;

/** A student's receipts (the Student 360's list) and an invoice's bill payment, as their ViewModels ask for them. */
class ReceiptsAndBillPaymentTest {
    private final FakeTransport fake = new FakeTransport();
    private final FinanceApi api = new FinanceApi(new ApiClient(fake));
    @TempDir
    Path folder;

    private static InvoiceDto invoice(String outstanding, String status) {
        return new InvoiceDto(9, 1, "INV-25691-0000009", 7, "68000007", "สมชาย ใจดี", "Somchai Jaidee", 3,
                Instant.EPOCH, LocalDate.of(2026, 1, 15), List.of(), "2000.00", "0.00", outstanding, status);
    }

    private static ReceiptDto receipt(long id, String number, String kind) {
        return new ReceiptDto(id, 1, number, kind, "ISSUED", 2570, Instant.parse("2026-12-02T03:00:00Z"), 2, "Bursar",
                1, 9, "INV-25691-0000009", 7, "68000007", "สมชาย ใจดี", "Somchai Jaidee", "500.00", "TRANSFER", null,
                null, null, null, null, null, null);
    }

    @Test
    void aStudentsReceiptsAreAskedByStudentAndTheSelectedOneIsReprinted() throws Exception {
        ReceiptDto cn = receipt(6, "CN2570-000001", "CREDIT_NOTE");
        ReceiptDto rc = receipt(5, "RC2570-000123", "RECEIPT");
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, Map.of("data", List.of(cn, rc), "total", 2,
                "totalExact", true)));
        fake.on("GET", "/receipts/5.pdf", r -> new Transport.Response(200, Map.of("content-type", "application/pdf"),
                new ByteArrayInputStream("%PDF copy".getBytes(StandardCharsets.US_ASCII))));
        ReceiptsViewModel vm = new ReceiptsViewModel(api, TaskRunner.direct(), new Documents(() -> folder, p -> false),
                "student-receipts");
        vm.showStudent(7);
        assertEquals(List.of(cn, rc), vm.receipts(), "as the server answers: newest first");
        assertTrue(fake.seen().stream().anyMatch(s -> s.path().startsWith("/receipts?") && s.path().contains(
                "studentId=7") && !s.path().contains("invoiceId")), fake.seen().toString());
        vm.reprintSelected();
        assertEquals(0, fake.count("GET", "/receipts/5.pdf"), "nothing selected, nothing reprinted");
        vm.selected().set(rc);
        vm.reprintSelected();
        assertEquals("%PDF copy", Files.readString(folder.resolve("receipts").resolve("RC2570-000123.pdf")));
        vm.showStudent(7);
        assertEquals(rc, vm.selected().get(), "the same student again keeps the choice");
        assertFalse(vm.reprint().message().get().isEmpty(), "and what the reprint said");
        vm.showStudent(8);
        assertNull(vm.selected().get());
        assertEquals("", vm.reprint().message().get(), "another student forgets it");
    }

    @Test
    void theBillPaymentIsAskedOnlyWhileMoneyIsDue() {
        fake.on("GET", "/invoices/9/bill-payment", r -> FakeTransport.json(200, Map.of("billerId", "012345678901201",
                "ref1", "68000007", "ref2", "INV256910000009", "amount", "1500.00", "payload", "000201...")));
        BillPaymentViewModel vm = new BillPaymentViewModel(api, TaskRunner.direct());
        vm.load(invoice("0.00", "PAID"));
        vm.load(invoice("2000.00", "VOID"));
        assertEquals(0, fake.count("GET", "/invoices/9/bill-payment"), "paid or void: nothing to pay, nothing asked");
        assertFalse(vm.due().get());
        vm.load(invoice("1500.00", "PARTIALLY_PAID"));
        assertTrue(vm.due().get());
        assertEquals("INV256910000009", vm.bill().get().ref2());
        assertEquals("1500.00", vm.bill().get().amount());
        vm.load(null);
        assertNull(vm.bill().get());
        assertFalse(vm.due().get());
    }

    @Test
    void anInvoicePaidMeanwhileShowsNothingToPay() {
        fake.on("GET", "/invoices/9/bill-payment", r -> FakeTransport.problem(409,
                "The invoice INV-25691-0000009 is paid in full: there is nothing left to pay.", List.of()));
        BillPaymentViewModel vm = new BillPaymentViewModel(api, TaskRunner.direct());
        vm.load(invoice("1500.00", "OPEN"));
        assertEquals(1, fake.count("GET", "/invoices/9/bill-payment"));
        assertFalse(vm.due().get(), "the server's 409: nothing to pay");
        assertNull(vm.bill().get());
    }
}
