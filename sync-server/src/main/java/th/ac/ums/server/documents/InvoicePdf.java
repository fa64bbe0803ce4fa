package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Letterhead.RIGHT;
import static th.ac.ums.server.documents.Letterhead.label;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import th.ac.ums.model.money.ThaiQrPayment;
import th.ac.ums.server.documents.Letterhead.Fact;

/**
 * Invoices as A4 PDF: heading, student, lines, total in words, and while money is due the Thai QR
 * bill payment (biller ID from the university, Ref1 the student code, Ref2 the invoice number, the
 * amount due) with the same references in text for a counter or an ATM.
 */
public final class InvoicePdf {
    private final UniversityInfo university;

    public InvoicePdf(UniversityInfo university) {
        this.university = university;
    }

    /** One invoice; the stream is flushed, not closed. */
    public void write(InvoiceDocument invoice, OutputStream out) {
        PdfPages.write(List.of(invoice).iterator(), out, "Invoice " + invoice.number(), this::draw, c -> { });
    }

    /** What the invoice's QR code holds: empty while nothing can be paid on it. */
    public Optional<ThaiQrPayment> payment(InvoiceDocument invoice) {
        return invoice.payable()
                ? Optional.of(ThaiQrPayment.billPayment(university.billerId(), invoice.student().code(),
                        ThaiQrPayment.reference(invoice.number()), invoice.amountDue()))
                : Optional.empty();
    }

    /** What was paid (payments less refunds): the line that explains the total against the amount due. */
    private static float paid(Canvas c, float y, java.math.BigDecimal paid, boolean en) {
        c.right(label("ชำระแล้ว", "Paid", en), RIGHT - 110f, y + 6f, 11f, false, INK);
        c.right(LineTable.amount(paid), RIGHT - 6f, y + 6f, 11f, false, INK);
        return y - 18f;
    }

    private void draw(Canvas c, InvoiceDocument i) {
        boolean en = i.english();
        if (i.cancelled()) {
            Letterhead.cancelledMark(c, en);
        }
        float y = Letterhead.heading(c, university, "ใบแจ้งหนี้", "INVOICE", en, i.copy(), i.cancelled());
        float left = Letterhead.facts(c, y, List.of(Fact.of("เลขที่", "No.", i.number()),
                new Fact("วันที่", "Date", ThaiDates.thai(i.issuedOn()), ThaiDates.english(i.issuedOn())),
                new Fact("ครบกำหนด", "Due", ThaiDates.thai(i.dueOn()), ThaiDates.english(i.dueOn()))), en, MARGIN, 80f);
        float right = Letterhead.facts(c, y, List.of(Fact.of("รหัสนักศึกษา", "Student code", i.student().code()),
                new Fact("ชื่อนักศึกษา", "Student", i.student().nameTh(), i.student().nameEn())), en, 250f, 120f);
        y = LineTable.draw(c, Math.min(left, right) - 8f, i.lines(), i.total(), en);
        y = LineTable.words(c, y, i.total(), en);
        if (i.amountDue() != null && i.amountDue().compareTo(i.total()) != 0) {
            y = paid(c, y, i.total().subtract(i.amountDue()), en);
            c.right(label("ยอดที่ต้องชำระ", "Amount due", en), RIGHT - 110f, y + 6f, 11f, true, INK);
            c.right(LineTable.amount(i.amountDue()), RIGHT - 6f, y + 6f, 12f, true, INK);
            y -= 22f;
        }
        ThaiQrPayment payment = payment(i).orElse(null);
        if (payment != null) {
            QrBlock.draw(c, y, payment, ThaiDates.thai(i.dueOn()), ThaiDates.english(i.dueOn()), en, i.overdue());
        } else if (!i.cancelled()) {
            c.text(label("ชำระครบแล้ว", "Paid in full", en), MARGIN, y, 12f, true, INK);
        }
        boolean late = payment != null && i.overdue();
        c.text(late ? "ใบแจ้งหนี้นี้เลยวันครบกำหนดแล้ว โปรดชำระโดยเร็ว ใบเสร็จรับเงินจะออกให้เมื่อได้รับชำระแล้ว"
                : "โปรดชำระภายในวันครบกำหนด ใบเสร็จรับเงินจะออกให้เมื่อได้รับชำระแล้ว", MARGIN, 44f, 8.5f, false, MUTED);
        if (en) {
            c.text(late ? "This invoice is past its due day: please pay now; a receipt is issued once the payment is received."
                    : "Please pay by the due day; a receipt is issued once the payment is received.", MARGIN, 33f, 8f,
                    false, MUTED);
        }
    }
}
