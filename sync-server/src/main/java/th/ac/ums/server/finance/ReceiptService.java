package th.ac.ums.server.finance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import th.ac.ums.model.Dtos.ReceiptDto;
import th.ac.ums.model.Enums.ReceiptKind;
import th.ac.ums.model.Inputs.CancelReceiptInput;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.platform.Sequences;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Receipts (ใบเสร็จรับเงิน) and credit notes. A payment's receipt is issued in the payment's own
 * transaction with the next number of its fiscal year ({@code RC2570-000123}), a refund's credit note
 * likewise ({@code CN2570-000045}, referring to the payment's receipt). The number is taken from a
 * gap-free sequence row that stays locked until the payment commits, so numbers are consecutive and
 * a payment that fails or is killed gives its number back. A receipt is never deleted: cancelling
 * keeps the number and issues nothing new. The rules are here; the SQL is in {@link ReceiptRepository}.
 */
public final class ReceiptService {
    private final Writes writes;
    private final FiscalYear fiscalYear;
    private final Clock clock;
    private final ReceiptRepository receipts = new ReceiptRepository();

    public ReceiptService(Writes writes, FiscalYear fiscalYear, Clock clock) {
        this.writes = writes;
        this.fiscalYear = fiscalYear;
        this.clock = clock;
    }

    /** What a receipt is issued for: the payment (or refund) just inserted in {@code w}'s transaction. */
    public record For(long paymentId, long invoiceId, long studentId, Long reversesPaymentId) {
    }

    /**
     * Issues the receipt of a payment (or, with {@code reversesPaymentId}, the credit note of a refund)
     * in {@code w}'s transaction; answers its id. Call it last in the transaction that can still fail on
     * a rule: the sequence row it locks is held until the commit.
     */
    public long issue(Writes.Work w, Caller by, For what) {
        ReceiptKind kind = what.reversesPaymentId() == null ? ReceiptKind.RECEIPT : ReceiptKind.CREDIT_NOTE;
        Long refersTo = what.reversesPaymentId() == null ? null
                : receipts.ofPayment(w.tx(), what.reversesPaymentId()).orElse(null);
        Instant now = clock.instant();
        LocalDate day = fiscalYear.dayOf(now);
        int year = fiscalYear.of(day);
        long serial = Sequences.reserve(w.tx(), sequence(kind, year), 1);
        String number = number(kind, year, serial);
        long id = receipts.insert(w.tx(), new ReceiptRepository.Entry(number, kind.name(), year, serial,
                what.paymentId(), what.invoiceId(), what.studentId(), refersTo, day, now, by.userId()));
        w.changed("receipt", id, ChangeLog.CREATE, what.studentId());
        return id;
    }

    /**
     * Issues the receipts of many payments just inserted in {@code w}'s transaction, numbered in the
     * given order from one reservation of the fiscal year's sequence (the same gap-free row, locked
     * until the commit); answers their ids in the same order. The caller announces them (with its
     * payments, in its own order). Call it last among what can still fail on a rule, as {@link #issue}.
     */
    public java.util.List<Long> issueAll(Writes.Work w, Caller by, java.util.List<For> payments) {
        if (payments.isEmpty()) {
            return java.util.List.of();
        }
        Instant now = clock.instant();
        LocalDate day = fiscalYear.dayOf(now);
        int year = fiscalYear.of(day);
        long first = Sequences.reserve(w.tx(), sequence(ReceiptKind.RECEIPT, year), payments.size());
        java.util.List<ReceiptRepository.Entry> entries = new java.util.ArrayList<>(payments.size());
        for (int i = 0; i < payments.size(); i++) {
            For p = payments.get(i);
            if (p.reversesPaymentId() != null) {
                throw new IllegalArgumentException("issueAll issues receipts of payments, not credit notes");
            }
            long serial = first + i;
            entries.add(new ReceiptRepository.Entry(number(ReceiptKind.RECEIPT, year, serial),
                    ReceiptKind.RECEIPT.name(), year, serial, p.paymentId(), p.invoiceId(), p.studentId(), null, day,
                    now, by.userId()));
        }
        return receipts.insertAll(w.tx(), entries);
    }

    /** The sequence of a kind and fiscal year in {@code code_sequences}. */
    static String sequence(ReceiptKind kind, int year) {
        return (kind == ReceiptKind.RECEIPT ? "receipt:" : "credit-note:") + year;
    }

    /** {@code RC2570-000123} or {@code CN2570-000045}: prefix, fiscal year (BE), serial of at least 6 digits. */
    static String number(ReceiptKind kind, int year, long serial) {
        return (kind == ReceiptKind.RECEIPT ? "RC" : "CN") + year + "-" + String.format("%06d", serial);
    }

    /** Cancels a receipt or credit note (If-Match {@code version}); its number stays taken. */
    public ReceiptDto cancel(Caller by, String ip, long id, long version, CancelReceiptInput in) {
        Errors errors = new Errors();
        Rules.name(errors, "reason", in.reason(), 500);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return writes.run(w -> {
            var row = receipts.lock(w.tx(), id).orElseThrow(() -> Refusal.notFound("The receipt"));
            if (Rows.lng(row, "version") != version) {
                throw Refusal.stale(Rows.lng(row, "version"));
            }
            if ("CANCELLED".equals(Rows.str(row, "status"))) {
                throw Refusal.conflict("The receipt is already cancelled.");
            }
            ReceiptDto before = RecordStore.find(w.tx(), ReceiptLists.RECEIPTS, id).orElseThrow();
            receipts.cancel(w.tx(), id, by.userId(), in.reason().trim(), clock.instant());
            ReceiptDto after = RecordStore.find(w.tx(), ReceiptLists.RECEIPTS, id).orElseThrow();
            long studentId = Rows.lng(row, "student_id");
            w.audit(new AuditEntry(by.userId(), by.email(), "receipt.cancelled", "receipt", String.valueOf(id), ip,
                    before, after));
            w.changed("receipt", id, ChangeLog.UPDATE, studentId);
            return after;
        });
    }
}
