package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;

class RefundViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final I18n i18n = new I18n(I18n.THAI);
    private final RefundViewModel vm = new RefundViewModel(new FinanceApi(new ApiClient(fake)), TaskRunner.direct(),
            new Formats(i18n));
    private final List<String> bodies = new ArrayList<>();
    private final InvoiceDto invoice = new InvoiceDto(9, 1, "INV-25681-0000009", 7, "68000007", "สมชาย ใจดี",
            "Somchai Jaidee", 3, Instant.EPOCH, LocalDate.of(2026, 1, 15), List.of(new InvoiceLine("Tuition",
            "25000.00")), "25000.00", "1500.00", "23500.00", "PARTIALLY_PAID");

    private static Map<String, Object> payment(long id, String kind, String amount, Long reverses) {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>(Map.of("id", id, "invoiceId", 9, "studentId", 7,
                "kind", kind, "amount", amount, "method", "CASH", "receivedAt", "2026-11-28T03:00:00Z"));
        if (reverses != null) {
            m.put("reversesPaymentId", reverses);
        }
        return m;
    }

    RefundViewModelTest() {
        fake.on("GET", "/payments", r -> FakeTransport.json(200, Map.of("data", List.of(
                payment(1, "PAYMENT", "1500.00", null), payment(2, "REFUND", "200.00", 1L)), "pageSize", 100, "total",
                2, "totalExact", true, "totalPages", 1)));
        fake.on("POST", "/payments/1/refund", r -> {
            bodies.add(r.body());
            return FakeTransport.json(201, payment(3, "REFUND", "300.00", 1L));
        });
        vm.load(invoice);
        vm.selected().set(vm.payments().get(0));
    }

    @Test
    void nothingIsPrefilledAndAllOfItIsWhatIsLeftOfThePayment() {
        assertEquals("", vm.amount().get());
        vm.refundWhole();
        assertEquals("1300.00", vm.amount().get(), "1,500.00 paid less the 200.00 already refunded");
    }

    @Test
    void theReviewChecksAndSendsNothingTheConfirmRecordsAndNamesIt() {
        vm.amount().set("1300.01");
        vm.reason().set("ค่าปฏิบัติการซ้ำ");
        assertTrue(vm.review().isEmpty());
        assertEquals("ไม่เกินยอดที่เหลือของการชำระนี้: 1,300.00 บาท", i18n.message(vm.fieldErrors().get("refund-amount")));
        vm.amount().set("300.00");
        RefundViewModel.Review r = vm.review().orElseThrow();
        assertEquals("68000007 สมชาย ใจดี", r.student());
        assertEquals(1, r.payment().id());
        assertTrue(bodies.isEmpty());
        vm.refund(() -> { });
        assertEquals(1, bodies.size());
        assertEquals("บันทึกการคืนเงิน 300.00 บาท ของ 68000007 สมชาย ใจดี ใบแจ้งหนี้ INV-25681-0000009 แล้ว",
                i18n.message(vm.message().get()));
        vm.load(invoice);
        assertEquals("บันทึกการคืนเงิน 300.00 บาท ของ 68000007 สมชาย ใจดี ใบแจ้งหนี้ INV-25681-0000009 แล้ว",
                i18n.message(vm.message().get()), "the result stays said when the same invoice reloads");
    }
}
