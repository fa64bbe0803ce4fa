package th.ac.ums.server.documents;

import static th.ac.ums.server.documents.Canvas.INK;
import static th.ac.ums.server.documents.Canvas.MARGIN;
import static th.ac.ums.server.documents.Canvas.MUTED;
import static th.ac.ums.server.documents.Canvas.RULE;
import static th.ac.ums.server.documents.Letterhead.RIGHT;
import static th.ac.ums.server.documents.Letterhead.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.util.Map;
import th.ac.ums.model.money.ThaiQrPayment;

/**
 * How to pay an invoice: the Thai QR code (ZXing's modules drawn as vector squares, so it prints
 * sharp at any size) and, beside it, the same references in text for a bank counter or an ATM:
 * biller ID, Ref1, Ref2, amount and the due day (or, once it has passed, since when it is overdue).
 */
final class QrBlock {
    static final float HEIGHT = 168f;
    private static final float QR_SIZE = 132f;

    private QrBlock() {
    }

    /** The block with its top at y; returns the first free line below it. */
    static float draw(Canvas c, float y, ThaiQrPayment payment, String dueTh, String dueEn, boolean english,
                      boolean overdue) {
        c.box(MARGIN, y - HEIGHT, RIGHT - MARGIN, HEIGHT, 0.8f, RULE);
        modules(c, matrix(payment.payload()), MARGIN + 14f, y - 18f - QR_SIZE, QR_SIZE);
        float x = MARGIN + QR_SIZE + 34f;
        float line = y - 24f;
        c.text("ชำระเงินด้วย Thai QR Payment ผ่านแอปของทุกธนาคาร", x, line, 11f, true, INK);
        c.text("หรือชำระที่เคาน์เตอร์ธนาคาร / ตู้ ATM ด้วยข้อมูลต่อไปนี้", x, line -= 14f, 9.5f, false, INK);
        if (english) {
            c.text("Scan with any Thai banking app, or pay at a bank counter or ATM with:", x, line -= 12f, 8.5f, false,
                    MUTED);
        }
        line -= 8f;
        line = reference(c, x, line - 14f, "Biller ID", "", payment.billerId(), english);
        line = reference(c, x, line, "Ref.1 รหัสนักศึกษา", "Student code", payment.ref1(), english);
        line = reference(c, x, line, "Ref.2 เลขที่ใบแจ้งหนี้", "Invoice", payment.ref2(), english);
        line = reference(c, x, line, "จำนวนเงิน (บาท)", "Amount (THB)", LineTable.amount(payment.amount()), english);
        String due = english ? dueTh + " (" + dueEn + ")" : dueTh;
        if (overdue) {
            // the day has passed: "pay by" a day gone by would read as a mistake (issue 18)
            line = reference(c, x, line, "เลยกำหนดตั้งแต่", "Overdue since", due, english);
            c.text(label("โปรดชำระทันที", "Please pay now", english), x + 150f, line, 11f, true, INK);
        } else {
            reference(c, x, line, "ชำระภายใน", "Pay by", due, english);
        }
        return y - HEIGHT - 16f;
    }

    private static float reference(Canvas c, float x, float y, String th, String en, String value, boolean english) {
        c.text(label(th, en, english), x, y, 9f, false, MUTED);
        c.text(value, x + 150f, y, 11f, true, INK);
        return y - 16f;
    }

    /** The code's modules, quiet zone left to the block's white; level M survives a crease or a smudge. */
    static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the Thai QR payload", e);
        }
    }

    /** Dark modules as squares, a horizontal run at a time. */
    private static void modules(Canvas c, BitMatrix m, float x, float y, float size) {
        float cell = size / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                c.fill(x + start * cell, y + size - (row + 1) * cell, (col - start) * cell, cell, Color.BLACK);
            }
        }
    }
}
