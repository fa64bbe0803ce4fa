package th.ac.ums.server.finance;

import java.time.Clock;
import th.ac.ums.model.validation.DateRules;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * The bursar resolves an unmatched bank line: assigns it to an invoice (the payment is recorded
 * then, by {@link PaymentService#record}'s rules) or marks it returned to the payer with a reason.
 * Both take the line's version (If-Match), change only an UNMATCHED line, and are audited.
 */
public final class BankLineService {
    /** Body of POST /payments/bank-lines/{id}/assign. */
    public record AssignInput(Long invoiceId) {
    }

    /** Body of POST /payments/bank-lines/{id}/return. */
    public record ReturnInput(String reason) {
    }

    static final int MAX_REASON = 200;

    private final Writes writes;
    private final PaymentService payments;
    private final Clock clock;
    private final BankLineRepository repository = new BankLineRepository();

    public BankLineService(Writes writes, PaymentService payments, Clock clock) {
        this.writes = writes;
        this.payments = payments;
        this.clock = clock;
    }

    public BankLines.BankLineDto assign(Caller by, String ip, long id, long version, AssignInput in) {
        if (in.invoiceId() == null) {
            throw Refusal.invalid("invoiceId", "is required");
        }
        if (in.invoiceId() < 1) {
            throw Refusal.invalid("invoiceId", "must be a positive whole number");
        }
        return writes.run(w -> {
            var line = unmatched(w, id, version);
            received(Rows.instant(line, "paid_at"));
            var payment = payments.record(w, by, ip, in.invoiceId(), Rows.decimal(line, "amount"),
                    BankFileImport.METHOD, Rows.str(line, "txn_id"), Rows.instant(line, "paid_at"), null);
            repository.resolve(w.tx(), id, BankLines.Outcome.ASSIGNED.name(), in.invoiceId(), payment.id(), null,
                    by.userId(), clock.instant());
            return audited(w, by, ip, id, "bank-line.assigned");
        });
    }

    /** A line read before its time was checked may not become a payment POST /payments would refuse. */
    private void received(java.time.Instant paidAt) {
        Errors errors = new Errors();
        DateRules.received(errors, "paidAt", paidAt, clock.instant());
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
    }

    public BankLines.BankLineDto giveBack(Caller by, String ip, long id, long version, ReturnInput in) {
        Errors errors = new Errors();
        Rules.name(errors, "reason", in.reason(), MAX_REASON);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return writes.run(w -> {
            unmatched(w, id, version);
            repository.resolve(w.tx(), id, BankLines.Outcome.RETURNED.name(), null, null, in.reason().trim(),
                    by.userId(), clock.instant());
            return audited(w, by, ip, id, "bank-line.returned");
        });
    }

    private io.helidon.dbclient.DbRow unmatched(Writes.Work w, long id, long version) {
        var line = repository.lock(w.tx(), id).orElseThrow(() -> Refusal.notFound("The bank line"));
        if (Rows.lng(line, "version") != version) {
            throw Refusal.stale(Rows.lng(line, "version"));
        }
        if (!BankLines.Outcome.UNMATCHED.name().equals(Rows.str(line, "outcome"))) {
            throw Refusal.conflict("The bank line is " + Rows.str(line, "outcome")
                    + "; only an unmatched line can be assigned or returned.");
        }
        return line;
    }

    private BankLines.BankLineDto audited(Writes.Work w, Caller by, String ip, long id, String action) {
        BankLines.BankLineDto after = RecordStore.find(w.tx(), BankLines.LINES, id).orElseThrow();
        w.audit(new AuditEntry(by.userId(), by.email(), action, "bank-line", String.valueOf(id), ip, null, after));
        w.changed("bank-line", id, ChangeLog.UPDATE, null);
        return after;
    }
}
