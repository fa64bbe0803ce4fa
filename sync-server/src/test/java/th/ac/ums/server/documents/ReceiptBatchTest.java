package th.ac.ums.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.server.documents.Samples.aReceipt;
import static th.ac.ums.server.documents.Samples.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** {@link ReceiptPdf#writeAll}: a day's receipts as one PDF, streamed page by page. */
class ReceiptBatchTest {
    private static final int N = 24;
    private final ReceiptPdf receipts = new ReceiptPdf(Samples.UNIVERSITY);

    @Test
    void nReceiptsAreNPagesAndPageKIsReceiptK() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(N, receipts.writeAll(numbered(N).iterator(), out));
        byte[] pdf = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(N, doc.getNumberOfPages());
        }
        for (int k = 1; k <= N; k++) {
            String page = text(pdf, k, k);
            assertTrue(page.contains(number(k)), "page " + k + ":\n" + page);
            assertFalse(page.contains(number(k == N ? 1 : k + 1)), "page " + k + " holds another receipt");
            assertTrue(page.contains("นางสาวกิ่งแก้ว ผู้ใหญ่บ้าน"));
        }
    }

    /**
     * Each page reaches the stream before the next receipt is asked for: the bytes written grow with
     * the receipts read, so the batch is never held whole in memory.
     */
    @Test
    void pagesReachTheStreamWhileTheReceiptsAreStillBeingRead() {
        CountingStream out = new CountingStream();
        List<Long> writtenBeforeReceipt = new ArrayList<>();
        Iterator<ReceiptDocument> source = numbered(N).iterator();
        Iterator<ReceiptDocument> watched = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public ReceiptDocument next() {
                writtenBeforeReceipt.add(out.count);
                return source.next();
            }
        };
        receipts.writeAll(watched, out);
        for (int k = 2; k < N; k++) {
            long page = writtenBeforeReceipt.get(k) - writtenBeforeReceipt.get(k - 1);
            assertTrue(page > 1_000, "receipt " + k + " added only " + page + " bytes before receipt " + (k + 1));
        }
        assertTrue(out.flushes >= N, "flushed " + out.flushes + " times");
        assertFalse(out.closed, "the caller's stream stays open");
    }

    @Test
    void anEmptyBatchIsOnePageSayingSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, receipts.writeAll(Collections.emptyIterator(), out));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        assertTrue(text(out.toByteArray()).contains("No receipts in this batch"));
    }

    private static List<ReceiptDocument> numbered(int n) {
        List<ReceiptDocument> list = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            list.add(aReceipt().number(number(k)).build());
        }
        return list;
    }

    private static String number(int k) {
        return String.format(Locale.ROOT, "RC-2569-%07d", 4000 + k);
    }

    private static final class CountingStream extends java.io.OutputStream {
        long count;
        int flushes;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
