package th.ac.ums.server.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;

/**
 * Sarabun (SIL Open Font License 1.1, common-model's {@code th/ac/ums/model/fonts}), embedded as a
 * subset, with OpenPDF's {@link LayoutProcessor} on: text is laid out by the JDK's font layout
 * (HarfBuzz), which applies the font's OpenType mark positioning, so Thai tone marks sit above the
 * upper vowels and lower where there is none, as a Thai reader expects. Without it the marks keep
 * their default positions and collide ({@code ผู้ใหญ่}, {@code น้ำ}, {@code กิ่งแก้ว}).
 */
final class PdfFonts {
    private static final String DIR = "th/ac/ums/model/fonts/";
    private static volatile PdfFonts instance;

    final BaseFont regular;
    final BaseFont bold;

    private PdfFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts, loaded once; the layout processor is a JVM-wide switch of OpenPDF, turned on before the first font. */
    static PdfFonts get() {
        PdfFonts fonts = instance;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                if (instance == null) {
                    if (!LayoutProcessor.isEnabled()) {
                        LayoutProcessor.enableKernLiga();
                        // each shaped run also carries its text as /ActualText: shaping turns ำ into
                        // two glyphs (ํ + า, the ํ before the tone mark), and a reader copying the
                        // text should get the characters that were written, not the glyphs
                        LayoutProcessor.setWriteActualText();
                    }
                    instance = new PdfFonts(load("Sarabun-Regular.ttf"), load("Sarabun-Bold.ttf"));
                }
                fonts = instance;
            }
        }
        return fonts;
    }

    /** The TTF from the class path; its resource name also lets the layout processor read it for the JDK's layout. */
    private static BaseFont load(String file) {
        String name = DIR + file;
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + name);
            }
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            LayoutProcessor.loadFont(font, name);
            if (!LayoutProcessor.supportsFont(font)) {
                throw new IllegalStateException("Thai layout is not available for " + name);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
