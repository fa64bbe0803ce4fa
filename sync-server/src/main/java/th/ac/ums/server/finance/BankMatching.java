package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which invoice a bank line pays, decided on what the database held when the file came in and on
 * the lines of the file before it: first by Ref2 (the invoice number, compared without hyphens and
 * upper-cased, since the Thai QR code carries it as INV256910000123), then, when Ref2 names no
 * invoice, by Ref1 (the student code) plus exactly the outstanding amount of one of that student's
 * open invoices. A line the rules of a payment would refuse is unmatched with a reason.
 */
final class BankMatching {
    /** Why a line was not matched (stored in {@code bank_transactions.reason}). */
    enum Reason { NO_MATCH, AMBIGUOUS, INVOICE_PAID, INVOICE_VOID, OVERPAYMENT }

    /** The decision for one line: an invoice, or a reason. */
    record Decision(Long invoiceId, Reason reason) {
        boolean matched() {
            return invoiceId != null && reason == null;
        }
    }

    private static final Pattern COMPACT = Pattern.compile("^INV([0-9]{5})([0-9]{7})$");

    private final Map<String, BankLineRepository.Invoice> byNumber;
    private final Map<String, List<BankLineRepository.Invoice>> openByStudent;

    BankMatching(Map<String, BankLineRepository.Invoice> byNumber,
                 Map<String, List<BankLineRepository.Invoice>> openByStudent) {
        this.byNumber = byNumber;
        this.openByStudent = openByStudent;
    }

    /** The invoice number a Ref2 stands for, as stored (INV-25691-0000123), or the Ref2 upper-cased. */
    static Optional<String> invoiceNumber(String ref2) {
        if (ref2 == null) {
            return Optional.empty();
        }
        String compact = ref2.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = COMPACT.matcher(compact);
        return Optional.of(m.matches() ? "INV-" + m.group(1) + "-" + m.group(2) : compact);
    }

    /** Decides a line and, when matched, counts its amount as paid for the lines after it. */
    Decision decide(BankFile.Line line) {
        var byRef2 = invoiceNumber(line.ref2()).map(byNumber::get);
        if (byRef2.isPresent()) {
            return pay(byRef2.get(), line.amount());
        }
        if (line.ref1() == null) {
            return new Decision(null, Reason.NO_MATCH);
        }
        List<BankLineRepository.Invoice> exact = openByStudent.getOrDefault(line.ref1(), List.of()).stream()
                .filter(i -> open(i) && i.outstanding().compareTo(line.amount()) == 0).toList();
        if (exact.size() > 1) {
            return new Decision(null, Reason.AMBIGUOUS);
        }
        return exact.isEmpty() ? new Decision(null, Reason.NO_MATCH) : pay(exact.get(0), line.amount());
    }

    private static boolean open(BankLineRepository.Invoice i) {
        return !"VOID".equals(i.status) && i.outstanding().signum() > 0;
    }

    private static Decision pay(BankLineRepository.Invoice inv, BigDecimal amount) {
        if ("VOID".equals(inv.status)) {
            return new Decision(inv.id, Reason.INVOICE_VOID);
        }
        if (inv.outstanding().signum() <= 0) {
            return new Decision(inv.id, Reason.INVOICE_PAID);
        }
        if (amount.compareTo(inv.outstanding()) > 0) {
            return new Decision(inv.id, Reason.OVERPAYMENT);
        }
        inv.paid = inv.paid.add(amount);
        return new Decision(inv.id, null);
    }
}
