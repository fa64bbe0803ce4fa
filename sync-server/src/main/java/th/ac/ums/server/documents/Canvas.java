package th.ac.ums.server.documents;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;

/**
 * Drawing on one page in points from the bottom left (A4: 595 x 842): single lines of text,
 * rules, boxes and filled squares. Text goes through {@link PdfContentByte#showText}, which hands it
 * to OpenPDF's layout processor (see {@link PdfFonts}); it stays real text, selectable and extractable.
 */
final class Canvas {
    static final float WIDTH = 595f;
    static final float HEIGHT = 842f;
    static final float MARGIN = 42f;
    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6A);
    static final Color RULE = new Color(0xB8, 0xC0, 0xC8);
    static final Color MARK = new Color(0xB4, 0x23, 0x18);

    private final PdfContentByte cb;
    private final PdfFonts fonts;

    Canvas(PdfContentByte cb, PdfFonts fonts) {
        this.cb = cb;
        this.fonts = fonts;
    }

    /** Text starting at x. */
    void text(String s, float x, float y, float size, boolean bold, Color color) {
        show(Element.ALIGN_LEFT, s, x, y, size, bold, color, 0);
    }

    /** Text ending at x. */
    void right(String s, float x, float y, float size, boolean bold, Color color) {
        show(Element.ALIGN_RIGHT, s, x, y, size, bold, color, 0);
    }

    /** Text centred on x, turned by degrees (the cancelled mark across the page). */
    void centred(String s, float x, float y, float size, boolean bold, Color color, float degrees) {
        show(Element.ALIGN_CENTER, s, x, y, size, bold, color, degrees);
    }

    float width(String s, float size, boolean bold) {
        return font(bold).getWidthPoint(s, size);
    }

    void rule(float x1, float y, float x2, float lineWidth, Color color) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(lineWidth);
        cb.moveTo(x1, y);
        cb.lineTo(x2, y);
        cb.stroke();
        cb.restoreState();
    }

    void box(float x, float y, float w, float h, float lineWidth, Color color) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(lineWidth);
        cb.rectangle(x, y, w, h);
        cb.stroke();
        cb.restoreState();
    }

    void fill(float x, float y, float w, float h, Color color) {
        cb.setColorFill(color);
        cb.rectangle(x, y, w, h);
        cb.fill();
    }

    /** Drawing that follows is see-through (0 to 1) until {@link #opaque()}. */
    void translucent(float opacity) {
        cb.saveState();
        PdfGState state = new PdfGState();
        state.setFillOpacity(opacity);
        state.setStrokeOpacity(opacity);
        cb.setGState(state);
    }

    void opaque() {
        cb.restoreState();
    }

    private void show(int align, String s, float x, float y, float size, boolean bold, Color color, float degrees) {
        if (s == null || s.isEmpty()) {
            return;
        }
        cb.beginText();
        cb.setColorFill(color);
        cb.setFontAndSize(font(bold), size);
        cb.showTextAligned(align, s, x, y, degrees);
        cb.endText();
    }

    private BaseFont font(boolean bold) {
        return bold ? fonts.bold : fonts.regular;
    }
}
