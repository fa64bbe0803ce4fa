package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Canvas.RULE;
import static th.ac.ums.server.documents.Letterhead.RIGHT;
import static th.ac.ums.server.documents.Letterhead.label;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import th.ac.ums.server.documents.Letterhead.Fact;
import th.ac.ums.server.documents.ReceiptDocument.Kind;

/**
 * Receipts and credit notes as A4 PDF, one page each: {@link #write} for one, {@link #writeAll} for
 * a day's batch streamed page by page. Thai first, English below unless the document turns it off.
 */
public final class ReceiptPdf {
    private final UniversityInfo university;

    public ReceiptPdf(UniversityInfo university) {
        this.university = university;
    }

    /** One receipt or credit note; the stream is flushed, not closed. */
    public void write(ReceiptDocument receipt, OutputStream out) {
        writeAll(List.of(receipt).iterator(), out);
    }

    /**
     * Every receipt the iterator gives, a page each, in its order; each page is written out before
     * the next receipt is read. Returns how many were written (none: one page saying so).
     */
    public int writeAll(Iterator<ReceiptDocument> receipts, OutputStream out) {
        return PdfPages.write(receipts, out, "Receipts", this::draw, c -> {
            c.text("ไม่มีใบเสร็จรับเงินในชุดนี้", MARGIN, 780f, 14f, true, INK);
            c.text("No receipts in this batch", MARGIN, 762f, 11f, false, MUTED);
        });
    }

    private void draw(Canvas c, ReceiptDocument r) {
        boolean en = r.english();
        boolean refund = r.kind() == Kind.CREDIT_NOTE;
        if (r.cancelled()) {
            Letterhead.cancelledMark(c, en);
        }
        float y = Letterhead.heading(c, university, r.kind().thai(), r.kind().english(), en, r.copy(), r.cancelled());
        float left = Letterhead.facts(c, y, List.of(Fact.of("เลขที่", "No.", r.number()),
                new Fact("วันที่", "Date", ThaiDates.thai(r.date()), ThaiDates.english(r.date()))), en, MARGIN, 80f);
        float right = Letterhead.facts(c, y, List.of(Fact.of("รหัสนักศึกษา", "Student code", r.student().code()),
                new Fact(refund ? "คืนเงินให้" : "ได้รับเงินจาก", refund ? "Refunded to" : "Received from",
                        r.student().nameTh(), r.student().nameEn())), en, 250f, 120f);
        y = LineTable.draw(c, Math.min(left, right) - 8f, r.lines(), r.total(), en);
        y = LineTable.words(c, y, r.total(), en);
        float top = y;
        Letterhead.facts(c, y, payment(r), en, MARGIN, 140f);
        signature(c, top, r.recordedBy(), refund ? label("ผู้จ่ายเงิน", "Paid out by", en)
                : label("ผู้รับเงิน", "Received by", en));
        c.rule(MARGIN, 58f, RIGHT, 0.4f, RULE);
        c.text(refund ? "ใบลดหนี้นี้ลดยอดที่ชำระตามใบเสร็จที่อ้างถึง" : "ใบเสร็จรับเงินนี้จะสมบูรณ์เมื่อเรียกเก็บเงินได้ครบถ้วนแล้ว",
                MARGIN, 44f, 8.5f, false, MUTED);
        if (en) {
            c.text(refund ? "This credit note reduces what was paid on the receipt it names."
                    : "This receipt is valid once the payment has been collected in full.", MARGIN, 33f, 8f, false, MUTED);
        }
    }

    private static List<Fact> payment(ReceiptDocument r) {
        boolean refund = r.kind() == Kind.CREDIT_NOTE;
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(refund ? "คืนเงินโดย" : "ชำระโดย", refund ? "Refunded by" : "Paid by", r.methodTh(),
                r.methodEn()));
        if (!r.paymentReference().isEmpty()) {
            facts.add(Fact.of("เลขที่อ้างอิง", "Reference", r.paymentReference()));
        }
        if (!r.against().isEmpty()) {
            facts.add(Fact.of("อ้างอิงใบเสร็จเลขที่", "Against receipt", r.against()));
        }
        return facts;
    }

    /** The recorder's name over a rule and the role under it, in the right-hand column. */
    private static void signature(Canvas c, float top, String name, String role) {
        float x1 = 380f;
        float centre = (x1 + RIGHT) / 2;
        c.centred(name, centre, top - 30f, 11f, false, INK, 0f);
        c.rule(x1, top - 36f, RIGHT, 0.6f, MUTED);
        c.centred(role, centre, top - 49f, 9f, false, MUTED, 0f);
    }
}
