package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;

class PaymentViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final AtomicBoolean down = new AtomicBoolean(true);
    private final List<String> keys = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final PaymentViewModel vm = new PaymentViewModel(new FinanceApi(new ApiClient(fake)), TaskRunner.direct());
    private final InvoiceDto invoice = new InvoiceDto(9, 1, "INV-25681-0000009", 7, "68000007",
            "สมชาย ใจดี", "Somchai Jaidee", 3, Instant.EPOCH, LocalDate.of(2026, 1, 15),
            List.of(new InvoiceLine("Tuition", "25000.00")), "25000.00", "0.00", "25000.00", "OPEN");

    PaymentViewModelTest() {
        fake.on("POST", "/payments", r -> {
            keys.add(r.headers().get("Idempotency-Key"));
            bodies.add(r.body());
            if (down.get()) {
                throw new FakeTransport.Down();
            }
            return FakeTransport.json(201, Map.of("id", 1, "invoiceId", 9, "studentId", 7, "kind", "PAYMENT",
                    "amount", "25000.00", "method", "TRANSFER", "receivedAt", "2026-11-28T10:00:00Z"));
        });
        vm.open(invoice);
    }

    @Test
    void theAmountIsNotPrefilledAndTheReviewSendsNothing() {
        assertEquals("", vm.amount().get(), "the bursar types the amount");
        assertTrue(vm.review().isEmpty(), "an empty amount cannot be reviewed");
        assertTrue(vm.fieldErrors().containsKey("amount"));
        vm.payWhole();
        assertEquals("25000.00", vm.amount().get(), "the button fills it, visibly");
        vm.amount().set("1500");
        vm.method().set("CASH");
        PaymentViewModel.Review r = vm.review().orElseThrow();
        assertEquals("68000007 Somchai Jaidee", r.student());
        assertEquals("INV-25681-0000009", r.invoice());
        assertEquals(new java.math.BigDecimal("1500.00"), r.amount(), "read as the server takes it");
        assertEquals("CASH", r.method());
        assertTrue(keys.isEmpty(), "reviewing records nothing");
    }

    @Test
    void moreThanTheOutstandingIsRefusedAtTheReview() {
        vm.amount().set("25000.01");
        assertTrue(vm.review().isEmpty());
        assertEquals("payment.tooMuch:25,000.00", vm.fieldErrors().get("amount"));
    }

    @Test
    void theResultNamesTheAmountTheStudentAndTheInvoice() {
        down.set(false);
        vm.amount().set("25000.00");
        vm.record();
        assertEquals("Payment 25,000.00 THB recorded for 68000007 Somchai Jaidee, invoice INV-25681-0000009.",
                new th.ac.ums.client.ui.I18n(java.util.Locale.ENGLISH).message(vm.message().get()));
    }

    @Test
    void aRetryAfterNoAnswerSendsTheSameKeyAndBody() {
        vm.payWhole();
        vm.record();
        assertEquals("payment.retry", vm.message().get());
        down.set(false);
        vm.record();
        assertNotNull(vm.recorded().get());
        assertEquals(2, keys.size());
        assertEquals(keys.get(0), keys.get(1), "same idempotency key on retry");
        assertEquals(bodies.get(0), bodies.get(1), "same body on retry (the server compares it)");
    }

    @Test
    void changingTheFormMakesANewKey() {
        vm.payWhole();
        vm.record();
        vm.amount().set("1000.00");
        down.set(false);
        vm.record();
        assertNotEquals(keys.get(0), keys.get(1));
    }

    @Test
    void negativeOrMalformedAmountsNeverLeave() {
        down.set(false);
        vm.amount().set("-5");
        vm.record();
        vm.amount().set("12.345");
        vm.record();
        assertTrue(keys.isEmpty());
        assertTrue(vm.fieldErrors().containsKey("amount"));
    }

    @Test
    void aDayInTheFutureIsRefusedAndAnEarlierDayIsSentAsThatDayInTheUniversitysZone() {
        down.set(false);
        vm.payWhole();
        java.time.ZoneId bangkok = java.time.ZoneId.of("Asia/Bangkok");
        vm.receivedOn().set(LocalDate.now(bangkok).plusDays(1));
        vm.record();
        assertEquals("payment.future", vm.fieldErrors().get("receivedOn"));
        vm.receivedOn().set(null);
        vm.record();
        assertEquals("payment.badDate", vm.fieldErrors().get("receivedOn"), "a date that could not be read");
        assertTrue(keys.isEmpty());
        LocalDate before = LocalDate.now(bangkok).minusDays(3);
        vm.receivedOn().set(before);
        vm.record();
        assertTrue(bodies.get(0).contains(before.atTime(12, 0).atZone(bangkok).toInstant().toString()), bodies.get(0));
    }
}
