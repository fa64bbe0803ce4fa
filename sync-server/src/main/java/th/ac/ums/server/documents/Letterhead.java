package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MARK;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Canvas.RULE;
import static th.ac.ums.server.documents.Canvas.WIDTH;

import java.util.List;

/**
 * The parts every document shares, Thai first and English below (or beside, for short labels):
 * the university's heading with the document's title and its original/copy mark, the cancelled mark
 * across the page, and rows of facts (a label and a value in Thai, the English value under it).
 */
final class Letterhead {
    static final float RIGHT = WIDTH - MARGIN;

    private Letterhead() {
    }

    /** A label and its value; the English value (if any) prints under the Thai one. */
    record Fact(String labelTh, String labelEn, String valueTh, String valueEn) {
        static Fact of(String labelTh, String labelEn, String value) {
            return new Fact(labelTh, labelEn, value, "");
        }
    }

    /** "ไทย / English", or the Thai alone when English is off. */
    static String label(String thai, String english, boolean withEnglish) {
        return withEnglish && !english.isEmpty() ? thai + " / " + english : thai;
    }

    /** The heading down to its rule; returns the first free line below it. */
    static float heading(Canvas c, UniversityInfo u, String titleTh, String titleEn, boolean english, boolean copy,
            boolean cancelled) {
        float y = university(c, u, titleTh, titleEn, english);
        stamp(c, copy ? label("สำเนา", "COPY", english) : label("ต้นฉบับ", "ORIGINAL", english), 760f, copy);
        if (cancelled) {
            stamp(c, label("ยกเลิก", "CANCELLED", english), 738f, true);
        }
        return rule(c, Math.min(y, 738f));
    }

    /** The heading of a report (no original or copy mark) down to its rule; returns the first free line below it. */
    static float heading(Canvas c, UniversityInfo u, String titleTh, String titleEn, boolean english) {
        return rule(c, Math.min(university(c, u, titleTh, titleEn, english), 760f));
    }

    private static float rule(Canvas c, float above) {
        float y = above - 12f;
        c.rule(MARGIN, y, RIGHT, 0.8f, RULE);
        return y - 20f;
    }

    /** The university's names, address and tax ID on the left, the title on the right; returns the last line's y. */
    private static float university(Canvas c, UniversityInfo u, String titleTh, String titleEn, boolean english) {
        float y = 800f;
        c.text(u.nameTh(), MARGIN, y, 15f, true, INK);
        if (english) {
            c.text(u.nameEn(), MARGIN, y -= 15f, 10.5f, false, INK);
        }
        c.text(u.addressTh(), MARGIN, y -= 14f, 9f, false, MUTED);
        if (english) {
            c.text(u.addressEn(), MARGIN, y -= 11f, 8.5f, false, MUTED);
        }
        c.text(label("เลขประจำตัวผู้เสียภาษี", "Tax ID", english) + "  " + u.taxId(), MARGIN, y -= 13f, 9f, false, MUTED);
        c.right(titleTh, RIGHT, 798f, 20f, true, INK);
        if (english) {
            c.right(titleEn, RIGHT, 782f, 11f, true, MUTED);
        }
        return y;
    }

    /** "ยกเลิก / CANCELLED" large and see-through across the middle of the page, under nothing it hides. */
    static void cancelledMark(Canvas c, boolean english) {
        c.translucent(0.22f);
        c.centred(label("ยกเลิก", "CANCELLED", english), WIDTH / 2, 400f, english ? 64f : 96f, true, MARK, 35f);
        c.opaque();
    }

    /** Rows of facts from y down, labels at x and values at x + valueAt; returns the first free line below them. */
    static float facts(Canvas c, float y, List<Fact> facts, boolean english, float x, float valueAt) {
        for (Fact f : facts) {
            c.text(label(f.labelTh(), f.labelEn(), english), x, y, 9f, false, MUTED);
            c.text(f.valueTh(), x + valueAt, y, 11f, true, INK);
            boolean second = english && !f.valueEn().isEmpty() && !f.valueEn().equals(f.valueTh());
            if (second) {
                c.text(f.valueEn(), x + valueAt, y - 12f, 9.5f, false, MUTED);
            }
            y -= second ? 29f : 18f;
        }
        return y;
    }

    private static void stamp(Canvas c, String text, float y, boolean alert) {
        float w = c.width(text, 11f, true) + 16f;
        c.box(RIGHT - w, y - 6f, w, 19f, alert ? 1.4f : 0.8f, alert ? MARK : RULE);
        c.right(text, RIGHT - 8f, y, 11f, true, alert ? MARK : MUTED);
    }
}
