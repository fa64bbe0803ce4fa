package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Canvas.RULE;
import static th.ac.ums.server.documents.Letterhead.RIGHT;
import static th.ac.ums.server.documents.Letterhead.label;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import th.ac.ums.model.Dtos.DayCloseRow;
import th.ac.ums.model.Dtos.DayCloseTotals;
import th.ac.ums.server.documents.DayClosePages.Page;
import th.ac.ums.server.documents.Letterhead.Fact;

/**
 * The cashiers' day close as an A4 PDF: the university's heading, the day in Thai (BE) with English
 * below, one row per cashier and method (count, money in, out, net, the run of receipt numbers and
 * the cancelled ones), the totals on the last page, and on every page who printed it, when, and the
 * page's number. As many pages as the rows need.
 */
public final class DayClosePdf {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final UniversityInfo university;

    public DayClosePdf(UniversityInfo university) {
        this.university = university;
    }

    /** Writes the day close; the stream is flushed, not closed. Returns the number of pages. */
    public int write(DayCloseDocument doc, OutputStream out) {
        List<Page> pages = DayClosePages.split(doc.report().rows(), doc.english());
        PdfPages.write(pages.iterator(), out, "Day close " + doc.report().date(), (c, p) -> draw(c, doc, p), c -> {
        });
        return pages.size();
    }

    private void draw(Canvas c, DayCloseDocument doc, Page page) {
        boolean en = doc.english();
        float y = Letterhead.heading(c, university, "รายงานปิดยอดประจำวัน", "Cashiers' day close", en);
        var day = doc.report().date();
        Letterhead.facts(c, y, List.of(new Fact("วันที่", "Date", ThaiDates.thai(day), ThaiDates.english(day))), en,
                MARGIN, 60f);
        Letterhead.facts(c, y, List.of(Fact.of("เขตเวลา", "Time zone", doc.report().timeZone())), en, 300f, en ? 110f : 60f);
        y = DayCloseTable.header(c, DayClosePages.top(en), en);
        for (DayCloseRow row : page.rows()) {
            y = DayCloseTable.row(c, y, row, en);
        }
        if (page.rows().isEmpty() && page.number() == 1) {
            c.text("ไม่มีการรับหรือคืนเงินในวันนี้", MARGIN + 4f, y, 11f, false, INK);
            if (en) {
                c.text("No payments or refunds were recorded this day.", MARGIN + 4f, y - 13f, 9f, false, MUTED);
            }
            y -= 30f;
        }
        if (page.number() == page.of()) {
            totals(c, y, doc.report().totals(), en);
        }
        footer(c, doc, page, en);
    }

    private static void totals(Canvas c, float y, DayCloseTotals t, boolean en) {
        c.rule(MARGIN, y + 10f, RIGHT, 0.8f, INK);
        c.text(label("รวมทั้งสิ้น", "Total", en), MARGIN + 4f, y - 4f, 11f, true, INK);
        DayCloseTable.figures(c, y - 4f, t.count(), t.moneyIn(), t.moneyOut(), t.net(), true);
        c.text(label("ยกเลิก", "Cancelled", en) + "  " + t.cancelledCount(), MARGIN + 4f, y - 20f, 9f, false, MUTED);
        c.rule(DayCloseTable.IN_X - 60f, y - 10f, RIGHT, 0.8f, INK);
        c.rule(DayCloseTable.IN_X - 60f, y - 12.5f, RIGHT, 0.8f, INK);
    }

    private static void footer(Canvas c, DayCloseDocument doc, Page page, boolean en) {
        var at = doc.printedAt();
        c.rule(MARGIN, 58f, RIGHT, 0.4f, RULE);
        c.text("พิมพ์โดย " + doc.printedBy() + " เมื่อ " + ThaiDates.thai(at.toLocalDate()) + " " + TIME.format(at) + " น.",
                MARGIN, 44f, 8.5f, false, MUTED);
        c.right("หน้า " + page.number() + "/" + page.of(), RIGHT, 44f, 8.5f, false, MUTED);
        if (en) {
            c.text("Printed by " + doc.printedBy() + " on " + ThaiDates.english(at.toLocalDate()) + " at "
                    + TIME.format(at), MARGIN, 33f, 8f, false, MUTED);
            c.right("Page " + page.number() + " of " + page.of(), RIGHT, 33f, 8f, false, MUTED);
        }
    }

    /** "1500.00" as {@code 1,500.00}. */
    static String money(String amount) {
        return LineTable.amount(new BigDecimal(amount));
    }
}
