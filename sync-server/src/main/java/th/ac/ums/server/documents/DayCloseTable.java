package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Canvas.RULE;
import static th.ac.ums.server.documents.Letterhead.RIGHT;
import static th.ac.ums.server.documents.Letterhead.label;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import th.ac.ums.model.Dtos.DayCloseRow;

/**
 * The day close's table: cashier, method, count, money in, out and net on a row's first line (the
 * method in English under it), then the run of receipt numbers and the cancelled numbers, wrapped.
 */
final class DayCloseTable {
    static final float METHOD_X = 196f;
    static final float COUNT_X = 330f;
    static final float IN_X = 402f;
    static final float OUT_X = 476f;
    private static final float DETAIL = 8.5f;
    private static final float LINE = 11f;
    private static final int NUMBERS_PER_LINE = 4;
    private static final Color BAND = new Color(0xEE, 0xF1, 0xF4);

    private DayCloseTable() {
    }

    /** The header band at y; returns the first row's line. */
    static float header(Canvas c, float y, boolean en) {
        c.fill(MARGIN, y - 8f, RIGHT - MARGIN, en ? 30f : 22f, BAND);
        float head = en ? y + 8f : y;
        c.text("ผู้รับเงิน", MARGIN + 4f, head, 9.5f, true, INK);
        c.text("วิธีชำระ", METHOD_X, head, 9.5f, true, INK);
        c.right("รายการ", COUNT_X, head, 9.5f, true, INK);
        c.right("รับเข้า", IN_X, head, 9.5f, true, INK);
        c.right("จ่ายออก", OUT_X, head, 9.5f, true, INK);
        c.right("สุทธิ (บาท)", RIGHT - 4f, head, 9.5f, true, INK);
        if (en) {
            c.text("Cashier", MARGIN + 4f, y - 3f, 8.5f, false, MUTED);
            c.text("Method", METHOD_X, y - 3f, 8.5f, false, MUTED);
            c.right("Count", COUNT_X, y - 3f, 8.5f, false, MUTED);
            c.right("Money in", IN_X, y - 3f, 8.5f, false, MUTED);
            c.right("Money out", OUT_X, y - 3f, 8.5f, false, MUTED);
            c.right("Net (THB)", RIGHT - 4f, y - 3f, 8.5f, false, MUTED);
        }
        return y - (en ? 30f : 24f);
    }

    /** How tall a row is. */
    static float height(DayCloseRow row, boolean en) {
        return (en ? 2 * LINE + 2f : LINE + 2f) + details(row, en).size() * LINE + 8f;
    }

    /** One row from y down; returns the next row's line. */
    static float row(Canvas c, float y, DayCloseRow row, boolean en) {
        c.text(row.cashierName() == null ? "" : row.cashierName(), MARGIN + 4f, y, 10f, false, INK);
        c.text(PaymentMethods.thai(row.method()), METHOD_X, y, 10f, false, INK);
        figures(c, y, row.count(), row.moneyIn(), row.moneyOut(), row.net(), false);
        float line = y - LINE - 2f;
        if (en) {
            c.text(PaymentMethods.english(row.method()), METHOD_X, line, DETAIL, false, MUTED);
            line -= LINE;
        }
        for (String detail : details(row, en)) {
            c.text(detail, MARGIN + 12f, line, DETAIL, false, MUTED);
            line -= LINE;
        }
        c.rule(MARGIN, line + 4f, RIGHT, 0.4f, RULE);
        return line - 6f;
    }

    /** Count and money right-aligned in their columns. */
    static void figures(Canvas c, float y, int count, String in, String out, String net, boolean bold) {
        float size = bold ? 11f : 10f;
        c.right(Integer.toString(count), COUNT_X, y, size, bold, INK);
        c.right(DayClosePdf.money(in), IN_X, y, size, bold, INK);
        c.right(DayClosePdf.money(out), OUT_X, y, size, bold, INK);
        c.right(DayClosePdf.money(net), RIGHT - 4f, y, size, bold, INK);
    }

    /** The lines under a row: its receipt numbers from first to last, then the cancelled ones, a few a line. */
    static List<String> details(DayCloseRow row, boolean en) {
        List<String> lines = new ArrayList<>();
        if (row.firstReceipt() != null) {
            lines.add(label("ใบเสร็จเลขที่", "Receipts", en) + "  " + row.firstReceipt()
                    + (row.firstReceipt().equals(row.lastReceipt()) ? "" : " – " + row.lastReceipt()));
        }
        List<String> numbers = row.cancelledNumbers();
        for (int i = 0; i < numbers.size(); i += NUMBERS_PER_LINE) {
            String run = String.join(", ", numbers.subList(i, Math.min(numbers.size(), i + NUMBERS_PER_LINE)));
            lines.add(i == 0 ? label("ยกเลิก", "Cancelled", en) + " " + row.cancelledCount() + ":  " + run : "      " + run);
        }
        return lines;
    }
}
