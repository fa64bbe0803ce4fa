package th.ac.ums.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.server.documents.Samples.pdf;
import static th.ac.ums.server.documents.Samples.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.Dtos.DayCloseDto;
import th.ac.ums.model.Dtos.DayCloseRow;
import th.ac.ums.model.Dtos.DayCloseTotals;

class DayClosePdfTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private final DayClosePdf pdf = new DayClosePdf(Samples.UNIVERSITY);

    private static DayCloseDto report(List<DayCloseRow> rows, DayCloseTotals totals) {
        return new DayCloseDto(DAY, "Asia/Bangkok", Instant.parse("2026-12-01T17:00:00Z"),
                Instant.parse("2026-12-02T17:00:00Z"), rows, totals);
    }

    private static DayCloseDocument document(DayCloseDto report, boolean english) {
        return new DayCloseDocument(report, "นางสาวมาลี ศรีสุข", Instant.parse("2026-12-02T10:05:00Z").atZone(BANGKOK),
                english);
    }

    private static DayCloseDto twoCashiers() {
        return report(List.of(
                new DayCloseRow(3, "นายสมศักดิ์ ใจดี", "CASH", 12, "185000.00", "0.00", "185000.00", "RC2570-000001",
                        "RC2570-000014", 2, List.of("RC2570-000004", "RC2570-000009")),
                new DayCloseRow(3, "นายสมศักดิ์ ใจดี", "TRANSFER", 3, "12500.50", "2500.00", "10000.50", "RC2570-000002",
                        "RC2570-000013", 0, List.of()),
                new DayCloseRow(5, "Wanida K.", "CARD", 1, "1500.00", "0.00", "1500.00", "RC2570-000015",
                        "RC2570-000015", 0, List.of())),
                new DayCloseTotals(16, "199000.50", "2500.00", "196500.50", 2));
    }

    @Test
    void theFiguresAreTheReportsInThaiWithEnglishBelow() throws IOException {
        byte[] bytes = pdf(out -> pdf.write(document(twoCashiers(), true), out));
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/day-close.pdf"), bytes);
        String text = text(bytes);
        for (String expected : List.of("รายงานปิดยอดประจำวัน", "Cashiers' day close", "มหาวิทยาลัยสาธิตยูเอ็มเอส",
                "UMS Demonstration University", "2 ธ.ค. 2569", "2 Dec 2026", "นายสมศักดิ์ ใจดี", "Wanida K.", "เงินสด",
                "Cash", "โอนเงินผ่านธนาคาร", "Bank transfer", "บัตรเครดิต/เดบิต", "185,000.00", "12,500.50", "2,500.00",
                "10,000.50", "1,500.00", "199,000.50", "196,500.50", "RC2570-000001 – RC2570-000014",
                "RC2570-000004, RC2570-000009", "รวมทั้งสิ้น / Total", "พิมพ์โดย นางสาวมาลี ศรีสุข เมื่อ 2 ธ.ค. 2569 17:05",
                "Printed by นางสาวมาลี ศรีสุข on 2 Dec 2026 at 17:05", "Page 1 of 1")) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + text);
        }
    }

    @Test
    void englishCanBeLeftOut() {
        String text = text(pdf(out -> pdf.write(document(twoCashiers(), false), out)));
        for (String english : List.of("Cashiers' day close", "Dec 2026", "Bank transfer", "Total", "Printed by", "Page")) {
            assertFalse(text.contains(english), english + " in:\n" + text);
        }
        assertTrue(text.contains("196,500.50") && text.contains("หน้า 1/1"), text);
    }

    @Test
    void manyRowsRunOverSeveralPagesWithTheTotalsOnTheLast() throws IOException {
        List<DayCloseRow> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new DayCloseRow(i, "Cashier " + i, "CASH", 1, "100.00", "0.00", "100.00",
                    String.format("RC2570-%06d", i), String.format("RC2570-%06d", i), 0, List.of()));
        }
        byte[] bytes = pdf(out -> pdf.write(document(report(rows, new DayCloseTotals(40, "4000.00", "0.00", "4000.00",
                0)), true), out));
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
        }
        assertTrue(pages >= 3, "pages: " + pages);
        String all = text(bytes);
        for (int i = 1; i <= 40; i++) {
            assertTrue(all.contains("Cashier " + i + " "), "row " + i + " missing");
        }
        assertFalse(text(bytes, 1, pages - 1).contains("4,000.00"), "totals before the last page");
        assertTrue(text(bytes, pages, pages).contains("4,000.00"));
        assertTrue(text(bytes, 1, 1).contains("Page 1 of " + pages), text(bytes, 1, 1));
        assertEquals(1, count(all, "Page " + pages + " of " + pages));
    }

    @Test
    void aDayWithoutPaymentsSaysSo() {
        String text = text(pdf(out -> pdf.write(document(report(List.of(), new DayCloseTotals(0, "0.00", "0.00", "0.00", 0)),
                true), out)));
        assertTrue(text.contains("ไม่มีการรับหรือคืนเงินในวันนี้") && text.contains("0.00"), text);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
