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

    /** One payment of a batch ({@link #recordAll}): checked input, as {@link #record} takes it. */
    public record Wanted(long invoiceId, BigDecimal amount, String method, String reference, Instant received) {
    }

    /** Why {@link #recordAll} refused one payment: the rules of {@link #record}. */
    public enum Refused { VOID, PAID, EXCEEDS }

    /** What became of one payment of a batch: recorded (the payment as listed), or refused and why. */
    public record Recorded(PaymentDto payment, Refused refused) {
    }

    /**
     * Records many checked payments inside the caller's transaction by the rules of {@link #record},
     * applied in the given order (a payment sees the ones before it on the same invoice), set-based:
     * the invoices locked in one statement, the payments, their receipts (numbered in this order
     * from one reservation), invoice updates, audit entries and changes each written with one
     * statement. The rows, receipts, audit entries and changes are those {@link #record} would write
     * for each in turn; a refused payment writes nothing. Answers one outcome per payment, in order.
     */
    public java.util.List<Recorded> recordAll(Writes.Work w, Caller by, String ip, java.util.List<Wanted> wanted) {
        java.util.Map<Long, io.helidon.dbclient.DbRow> locked = invoices.lockForPayments(w.tx(),
                wanted.stream().map(Wanted::invoiceId).toList());
        java.util.Map<Long, BigDecimal> paid = new java.util.HashMap<>();
        java.util.List<Recorded> out = new java.util.ArrayList<>(wanted.size());
        java.util.List<PaymentRepository.Entry> entries = new java.util.ArrayList<>();
        java.util.List<Integer> recorded = new java.util.ArrayList<>();   // positions in wanted
        for (int i = 0; i < wanted.size(); i++) {
            Wanted p = wanted.get(i);
            var inv = locked.get(p.invoiceId());
            if (inv == null) {
                throw Refusal.invalid("invoiceId", "is not an invoice");
            }
            BigDecimal before = paid.getOrDefault(p.invoiceId(), Rows.decimal(inv, "paid"));
            BigDecimal outstanding = Rows.decimal(inv, "total").subtract(before);
            Refused refused = "VOID".equals(Rows.str(inv, "status")) ? Refused.VOID
                    : outstanding.signum() <= 0 ? Refused.PAID
                    : p.amount().compareTo(outstanding) > 0 ? Refused.EXCEEDS : null;
            out.add(new Recorded(null, refused));
            if (refused == null) {
                paid.put(p.invoiceId(), before.add(p.amount()));
                String ref = p.reference() == null || p.reference().isBlank() ? null : p.reference().trim();
                entries.add(new PaymentRepository.Entry(p.invoiceId(), Rows.lng(inv, "student_id"), "PAYMENT",
                        p.amount(), p.method(), ref, p.received(), by.userId(), null, null));
                recorded.add(i);
            }
        }
        if (entries.isEmpty()) {
            return out;
        }
        java.util.List<Long> ids = payments.insertAll(w.tx(), entries, clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        java.util.List<InvoiceRepository.Settled> settled = new java.util.ArrayList<>();
        java.util.Map<Long, Integer> count = new java.util.HashMap<>();
        entries.forEach(e -> count.merge(e.invoiceId(), 1, Integer::sum));
        paid.forEach((invoiceId, now) -> {
            var inv = locked.get(invoiceId);
            settled.add(new InvoiceRepository.Settled(invoiceId, now, InvoiceStates.of(Rows.decimal(inv, "total"), now,
                    Rows.date(inv, "due_date"), today), count.get(invoiceId)));
        });
        invoices.settleAll(w.tx(), settled, clock.instant());
        java.util.List<ReceiptService.For> issued = new java.util.ArrayList<>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            PaymentRepository.Entry e = entries.get(k);
            issued.add(new ReceiptService.For(ids.get(k), e.invoiceId(), e.studentId(), null));
        }
        java.util.List<Long> receiptIds = receipts.issueAll(w, by, issued);
        java.util.Map<Long, PaymentDto> listed = new java.util.HashMap<>();
        RecordStore.findAll(w.tx(), FinanceLists.PAYMENTS, ids).forEach(d -> listed.put(d.id(), d));
        java.util.List<AuditEntry> audit = new java.util.ArrayList<>(ids.size());
        java.util.List<ChangeLog.Change> changes = new java.util.ArrayList<>(ids.size() * 3);
        for (int k = 0; k < ids.size(); k++) {
            ReceiptService.For entry = issued.get(k);
            PaymentDto answer = listed.get(entry.paymentId());
            audit.add(new AuditEntry(by.userId(), by.email(), "payment.recorded", "payment",
                    String.valueOf(entry.paymentId()), ip, null, answer));
            // the order issue() and issued() announce one payment in
            changes.add(new ChangeLog.Change("receipt", receiptIds.get(k), ChangeLog.CREATE, entry.studentId()));
            changes.add(new ChangeLog.Change("payment", entry.paymentId(), ChangeLog.CREATE, entry.studentId()));
            changes.add(new ChangeLog.Change("invoice", entry.invoiceId(), ChangeLog.UPDATE, entry.studentId()));
            out.set(recorded.get(k), new Recorded(answer, null));
        }
        w.auditAll(audit);
        w.changedAll(changes);
        return out;
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
