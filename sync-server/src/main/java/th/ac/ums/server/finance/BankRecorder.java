package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.sync.Writes;

/**
 * Records the lines of one batch in one transaction: each line first claims its (bank, transaction
 * id), so a line already recorded, by an earlier file or a concurrent upload, records nothing; a
 * matched line then becomes a payment by {@link PaymentService#record}'s rules, and one those rules
 * refuse becomes unmatched with the reason.
 */
final class BankRecorder {
    /** What became of one line, counted once its transaction commits. */
    record Counted(BankTally.Outcome outcome, BankMatching.Reason reason, BigDecimal amount) {
    }

    private final Writes.Work w;
    private final PaymentService payments;
    private final BankLineRepository repository;
    private final Caller by;
    private final String ip;
    private final String bank;
    private final long fileId;
    private final Clock clock;

    BankRecorder(Writes.Work w, PaymentService payments, BankLineRepository repository, Caller by, String ip,
                 String bank, long fileId, Clock clock) {
        this.w = w;
        this.payments = payments;
        this.repository = repository;
        this.by = by;
        this.ip = ip;
        this.bank = bank;
        this.fileId = fileId;
        this.clock = clock;
    }

    Counted record(BankFile.Line l, BankMatching.Decision d) {
        String outcome = d.matched() ? "MATCHED" : "UNMATCHED";
        String reason = d.reason() == null ? null : d.reason().name();
        if (!repository.claim(w.tx(), bank, fileId, l, outcome, reason, d.invoiceId(), clock.instant())) {
            return new Counted(BankTally.Outcome.ALREADY_RECORDED, null, l.amount());
        }
        if (!d.matched()) {
            return new Counted(BankTally.Outcome.UNMATCHED, d.reason(), l.amount());
        }
        try {
            var payment = payments.record(w, by, ip, d.invoiceId(), l.amount(), BankFileImport.METHOD, l.txnId(),
                    l.paidAt(), null);
            repository.settle(w.tx(), bank, l.txnId(), "MATCHED", null, d.invoiceId(), payment.id());
            return new Counted(BankTally.Outcome.MATCHED, null, l.amount());
        } catch (Refusal refused) {
            BankMatching.Reason why = refusedBecause(d.invoiceId(), l.amount());
            repository.settle(w.tx(), bank, l.txnId(), "UNMATCHED", why.name(), d.invoiceId(), null);
            return new Counted(BankTally.Outcome.UNMATCHED, why, l.amount());
        }
    }

    /** Why the payment rules refused a line the file's snapshot matched (the invoice changed meanwhile). */
    private BankMatching.Reason refusedBecause(long invoiceId, BigDecimal amount) {
        var inv = repository.invoiceState(w.tx(), invoiceId).orElseThrow();
        if ("VOID".equals(Rows.str(inv, "status"))) {
            return BankMatching.Reason.INVOICE_VOID;
        }
        return Rows.decimal(inv, "outstanding").signum() <= 0 ? BankMatching.Reason.INVOICE_PAID
                : BankMatching.Reason.OVERPAYMENT;
    }
}
