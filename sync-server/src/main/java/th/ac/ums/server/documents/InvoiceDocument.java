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
 */
public record InvoiceDocument(String number, LocalDate issuedOn, LocalDate dueOn, DocumentStudent student,
        List<DocumentLine> lines, BigDecimal total, BigDecimal amountDue, boolean copy, boolean cancelled,
        boolean english) {

    public InvoiceDocument {
        lines = List.copyOf(lines);
    }

    /** Whether the invoice asks to be paid: money is due and it is not cancelled. */
    public boolean payable() {
        return !cancelled && amountDue != null && amountDue.signum() > 0;
    }
}
