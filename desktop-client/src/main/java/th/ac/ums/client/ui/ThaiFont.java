package th.ac.ums.client.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The console's own Thai font: Sarabun (SIL Open Font License 1.1; common-model's
 * {@code th/ac/ums/model/fonts}, the same files the receipts' PDFs embed), loaded from the app
 * itself so that Thai names never depend on the desk's fonts. console.css makes it the font of
 * every window.
 */
public final class ThaiFont {
    /** The family console.css names. */
    public static final String FAMILY = "Sarabun";
    private static final String DIR = "/th/ac/ums/model/fonts/";
    private static volatile boolean loaded;

    private ThaiFont() {
    }

    /** Loads the regular and bold faces once (before the first window is styled). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String face : new String[] {"Sarabun-Regular.ttf", "Sarabun-Bold.ttf"}) {
            try (InputStream in = ThaiFont.class.getResourceAsStream(DIR + face)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("the console's Thai font " + face + " could not be loaded");
                }
            } catch (IOException e) {
                throw new IllegalStateException("the console's Thai font " + face + " could not be read", e);
            }
        }
        loaded = true;
    }

    /**
     * Whether Thai letters come out as letters in the console's font: three different letters draw
     * three different pictures, none of them the picture of an unassigned code point (the
     * missing-glyph box). Call on the FX thread; the installed app's smoke test runs it under a
     * font configuration without Thai fonts.
     */
    public static boolean rendersThai() {
        return rendersThai(FAMILY);
    }

    /** {@link #rendersThai()} for another family (a test's control: a family nobody installed). */
    public static boolean rendersThai(String family) {
        Font font = Font.font(family, 28);
        if (!family.equals(font.getFamily())) {
            return false;
        }
        Image missing = draw("\u0E7F", font);
        Image[] letters = {draw("ก", font), draw("ข", font), draw("ม", font)};
        for (int i = 0; i < letters.length; i++) {
            if (same(letters[i], missing) || blank(letters[i])) {
                return false;
            }
            for (int j = i + 1; j < letters.length; j++) {
                if (same(letters[i], letters[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Image draw(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(Color.BLACK);
        new javafx.scene.Scene(new javafx.scene.Group(t));
        javafx.scene.SnapshotParameters white = new javafx.scene.SnapshotParameters();
        white.setFill(Color.WHITE);
        return t.snapshot(white, null);
    }

    private static boolean same(Image a, Image b) {
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        if (w != (int) b.getWidth() || h != (int) b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blank(Image a) {
        PixelReader r = a.getPixelReader();
        int first = r.getArgb(0, 0);
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (r.getArgb(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
