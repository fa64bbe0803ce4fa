package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Canvas.RULE;
import static th.ac.ums.server.documents.Letterhead.RIGHT;
import static th.ac.ums.server.documents.Letterhead.label;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import th.ac.ums.model.money.MoneyWords;

/** The lines of a document as a table (number, description in Thai over English, amount), the total and the total in words. */
final class LineTable {
    /** More lines than this do not fit one A4 page with the heading and the footer. */
    static final int MAX_LINES = 10;
    private static final Color BAND = new Color(0xEE, 0xF1, 0xF4);
    private static final Color WORDS = new Color(0xF6, 0xF8, 0xFA);
    private static final float DESCRIPTION_X = MARGIN + 40f;

    private LineTable() {
    }

    /** 18500 as {@code 18,500.00}. */
    static String amount(BigDecimal a) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(a.setScale(2, RoundingMode.HALF_UP));
    }

    /** The table from y down, with its total row; returns the first free line below it. */
    static float draw(Canvas c, float y, List<DocumentLine> lines, BigDecimal total, boolean english) {
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a document prints at most " + MAX_LINES + " lines, not " + lines.size());
        }
        c.fill(MARGIN, y - 8f, RIGHT - MARGIN, english ? 30f : 22f, BAND);
        float head = english ? y + 8f : y;
        c.text("ลำดับ", MARGIN + 6f, head, 9.5f, true, INK);
        c.text("รายการ", DESCRIPTION_X, head, 9.5f, true, INK);
        c.right("จำนวนเงิน (บาท)", RIGHT - 6f, head, 9.5f, true, INK);
        if (english) {
            c.text("No.", MARGIN + 6f, y - 3f, 8.5f, false, MUTED);
            c.text("Description", DESCRIPTION_X, y - 3f, 8.5f, false, MUTED);
            c.right("Amount (THB)", RIGHT - 6f, y - 3f, 8.5f, false, MUTED);
        }
        y -= english ? 30f : 24f;
        int n = 0;
        for (DocumentLine line : lines) {
            c.text(Integer.toString(++n), MARGIN + 6f, y, 10.5f, false, INK);
            c.text(line.descriptionTh(), DESCRIPTION_X, y, 10.5f, false, INK);
            c.right(amount(line.amount()), RIGHT - 6f, y, 10.5f, false, INK);
            if (english) {
                c.text(line.descriptionEn(), DESCRIPTION_X, y - 12f, 8.5f, false, MUTED);
            }
            c.rule(MARGIN, y - (english ? 19f : 8f), RIGHT, 0.4f, RULE);
            y -= english ? 31f : 20f;
        }
        c.right(label("รวมทั้งสิ้น", "Total", english), RIGHT - 110f, y, 11f, true, INK);
        c.right(amount(total), RIGHT - 6f, y, 12f, true, INK);
        c.rule(RIGHT - 100f, y - 6f, RIGHT, 0.8f, INK);
        c.rule(RIGHT - 100f, y - 8.5f, RIGHT, 0.8f, INK);
        return y - 28f;
    }

    /** The amount in Thai words (and English below) in a shaded band; returns the first free line below it. */
    static float words(Canvas c, float y, BigDecimal amount, boolean english) {
        c.fill(MARGIN, y - (english ? 21f : 8f), RIGHT - MARGIN, english ? 36f : 23f, WORDS);
        c.text("(ตัวอักษร)", MARGIN + 8f, y, 9.5f, false, MUTED);
        c.text(MoneyWords.of(amount, true), MARGIN + 70f, y, 11.5f, true, INK);
        if (english) {
            c.text("(In words)", MARGIN + 8f, y - 14f, 8.5f, false, MUTED);
            c.text(MoneyWords.of(amount, false), MARGIN + 70f, y - 14f, 9.5f, false, INK);
        }
        return y - (english ? 46f : 32f);
    }
}
