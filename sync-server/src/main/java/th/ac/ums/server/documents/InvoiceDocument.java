package th.ac.ums.server.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an invoice prints: the number, issue and due days, the student, the lines and the total, and
 * the amount still due, which the Thai QR code and the counter/ATM references ask for.
 *
 * @param amountDue what is left to pay; nothing left (or a cancelled invoice) prints no QR code
 * @param copy      a copy printed again: marked "สำเนา / COPY"
 * @param cancelled marked "ยกเลิก / CANCELLED" across the page, and no way to pay it
 * @param english   English below the Thai; false prints Thai only
 * @param overdue   the due day has passed with money still due: the page asks to pay now, not "by" that day
 */
public record InvoiceDocument(String number, LocalDate issuedOn, LocalDate dueOn, DocumentStudent student,
        List<DocumentLine> lines, BigDecimal total, BigDecimal amountDue, boolean copy, boolean cancelled,
        boolean english, boolean overdue) {

    public InvoiceDocument {
        lines = List.copyOf(lines);
    }

    /** An invoice not yet overdue. */
    public InvoiceDocument(String number, LocalDate issuedOn, LocalDate dueOn, DocumentStudent student,
            List<DocumentLine> lines, BigDecimal total, BigDecimal amountDue, boolean copy, boolean cancelled,
            boolean english) {
        this(number, issuedOn, dueOn, student, lines, total, amountDue, copy, cancelled, english, false);
    }

    /** The same invoice, overdue (its due day has passed with money still due). */
    public InvoiceDocument asOverdue() {
        return new InvoiceDocument(number, issuedOn, dueOn, student, lines, total, amountDue, copy, cancelled, english,
                true);
    }

    /** Whether the invoice asks to be paid: money is due and it is not cancelled. */
    public boolean payable() {
        return !cancelled && amountDue != null && amountDue.signum() > 0;
    }
}
