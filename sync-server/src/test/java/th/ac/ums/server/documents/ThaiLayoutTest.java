package th.ac.ums.server.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.LayoutProcessor;

/**
 * Why the documents shape Thai. A tone mark sits just above the consonant when there is no upper
 * vowel (ก่) and above the upper vowel when there is one (กิ่): the font says so in its OpenType
 * mark positioning, which the layout processor the PDFs use applies (the JDK's HarfBuzz) and plain
 * glyph-by-glyph drawing (as PDFBox draws) does not, so that drawing gets one of the two wrong.
 */
class ThaiLayoutTest {
    private static final float SIZE = 100f;
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), false, true);
    private static final String[] STACKED = {"กิ่ง", "ที่", "นั่ง", "กิ้ว"};
    private static Font sarabun;

    @BeforeAll
    static void font() throws Exception {
        try (InputStream in = ThaiLayoutTest.class.getClassLoader()
                .getResourceAsStream("th/ac/ums/model/fonts/Sarabun-Regular.ttf")) {
            sarabun = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(SIZE);
        }
    }

    @Test
    void shapedAToneMarkClearsTheUpperVowelBelowIt() {
        for (String word : STACKED) {
            double overlap = overlap(shaped(word), 1, 2);
            assertTrue(overlap <= 0.5, word + ": the tone mark overlaps the vowel by " + overlap);
        }
    }

    @Test
    void shapedAToneMarkSitsLowerWithoutAnUpperVowel() {
        double alone = bounds(shaped("ก่"), 1).getMinY();
        double stacked = bounds(shaped("กิ่"), 2).getMinY();
        assertTrue(alone - stacked > 0.08 * SIZE, "ก่ top " + alone + ", กิ่ top " + stacked);
    }

    @Test
    void unshapedOneOfTheTwoIsWrong() {
        boolean collides = overlap(sarabun.createGlyphVector(FRC, "กิ่"), 1, 2) > 0.5;
        double alone = bounds(sarabun.createGlyphVector(FRC, "ก่"), 1).getMinY();
        double stacked = bounds(sarabun.createGlyphVector(FRC, "กิ่"), 2).getMinY();
        boolean floats = alone - stacked <= 0.08 * SIZE;
        assertTrue(collides || floats, "unshaped Sarabun would need no shaping: ก่ " + alone + ", กิ่ " + stacked);
    }

    private static GlyphVector shaped(String word) {
        return LayoutProcessor.computeGlyphVector(PdfFonts.get().regular, SIZE, word);
    }

    /** How far (font units at SIZE) the glyph of char b reaches down into the glyph of char a, vertically; 0 if clear. */
    private static double overlap(GlyphVector v, int a, int b) {
        Rectangle2D lower = bounds(v, a);
        Rectangle2D upper = bounds(v, b);
        return Math.max(0, upper.getMaxY() - lower.getMinY());
    }

    private static Rectangle2D bounds(GlyphVector v, int charIndex) {
        for (int g = 0; g < v.getNumGlyphs(); g++) {
            if (v.getGlyphCharIndex(g) == charIndex) {
                return v.getGlyphVisualBounds(g).getBounds2D();
            }
        }
        throw new AssertionError("no glyph for char " + charIndex);
    }
}
