package th.ac.ums.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.server.documents.Samples.anInvoice;
import static th.ac.ums.server.documents.Samples.pdf;
import static th.ac.ums.server.documents.Samples.text;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.money.ThaiQrPayment;

class InvoicePdfTest {
    private static final BigDecimal TOTAL = new BigDecimal("18500.00");
    private final InvoicePdf invoices = new InvoicePdf(Samples.UNIVERSITY);

    @Test
    void anInvoiceShowsTheReferencesForACounterOrAnAtm() throws IOException {
        byte[] pdf = pdf(out -> invoices.write(anInvoice(TOTAL, false, false, true), out));
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/invoice.pdf"), pdf);
        String text = text(pdf);
        for (String expected : List.of("ใบแจ้งหนี้", "INVOICE", "INV-25691-0000123", "นางสาวกิ่งแก้ว ผู้ใหญ่บ้าน",
                "หนึ่งหมื่นแปดพันห้าร้อยบาทถ้วน", "Biller ID", "012345678901201", "65012345", "INV256910000123",
                "18,500.00", "30 ธ.ค. 2569", "30 Dec 2026", "Thai QR Payment")) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + text);
        }
    }

    /** The QR code as printed (rendered at 150 dpi) scans to the payment: biller, student, invoice, amount due. */
    @Test
    void theQrCodeOnThePageScansToTheAmountDue() throws Exception {
        InvoiceDocument invoice = anInvoice(new BigDecimal("8500.00"), false, false, true);
        byte[] pdf = pdf(out -> invoices.write(invoice, out));
        String scanned = scan(pdf);
        ThaiQrPayment payment = ThaiQrPayment.read(scanned);
        assertEquals(ThaiQrPayment.billPayment("012345678901201", "65012345", "INV256910000123",
                new BigDecimal("8500.00")), payment);
        assertEquals(invoices.payment(invoice).orElseThrow().payload(), scanned);
        String text = text(pdf);
        assertTrue(text.contains("ยอดที่ต้องชำระ / Amount due") && text.contains("8,500.00"), text);
    }

    /** A partly paid invoice explains its amount due: Total, then Paid (payments less refunds), then Amount due. */
    @Test
    void aPartlyPaidInvoicePrintsWhatWasPaidBetweenTheTotalAndTheAmountDue() {
        String text = text(pdf(out -> invoices.write(anInvoice(new BigDecimal("16500.00"), false, false, true), out)));
        int paid = text.indexOf("ชำระแล้ว / Paid");
        int due = text.indexOf("ยอดที่ต้องชำระ / Amount due");
        assertTrue(paid > 0 && due > paid, text);
        assertTrue(text.indexOf("18,500.00") < paid, text);
        assertTrue(text.substring(paid, due).contains("2,000.00"), text);
        String unpaid = text(pdf(out -> invoices.write(anInvoice(TOTAL, false, false, true), out)));
        assertFalse(unpaid.contains("ชำระแล้ว / Paid"), unpaid);
    }

    @Test
    void nothingToPayOnACancelledOrPaidInvoice() {
        String cancelled = text(pdf(out -> invoices.write(anInvoice(TOTAL, true, true, true), out)));
        assertTrue(cancelled.contains("ยกเลิก / CANCELLED") && cancelled.contains("สำเนา / COPY"), cancelled);
        assertFalse(cancelled.contains("Biller ID"), cancelled);
        assertTrue(invoices.payment(anInvoice(TOTAL, false, true, true)).isEmpty());
        String paid = text(pdf(out -> invoices.write(anInvoice(BigDecimal.ZERO.setScale(2), false, false, true), out)));
        assertTrue(paid.contains("ชำระครบแล้ว / Paid in full"), paid);
        assertFalse(paid.contains("Biller ID"), paid);
    }

    @Test
    void anOverdueInvoiceSaysSinceWhenAndAsksToPayNow() {
        String late = text(pdf(out -> invoices.write(anInvoice(TOTAL, false, false, true).asOverdue(), out)));
        assertTrue(late.contains("เลยกำหนดตั้งแต่ / Overdue since") && late.contains("30 ธ.ค. 2569 (30 Dec 2026)"), late);
        assertTrue(late.contains("โปรดชำระทันที / Please pay now") && late.contains("please pay now;"), late);
        assertFalse(late.contains("Pay by") || late.contains("ชำระภายใน"), late);
        String thai = text(pdf(out -> invoices.write(anInvoice(TOTAL, false, false, false).asOverdue(), out)));
        assertTrue(thai.contains("เลยกำหนดตั้งแต่") && thai.contains("โปรดชำระทันที"), thai);
        assertFalse(thai.contains("Overdue"), thai);
    }

    @Test
    void thaiOnlyStillGivesTheReferences() {
        String text = text(pdf(out -> invoices.write(anInvoice(TOTAL, false, false, false), out)));
        assertFalse(text.contains("INVOICE") || text.contains("Student code") || text.contains("Dec 2026"), text);
        assertTrue(text.contains("Biller ID") && text.contains("INV256910000123") && text.contains("ใบแจ้งหนี้"), text);
    }

    private static String scan(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
