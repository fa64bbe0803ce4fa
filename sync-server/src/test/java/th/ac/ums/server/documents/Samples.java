package th.ac.ums.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import th.ac.ums.server.documents.ReceiptDocument.Kind;

/**
 * Documents for the tests: a student and lines whose Thai stacks marks the way names and fees do
 * (กิ่งแก้ว, ผู้ใหญ่, ที่นั่ง, น้ำ), and PDFBox to read the PDFs back.
 */
final class Samples {
    static final UniversityInfo UNIVERSITY = new UniversityInfo("มหาวิทยาลัยสาธิตยูเอ็มเอส", "UMS Demonstration University",
            "99 ถนนตัวอย่าง แขวงทดสอบ เขตสาธิต กรุงเทพมหานคร 10999", "99 Example Road, Thot Sop, Sathit, Bangkok 10999",
            "0123456789012", "012345678901201");
    static final DocumentStudent STUDENT = new DocumentStudent("65012345", "นางสาวกิ่งแก้ว ผู้ใหญ่บ้าน",
            "Miss Kingkaew Phuyaiban");
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private Samples() {
    }

    static List<DocumentLine> lines() {
        return List.of(
                new DocumentLine("ค่าธรรมเนียมการศึกษา ภาคเรียนที่ 1/2569", "Tuition fee, semester 1/2569",
                        new BigDecimal("15000.00")),
                new DocumentLine("ค่าบำรุงมหาวิทยาลัย", "University maintenance fee", new BigDecimal("2500.00")),
                new DocumentLine("ค่าที่นั่งสอบ", "Examination seat fee", new BigDecimal("500.00")),
                new DocumentLine("ค่าน้ำประปาหอพัก", "Dormitory water charge", new BigDecimal("500.00")));
    }

    static Receipt aReceipt() {
        return new Receipt();
    }

    static InvoiceDocument anInvoice(BigDecimal due, boolean copy, boolean cancelled, boolean english) {
        return new InvoiceDocument("INV-25691-0000123", DAY, DAY.plusDays(28), STUDENT, lines(),
                new BigDecimal("18500.00"), due, copy, cancelled, english);
    }

    /** A receipt of 18,500.00 baht by bank transfer, original, in Thai and English. */
    static final class Receipt {
        private String number = "RC-2569-0000123";
        private Kind kind = Kind.RECEIPT;
        private String against = "";
        private boolean copy;
        private boolean cancelled;
        private boolean english = true;

        Receipt number(String n) {
            number = n;
            return this;
        }

        Receipt creditNoteAgainst(String receipt) {
            kind = Kind.CREDIT_NOTE;
            against = receipt;
            return this;
        }

        Receipt copy() {
            copy = true;
            return this;
        }

        Receipt cancelled() {
            cancelled = true;
            return this;
        }

        Receipt thaiOnly() {
            english = false;
            return this;
        }

        ReceiptDocument build() {
            return new ReceiptDocument(kind, number, DAY, STUDENT, lines(), new BigDecimal("18500.00"), "โอนเงินผ่านธนาคาร",
                    "Bank transfer", "KBANK 20261202-88410", "นายสมศักดิ์ ใจดี", against, copy, cancelled, english);
        }
    }

    static byte[] pdf(Consumer<ByteArrayOutputStream> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.accept(out);
        return out.toByteArray();
    }

    /** The text of pages from..to (1-based), as PDFBox extracts it. */
    static String text(byte[] pdf, int from, int to) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }
}
