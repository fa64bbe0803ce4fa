package th.ac.ums.client.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A label that wraps its text at the width it is given, Thai included, and is never cut. JavaFX's
 * own wrapping draws the start of the next Thai word past the end of a wrapped line (the line is
 * broken in the right place, but its glyphs run on), so this label breaks the lines itself, at
 * the places {@link BreakIterator} allows in Thai and English, and shows them as a text node.
 * {@link #getText()} stays the whole message. It asks for no width of its own, so a long message
 * never widens its form, and for the height its lines need.
 */
public final class WrapLabel extends Label {
    private static final Locale BREAKS = Locale.forLanguageTag("th-TH");
    private final Text lines = new Text();
    private final Text measure = new Text();

    public WrapLabel() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(lines);
        lines.getStyleClass().add("wrapped-text");
        lines.fillProperty().bind(textFillProperty());
        lines.fontProperty().bind(fontProperty());
        setPrefWidth(1);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(Region.USE_PREF_SIZE);
        textProperty().addListener(o -> rewrap());
        widthProperty().addListener(o -> rewrap());
        fontProperty().addListener(o -> rewrap());
        insetsProperty().addListener(o -> rewrap());
    }

    /** Needs no width of its own: whatever width it gets, it wraps to it (so it never widens its parent). */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 1;
    }

    /** The lines as shown (tests check that none is wider than the label). */
    public List<String> shownLines() {
        return List.of(lines.getText().split("\n", -1));
    }

    private void rewrap() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        String text = getText() == null ? "" : getText();
        lines.setText(width <= 0 ? text : String.join("\n", wrap(text, getFont(), width)));
    }

    /** The text broken into lines no wider than {@code width} (a word wider than that is broken between letters). */
    List<String> wrap(String text, Font font, double width) {
        measure.setFont(font);
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, out);
        }
        return out;
    }

    /**
     * The places a line may break, as {@link BreakIterator} finds them, except right after a dot
     * that a letter follows: Thai abbreviations ({@code ส.ค.}, {@code ผศ.ดร.}) and addresses stay whole.
     */
    private static List<String> pieces(String p) {
        BreakIterator b = BreakIterator.getLineInstance(BREAKS);
        b.setText(p);
        List<String> out = new ArrayList<>();
        StringBuilder held = new StringBuilder();
        int start = b.first();
        for (int end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            held.append(p, start, end);
            if (held.charAt(held.length() - 1) == '.' && end < p.length() && !Character.isWhitespace(p.charAt(end))) {
                continue;
            }
            out.add(held.toString());
            held.setLength(0);
        }
        if (!held.isEmpty()) {
            out.add(held.toString());
        }
        return out;
    }

    private void wrapParagraph(String p, double width, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(p)) {
            if (fits(line + piece, width)) {
                line.append(piece);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (fits(piece, width)) {
                line.append(piece);
            } else {
                line.append(letters(piece, width, out));
            }
        }
        out.add(line.toString().stripTrailing());
    }

    /** A piece too wide for one line, broken between letters; returns what is left for the next line. */
    private String letters(String piece, double width, List<String> out) {
        BreakIterator c = BreakIterator.getCharacterInstance(BREAKS);
        c.setText(piece);
        StringBuilder line = new StringBuilder();
        int start = c.first();
        for (int end = c.next(); end != BreakIterator.DONE; start = end, end = c.next()) {
            String ch = piece.substring(start, end);
            if (!line.isEmpty() && !fits(line + ch, width)) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
        }
        return line.toString();
    }

    private boolean fits(String s, double width) {
        measure.setText(s.stripTrailing());
        return measure.getLayoutBounds().getWidth() <= width;
    }
}
