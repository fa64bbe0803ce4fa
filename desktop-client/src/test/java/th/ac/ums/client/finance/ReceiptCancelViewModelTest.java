package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.finance.CashierViewModelTest.page;
import static th.ac.ums.client.finance.CashierViewModelTest.receipt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.I18n;

/** Cancelling a receipt: a reason, a review that sends nothing, If-Match with the version, refusals in words. */
class ReceiptCancelViewModelTest {
    private final I18n english = new I18n(Locale.ENGLISH);
    private final I18n thai = new I18n(I18n.THAI);
    private final FakeTransport fake = new FakeTransport();
    private final DayReceiptsViewModel receipts = new DayReceiptsViewModel(new FinanceApi(new ApiClient(fake)),
            TaskRunner.direct(), new Documents(() -> Path.of("unused"), p -> false));
    private final ReceiptCancelViewModel vm = receipts.cancel();

    ReceiptCancelViewModelTest() {
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, page(List.of(
                receipt(5, "RC2570-000005", "RECEIPT", "ISSUED", "1500.00", 7),
                receipt(6, "RC2570-000006", "RECEIPT", "CANCELLED", "10.00", 7)), null)));
        receipts.load(LocalDate.of(2026, 12, 2));
    }

    @Test
    void nothingSelectedOrAlreadyCancelledCannotBeCancelledAndSaysWhy() {
        assertEquals("Select a receipt or credit note in the list first.", english.message(vm.why()));
        receipts.selected().set(receipts.rows().get(1));
        assertEquals("This one is already cancelled.", english.message(vm.why()));
        assertTrue(vm.review().isEmpty());
    }

    @Test
    void theReasonIsRequiredAndAtMostFiveHundredCharacters() {
        receipts.selected().set(receipts.rows().get(0));
        vm.reason().set("   ");
        assertTrue(vm.review().isEmpty());
        assertEquals("ระบุเหตุผลที่ยกเลิก", thai.message(vm.fieldErrors().get("cancel-reason")));
        vm.reason().set("x".repeat(501));
        assertTrue(vm.review().isEmpty());
        assertEquals("At most 500 characters (now 501).", english.message(vm.fieldErrors().get("cancel-reason")));
        vm.reason().set("x".repeat(500));
        assertTrue(vm.review().isPresent());
        assertTrue(fake.seen().stream().noneMatch(s -> s.method().equals("POST")), "a review sends nothing");
    }

    @Test
    void theConfirmSendsTheVersionAndTheRowShowsItCancelledWithItsNumber() {
        fake.on("POST", "/receipts/5/cancel", r -> {
            Map<String, Object> now = receipt(5, "RC2570-000005", "RECEIPT", "CANCELLED", "1500.00", 7);
            now.put("version", 2);
            return FakeTransport.json(200, now);
        });
        int[] changed = {0};
        receipts.whenChanged(() -> changed[0]++);
        receipts.selected().set(receipts.rows().get(0));
        vm.reason().set("  พิมพ์ผิดชื่อ ");
        vm.cancel(() -> { });
        FakeTransport.Seen post = fake.seen().get(fake.seen().size() - 1);
        assertEquals("1", post.headers().get("If-Match"));
        assertEquals("{\"reason\":\"พิมพ์ผิดชื่อ\"}", post.body());
        assertEquals("CANCELLED", receipts.rows().get(0).status());
        assertEquals("RC2570-000005", receipts.selected().get().number());
        assertEquals("RC2570-000005 of 68000007 Somchai Jaidee is cancelled. Its number stays taken; the payment is "
                + "unchanged.", english.message(vm.message().get()));
        assertEquals("", vm.reason().get());
        assertEquals(1, changed[0], "the day close is told");
    }

    @Test
    void alreadyCancelledAndChangedMeanwhileAreSaidInWords() {
        fake.on("POST", "/receipts/5/cancel", r -> FakeTransport.problem(409, "The receipt is already cancelled.",
                List.of()));
        receipts.selected().set(receipts.rows().get(0));
        vm.reason().set("Misprinted");
        vm.cancel(() -> { });
        assertEquals("RC2570-000005 was already cancelled by someone else. The list shows it as it is now.",
                english.message(vm.message().get()));
        assertTrue(vm.failed().get());
        assertEquals(2, fake.count("GET", "/receipts"), "the list is asked again");
        fake.on("POST", "/receipts/5/cancel", r -> FakeTransport.problem(412, "Stale version", List.of()));
        receipts.selected().set(receipts.rows().get(0));
        vm.reason().set("Misprinted");
        vm.cancel(() -> { });
        assertEquals("RC2570-000005 ถูกผู้อื่นแก้ไขระหว่างนี้ เลือกใหม่ ตรวจสอบ แล้วลองอีกครั้ง", thai.message(vm.message().get()));
    }
}
