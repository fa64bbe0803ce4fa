package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Inputs.PaymentInput;
import th.ac.ums.model.Inputs.RefundInput;
import th.ac.ums.model.Money;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Payments and refunds. A payment locks its invoice, may not exceed what is outstanding, and
 * updates the invoice's paid amount and status in the same transaction. A refund is a new
 * REFUND entry pointing at the payment it reverses (payments are never updated or deleted),
 * at most what is left of that payment. Both are exactly-once per Idempotency-Key, and each gets its
 * receipt or credit note ({@link ReceiptService}) in the same transaction, so the stored answer of a
 * retried key names the same receipt. The rules are here; the SQL is in {@link PaymentRepository}
 * and {@link InvoiceRepository}.
 */
public final class PaymentService {
    private final Idempotency idempotency;
    private final ReceiptService receipts;
    private final Clock clock;
    private final PaymentRepository payments = new PaymentRepository();
    private final InvoiceRepository invoices = new InvoiceRepository();

    public PaymentService(Idempotency idempotency, ReceiptService receipts, Clock clock) {
        this.idempotency = idempotency;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * Records a payment once per idempotency key: {@code keys} are the key values the caller sent
     * (checked after the payment itself, so a wrong amount is named first).
     */
    public Idempotency.Answer pay(Caller by, String ip, List<String> keys, PaymentInput in) {
        Errors errors = Validators.payment(in, clock.instant());
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        BigDecimal amount = Money.parse(in.amount());
        Instant received = in.receivedAt() == null ? clock.instant() : in.receivedAt();
        String key = Idempotency.key(keys);
        return idempotency.once(by.userId(), key, "POST /payments", in, w -> record(w, by, ip, in.invoiceId(), amount,
                in.method(), in.reference(), received, key));
    }

    /**
     * Records a checked payment inside the caller's transaction by the rules of {@link #pay} (the
     * invoice locked, not void, the amount at most what is outstanding; audited, announced); answers
     * the payment. Bank-file reconciliation records its lines through here.
     */
    public PaymentDto record(Writes.Work w, Caller by, String ip, long invoiceId, BigDecimal amount, String method,
                             String reference, Instant received, String key) {
        var inv = invoices.lockForPayment(w.tx(), invoiceId).orElseThrow(() -> Refusal.invalid("invoiceId",
                "is not an invoice"));
        if ("VOID".equals(Rows.str(inv, "status"))) {
            throw Refusal.conflict("The invoice is void; it cannot be paid.");
        }
        BigDecimal outstanding = Rows.decimal(inv, "total").subtract(Rows.decimal(inv, "paid"));
        if (outstanding.signum() <= 0) {
            throw Refusal.conflict("The invoice is already paid; nothing is outstanding on it.");
        }
        if (amount.compareTo(outstanding) > 0) {
            throw Refusal.conflict("The amount " + Money.format(amount) + " exceeds what is outstanding on "
                    + "the invoice (" + Money.format(outstanding.max(BigDecimal.ZERO).setScale(2)) + ").");
        }
        long studentId = Rows.lng(inv, "student_id");
        long id = insert(w, invoiceId, studentId, "PAYMENT", amount, method, reference, received, by, null, key);
        settle(w, invoiceId, Rows.decimal(inv, "total"), Rows.decimal(inv, "paid").add(amount),
                Rows.date(inv, "due_date"));
        return issued(w, by, ip, "payment.recorded", new ReceiptService.For(id, invoiceId, studentId, null));
    }

    /** Refunds part or all of a payment, once per idempotency key (as {@link #pay}). */
    public Idempotency.Answer refund(Caller by, String ip, List<String> keys, long paymentId, RefundInput in) {
        Errors errors = Validators.refund(in);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        BigDecimal amount = Money.parse(in.amount());
        String key = Idempotency.key(keys);
        return idempotency.once(by.userId(), key, "POST /payments/{id}/refund",
                java.util.Map.of("paymentId", paymentId, "body", in), w -> {
            var pay = payments.find(w.tx(), paymentId).orElseThrow(() -> Refusal.notFound("The payment"));
            if (!"PAYMENT".equals(Rows.str(pay, "kind"))) {
                throw Refusal.conflict("Only a payment can be refunded, not a refund.");
            }
            long invoiceId = Rows.lng(pay, "invoice_id");
            var inv = invoices.lockForRefund(w.tx(), invoiceId).orElseThrow();
            BigDecimal refunded = payments.refunded(w.tx(), paymentId);
            BigDecimal left = Rows.decimal(pay, "amount").subtract(refunded);
            if (amount.compareTo(left) > 0) {
                throw Refusal.conflict("At most " + Money.format(left.setScale(2)) + " of this payment can still "
                        + "be refunded.");
            }
            long studentId = Rows.lng(pay, "student_id");
            long id = insert(w, invoiceId, studentId, "REFUND", amount, "TRANSFER", in.reason().trim(), clock.instant(),
                    by, paymentId, null);
            settle(w, invoiceId, Rows.decimal(inv, "total"), Rows.decimal(inv, "paid").subtract(amount),
                    Rows.date(inv, "due_date"));
            return issued(w, by, ip, "payment.refunded", new ReceiptService.For(id, invoiceId, studentId, paymentId));
        });
    }

    /**
     * What follows every new payment or refund in its transaction: its receipt or credit note, the
     * audit entry, and the change of the payment and its invoice; answers the entry as listed.
     */
    private PaymentDto issued(Writes.Work w, Caller by, String ip, String action, ReceiptService.For entry) {
        receipts.issue(w, by, entry);
        PaymentDto answer = RecordStore.find(w.tx(), FinanceLists.PAYMENTS, entry.paymentId()).orElseThrow();
        w.audit(new AuditEntry(by.userId(), by.email(), action, "payment", String.valueOf(entry.paymentId()), ip,
                null, answer));
        w.changed("payment", entry.paymentId(), ChangeLog.CREATE, entry.studentId());
        w.changed("invoice", entry.invoiceId(), ChangeLog.UPDATE, entry.studentId());
        return answer;
    }

    private long insert(Writes.Work w, long invoiceId, long studentId, String kind, BigDecimal amount, String method,
                        String reference, Instant received, Caller by, Long reverses, String key) {
        String ref = reference == null || reference.isBlank() ? null : reference.trim();
        return payments.insert(w.tx(), new PaymentRepository.Entry(invoiceId, studentId, kind, amount, method, ref,
                received, by.userId(), reverses, key), clock.instant());
    }

    private void settle(Writes.Work w, long invoiceId, BigDecimal total, BigDecimal paid, LocalDate due) {
        String status = InvoiceStates.of(total, paid, due, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        invoices.settle(w.tx(), invoiceId, paid, status, clock.instant());
    }
}
