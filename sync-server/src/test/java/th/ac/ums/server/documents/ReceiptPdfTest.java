package th.ac.ums.server.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.server.documents.Samples.aReceipt;
import static th.ac.ums.server.documents.Samples.pdf;
import static th.ac.ums.server.documents.Samples.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {
    private final ReceiptPdf receipts = new ReceiptPdf(Samples.UNIVERSITY);

    @Test
    void aReceiptIsTextInThaiWithEnglishBelow() throws IOException {
        byte[] pdf = pdf(out -> receipts.write(aReceipt().build(), out));
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/receipt.pdf"), pdf);
        String text = text(pdf);
        for (String expected : List.of("ใบเสร็จรับเงิน", "RECEIPT", "RC-2569-0000123", "นางสาวกิ่งแก้ว ผู้ใหญ่บ้าน",
                "Miss Kingkaew Phuyaiban", "65012345", "หนึ่งหมื่นแปดพันห้าร้อยบาทถ้วน", "Eighteen thousand five hundred baht",
                "18,500.00", "15,000.00", "2 ธ.ค. 2569", "2 Dec 2026", "0123456789012", "มหาวิทยาลัยสาธิตยูเอ็มเอส",
                "ค่าที่นั่งสอบ", "ค่าน้ำประปาหอพัก", "ค่าบำรุงมหาวิทยาลัย", "KBANK 20261202-88410", "นายสมศักดิ์ ใจดี", "ต้นฉบับ", "ORIGINAL")) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + text);
        }
        assertFalse(text.contains("สำเนา"));
        assertFalse(text.contains("ยกเลิก"));
    }

    @Test
    void aCopySaysSo() {
        String text = text(pdf(out -> receipts.write(aReceipt().copy().build(), out)));
        assertTrue(text.contains("สำเนา / COPY"), text);
        assertFalse(text.contains("ต้นฉบับ"), text);
    }

    @Test
    void aCancelledReceiptIsMarkedAcrossThePageAndInTheHeading() throws IOException {
        byte[] pdf = pdf(out -> receipts.write(aReceipt().cancelled().copy().build(), out));
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/receipt-cancelled-copy.pdf"), pdf);
        String text = text(pdf);
        assertTrue(text.contains("ยกเลิก / CANCELLED"), text);
        assertTrue(text.contains("สำเนา / COPY"), text);
    }

    @Test
    void englishCanBeLeftOut() {
        String text = text(pdf(out -> receipts.write(aReceipt().thaiOnly().copy().cancelled().build(), out)));
        for (String english : List.of("RECEIPT", "Miss Kingkaew", "Eighteen thousand", "COPY", "CANCELLED", "Received",
                "Dec 2026", "Tuition")) {
            assertFalse(text.contains(english), english + " in:\n" + text);
        }
        assertTrue(text.contains("หนึ่งหมื่นแปดพันห้าร้อยบาทถ้วน") && text.contains("สำเนา") && text.contains("ยกเลิก"), text);
    }

    @Test
    void aCreditNoteNamesTheReceiptItReverses() {
        String text = text(pdf(out -> receipts.write(aReceipt().number("CN-2569-0000007")
                .creditNoteAgainst("RC-2569-0000123").build(), out)));
        for (String expected : List.of("ใบลดหนี้", "CREDIT NOTE", "CN-2569-0000007", "RC-2569-0000123", "คืนเงินให้",
                "Refunded to")) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + text);
        }
    }

    @Test
    void sarabunIsEmbeddedAsASubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(out -> receipts.write(aReceipt().build(), out)))) {
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+Sarabun-Regular")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+Sarabun-Bold")), fonts.toString());
        }
    }

    @Test
    void moreLinesThanAPageHoldsAreRefused() {
        ReceiptDocument r = aReceipt().build();
        ReceiptDocument tooLong = new ReceiptDocument(r.kind(), r.number(), r.date(), r.student(),
                Collections.nCopies(LineTable.MAX_LINES + 1, r.lines().get(0)), BigDecimal.TEN, r.methodTh(),
                r.methodEn(), r.paymentReference(), r.recordedBy(), "", false, false, true);
        assertThrows(IllegalArgumentException.class, () -> receipts.write(tooLong, new ByteArrayOutputStream()));
    }
}
