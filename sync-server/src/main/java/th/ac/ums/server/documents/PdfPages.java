package th.ac.ums.server.documents;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 PDF written straight to a stream, one page per item: each finished page goes out (and the
 * stream is flushed) before the next item is asked for, so a day's batch needs the memory of one
 * page, not of the day. The caller's stream is flushed but left open.
 */
final class PdfPages {
    private PdfPages() {
    }

    /**
     * Draws each item on a page of its own; with no items, one page saying so (a PDF has at least one
     * page). Returns how many items were drawn.
     */
    static <T> int write(Iterator<T> items, OutputStream out, String title, Drawer<T> drawer, Consumer<Canvas> none) {
        PdfFonts fonts = PdfFonts.get();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(title);
        document.addCreator("UMS Console");
        document.open();
        int count = 0;
        while (items.hasNext()) {
            drawer.draw(new Canvas(writer.getDirectContent(), fonts), items.next());
            count++;
            if (items.hasNext()) {
                document.newPage();   // writes the finished page out
            }
            writer.flush();
        }
        if (count == 0) {
            none.accept(new Canvas(writer.getDirectContent(), fonts));
        }
        document.close();
        return count;
    }

    /** Draws one item on the current page. */
    @FunctionalInterface
    interface Drawer<T> {
        void draw(Canvas canvas, T item);
    }
}
