package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.sync.Writes;

/**
 * Records the lines of one batch in one transaction, set-based (a statement per step for the whole
 * batch, not per line): every line first claims its (bank, transaction id), so a line already
 * recorded, by an earlier file or a concurrent upload, records nothing; the matched lines then
 * become payments by {@link PaymentService#recordAll} (the rules of a single payment, applied in
 * file order), and one those rules refuse becomes unmatched with the reason. What is written is
 * what recording the lines one at a time wrote; the batch commits or fails as a whole.
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

    /** Records the lines (distinct transaction ids) with their decisions; answers one count per line. */
    List<Counted> record(List<BankFile.Line> lines, List<BankMatching.Decision> decisions) {
        List<BankLineRepository.Claim> claims = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            BankMatching.Decision d = decisions.get(k);
            claims.add(new BankLineRepository.Claim(lines.get(k), d.matched() ? "MATCHED" : "UNMATCHED",
                    d.reason() == null ? null : d.reason().name(), d.invoiceId()));
        }
        Set<String> claimed = repository.claimAll(w.tx(), bank, fileId, claims, clock.instant());
        List<Counted> out = new ArrayList<>(lines.size());
        List<Integer> paying = new ArrayList<>();   // positions of the claimed matched lines
        List<PaymentService.Wanted> wanted = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            BankFile.Line l = lines.get(k);
            BankMatching.Decision d = decisions.get(k);
            if (!claimed.contains(l.txnId())) {
                out.add(new Counted(BankTally.Outcome.ALREADY_RECORDED, null, l.amount()));
            } else if (!d.matched()) {
                out.add(new Counted(BankTally.Outcome.UNMATCHED, d.reason(), l.amount()));
            } else {
                out.add(null);   // decided below
                paying.add(k);
                wanted.add(new PaymentService.Wanted(d.invoiceId(), l.amount(), BankFileImport.METHOD, l.txnId(),
                        l.paidAt()));
            }
        }
        if (wanted.isEmpty()) {
            return out;
        }
        List<PaymentService.Recorded> recorded = payments.recordAll(w, by, ip, wanted);
        List<BankLineRepository.Settle> settled = new ArrayList<>(wanted.size());
        for (int j = 0; j < wanted.size(); j++) {
            int k = paying.get(j);
            BankFile.Line l = lines.get(k);
            long invoiceId = decisions.get(k).invoiceId();
            PaymentService.Recorded r = recorded.get(j);
            if (r.payment() != null) {
                settled.add(new BankLineRepository.Settle(l.txnId(), "MATCHED", null, invoiceId, r.payment().id()));
                out.set(k, new Counted(BankTally.Outcome.MATCHED, null, l.amount()));
            } else {
                BankMatching.Reason why = refusedBecause(r.refused());
                settled.add(new BankLineRepository.Settle(l.txnId(), "UNMATCHED", why.name(), invoiceId, null));
                out.set(k, new Counted(BankTally.Outcome.UNMATCHED, why, l.amount()));
            }
        }
        repository.settleAll(w.tx(), bank, settled);
        return out;
    }

    /** Why the payment rules refused a line the file's snapshot matched (the invoice changed meanwhile). */
    private static BankMatching.Reason refusedBecause(PaymentService.Refused refused) {
        return switch (refused) {
            case VOID -> BankMatching.Reason.INVOICE_VOID;
            case PAID -> BankMatching.Reason.INVOICE_PAID;
            case EXCEEDS -> BankMatching.Reason.OVERPAYMENT;
        };
    }
}
