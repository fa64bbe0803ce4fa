package th.ac.ums.client.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.BankApi;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PersonPickerViewModel;
import th.ac.ums.model.Dtos.BankLineDto;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;

class BankLineActionsViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final ApiClient client = new ApiClient(fake);
    private final Formats formats = new Formats(new I18n(Locale.ENGLISH));
    private final BankLineActionsViewModel vm = new BankLineActionsViewModel(new BankApi(client),
            new FinanceApi(client), new PersonPickerViewModel(new StudentsApi(client)::page, TaskRunner.direct(),
            formats), TaskRunner.direct());
    private final BankLineDto line = new BankLineDto(41, 3, "ktb", "KTB-0001", 5, 2, Instant.parse(
            "2026-08-03T07:30:00Z"), "1500.00", "68000007", "NOTHING", "MOBILE", "UNMATCHED", "NO_MATCH", null, null,
            null, null, null);
    private final AtomicInteger reloads = new AtomicInteger();

    static InvoiceDto invoice(String outstanding) {
        return new InvoiceDto(9, 1, "INV-25691-0000009", 7, "68000007", "สมชาย ใจดี", "Somchai Jaidee", 3,
                Instant.EPOCH, LocalDate.of(2026, 9, 15), List.of(new InvoiceLine("Tuition", "25000.00")),
                "25000.00", "0.00", outstanding, "OPEN");
    }

    @Test
    void anAssignmentNeedsAnInvoiceThatOwesAtLeastTheLine() {
        vm.open(line);
        assertTrue(vm.reviewAssign().isEmpty());
        assertEquals("bank.chooseInvoice", vm.fieldErrors().get("invoice"));
        vm.invoice().set(invoice("1000.00"));
        assertTrue(vm.reviewAssign().isEmpty());
        assertEquals("bank.moreThanDue:1,000.00", vm.fieldErrors().get("invoice"));
        vm.invoice().set(invoice("25000.00"));
        var review = vm.reviewAssign().orElseThrow();
        assertEquals(new java.math.BigDecimal("23500.00"), review.left());
        assertEquals(0, fake.seen().size(), "a review sends nothing");
    }

    @Test
    void assigningSendsTheInvoiceWithTheLinesVersionAndNamesWhatWasDone() {
        fake.on("POST", "/payments/bank-lines/41/assign", r -> FakeTransport.json(200, Map.of("id", 41, "version", 4,
                "outcome", "ASSIGNED")));
        vm.open(line);
        vm.invoice().set(invoice("25000.00"));
        vm.assign(reloads::incrementAndGet);
        FakeTransport.Seen sent = fake.seen().get(0);
        assertEquals("3", sent.headers().get("If-Match"));
        assertEquals("{\"invoiceId\":9}", sent.body());
        assertEquals(1, reloads.get());
        assertEquals("Bank payment 1,500.00 THB (transaction KTB-0001) recorded on invoice INV-25691-0000009 for "
                + "68000007 Somchai Jaidee.", vm.notice().get().text(formats));
    }

    @Test
    void aLineSomeoneElseResolvedIsSaidInWordsAndTheListReloads() {
        fake.on("POST", "/payments/bank-lines/41/return", r -> FakeTransport.problem(412,
                "The record was changed by someone else.", List.of()));
        vm.open(line);
        vm.reason().set("Paid twice by the parent");
        vm.giveBack(reloads::incrementAndGet);
        assertEquals("Someone else already resolved this line: the list was reloaded.", vm.notice().get()
                .text(formats));
        assertEquals(1, reloads.get());
        fake.on("POST", "/payments/bank-lines/41/assign", r -> FakeTransport.problem(409,
                "The bank line is ASSIGNED, not UNMATCHED.", List.of()));
        vm.open(line);
        vm.invoice().set(invoice("25000.00"));
        vm.assign(reloads::incrementAndGet);
        assertEquals("Someone else already resolved this line: the list was reloaded.", vm.notice().get()
                .text(formats));
    }

    @Test
    void aReturnNeedsAReasonOfAtMost200Characters() {
        vm.open(line);
        vm.reason().set("   ");
        vm.giveBack(reloads::incrementAndGet);
        assertEquals("bank.reasonRequired", vm.fieldErrors().get("reason"));
        vm.reason().set("x".repeat(201));
        assertTrue(!vm.reviewReturn());
        assertEquals("bank.reasonTooLong:201", vm.fieldErrors().get("reason"));
        vm.reason().set("x".repeat(200));
        assertTrue(vm.reviewReturn());
        assertEquals(0, fake.seen().size());
        fake.on("POST", "/payments/bank-lines/41/return", r -> FakeTransport.json(200, Map.of("id", 41)));
        vm.reason().set("  Paid twice by the parent ");
        vm.giveBack(reloads::incrementAndGet);
        assertEquals("{\"reason\":\"Paid twice by the parent\"}", fake.seen().get(0).body());
        assertEquals("3", fake.seen().get(0).headers().get("If-Match"));
    }
}
