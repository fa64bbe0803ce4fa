package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.model.money.MoneyWords;
import th.ac.ums.model.money.ThaiQrPayment;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Receipts, credit notes and invoices as the PDFs the routes answer, read back as text: the number,
 * the student's Thai name, the amount in Thai words, ORIGINAL on the first print and COPY after
 * (counted and audited), CANCELLED on a cancelled receipt, the QR references on an invoice, and a
 * day's receipts as one PDF with a page each.
 */
class DocumentsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api admin;
    static Api finance;
    static long termId;
    static long student;

    @BeforeAll
    static void seed() {
        env.seed(30);
        admin = new Staff(env).signedIn(Role.ADMIN, Role.REGISTRAR, Role.FINANCE).api(env);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
        termId = admin.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
        student = admin.get("/api/v1/students?limit=1").json().get("data").get(0).get("id").asLong();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(env.clock().instant(), java.time.ZoneId.of("Asia/Bangkok"));
    }

    static JsonNode invoice(String total) {
        Api.Response r = admin.post("/api/v1/invoices", Map.of("studentId", student, "termId", termId, "dueDate",
                today().plusMonths(1).toString(), "lines", List.of(Map.of("description", "ค่าธรรมเนียมการศึกษา",
                        "amount", total))));
        assertEquals(201, r.status(), r::text);
        return r.json();
    }

    static JsonNode pay(long invoiceId, String amount) {
        Api.Response r = finance.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments",
                Map.of("invoiceId", invoiceId, "amount", amount, "method", "CASH", "reference", "COUNTER-1"));
        assertEquals(201, r.status(), r::text);
        return r.json();
    }

    static String text(Api.Response r) throws Exception {
        assertEquals(200, r.status(), r::text);
        assertEquals("application/pdf", r.header("Content-Type"));
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Api.Response r) throws Exception {
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aReceiptPrintsItsNumberNameAndAmountInWordsOriginalFirstThenCopies() throws Exception {
        JsonNode student360 = admin.get("/api/v1/students/" + student).json();
        JsonNode payment = pay(invoice("1500.00").get("id").asLong(), "1500.00");
        String number = payment.get("receiptNumber").asText();
        String first = text(finance.get("/api/v1/receipts/" + payment.get("receiptId").asLong() + ".pdf"));
        assertTrue(first.contains(number), first);
        assertTrue(first.contains(student360.get("lastNameTh").asText()), first);
        assertTrue(first.contains(MoneyWords.of("1500.00", true)), first);   // หนึ่งพันห้าร้อยบาทถ้วน
        assertTrue(first.contains("ORIGINAL"), first);
        assertFalse(first.contains("COPY"), first);
        String second = text(finance.get("/api/v1/receipts/" + payment.get("receiptId").asLong() + ".pdf"));
        assertTrue(second.contains("สำเนา") && second.contains("COPY"), second);
        long audited = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT COUNT(*) AS n FROM audit_events "
                + "WHERE entity = 'receipt' AND entity_id = ? AND action IN ('receipt.printed', 'receipt.reprinted')",
                payment.get("receiptId").asText())).map(r -> Rows.lng(r, "n")).orElseThrow();
        assertEquals(2, audited);
    }

    @Test
    void aCancelledReceiptAndACreditNoteSaySo() throws Exception {
        JsonNode payment = pay(invoice("800.00").get("id").asLong(), "800.00");
        long receipt = payment.get("receiptId").asLong();
        Api.Response refund = finance.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments/"
                + payment.get("id").asLong() + "/refund", Map.of("amount", "300.00", "reason", "คืนเงิน"));
        assertEquals(201, refund.status(), refund::text);
        String credit = text(finance.get("/api/v1/receipts/" + refund.json().get("receiptId").asLong() + ".pdf"));
        assertTrue(credit.contains(refund.json().get("receiptNumber").asText()), credit);
        assertTrue(credit.contains(payment.get("receiptNumber").asText()), "refers to the receipt: " + credit);
        long version = finance.get("/api/v1/receipts/" + receipt).json().get("version").asLong();
        Api.Response cancelled = finance.header("If-Match", String.valueOf(version)).post("/api/v1/receipts/" + receipt
                + "/cancel", Map.of("reason", "พิมพ์ผิด"));
        assertEquals(200, cancelled.status(), cancelled::text);
        String text = text(finance.get("/api/v1/receipts/" + receipt + ".pdf"));
        assertTrue(text.contains("CANCELLED") && text.contains("ยกเลิก"), text);
    }

    @Test
    void anInvoicePrintsItsQrReferencesForWhatIsStillDue() throws Exception {
        JsonNode invoice = invoice("2000.00");
        pay(invoice.get("id").asLong(), "500.00");
        String text = text(finance.get("/api/v1/invoices/" + invoice.get("id").asLong() + ".pdf"));
        assertTrue(text.contains(invoice.get("number").asText()), text);
        assertTrue(text.contains(invoice.get("number").asText().replace("-", "")), "Ref2 without hyphens: " + text);
        assertTrue(text.contains("1,500.00"), "the amount still due: " + text);
    }

    @Test
    void theBillPaymentIsTheQrCodeThePdfPrintsForWhatIsOutstanding() throws Exception {
        JsonNode invoice = invoice("2000.00");
        long id = invoice.get("id").asLong();
        pay(id, "500.00");
        Api.Response r = finance.get("/api/v1/invoices/" + id + "/bill-payment");
        assertEquals(200, r.status(), r::text);
        JsonNode bill = r.json();
        String code = admin.get("/api/v1/students/" + student).json().get("studentCode").asText();
        assertEquals("012345678901201", bill.get("billerId").asText(), "university.biller-id");
        assertEquals(code, bill.get("ref1").asText());
        assertEquals(invoice.get("number").asText().replace("-", ""), bill.get("ref2").asText());
        assertEquals("1500.00", bill.get("amount").asText());
        assertEquals(ThaiQrPayment.billPayment("012345678901201", code, bill.get("ref2").asText(),
                new BigDecimal("1500.00")).payload(), bill.get("payload").asText());
        assertEquals(bill.get("payload").asText(), scan(finance.get("/api/v1/invoices/" + id + ".pdf").bytes()),
                "the PDF's QR code holds the same payload");
    }

    @Test
    void aPaidOrVoidInvoiceHasNoBillPaymentAndOnlyFinanceMayAsk() {
        JsonNode paid = invoice("300.00");
        pay(paid.get("id").asLong(), "300.00");
        Api.Response r = finance.get("/api/v1/invoices/" + paid.get("id").asLong() + "/bill-payment");
        assertEquals(409, r.status(), r::text);
        assertTrue(r.text().contains("paid in full") && r.text().contains(paid.get("number").asText()), r.text());
        JsonNode open = invoice("400.00");
        Api.Response voided = admin.header("If-Match", open.get("version").asText()).post("/api/v1/invoices/"
                + open.get("id").asLong() + "/void", Map.of("reason", "ออกซ้ำ"));
        assertEquals(200, voided.status(), voided::text);
        Api.Response v = finance.get("/api/v1/invoices/" + open.get("id").asLong() + "/bill-payment");
        assertEquals(409, v.status(), v::text);
        assertTrue(v.text().contains("void"), v.text());
        assertEquals(404, finance.get("/api/v1/invoices/999999999/bill-payment").status());
        Api registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        assertEquals(403, registrar.get("/api/v1/invoices/" + invoice("100.00").get("id").asLong()
                + "/bill-payment").status());
    }

    @Test
    void anOverdueInvoiceAsksToBePaidNowNotByADayGoneBy() throws Exception {
        JsonNode late = invoice("900.00");
        LocalDate due = today().minusDays(3);
        env.infrastructure().db().write(tx -> tx.dml("UPDATE invoices SET due_date = ? WHERE id = ?", due,
                late.get("id").asLong()));
        String text = text(finance.get("/api/v1/invoices/" + late.get("id").asLong() + ".pdf"));
        String dueTh = due.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.forLanguageTag("th-TH")).withChronology(java.time.chrono.ThaiBuddhistChronology.INSTANCE));
        assertTrue(text.contains("เลยกำหนดตั้งแต่") && text.contains("Overdue since") && text.contains(dueTh), text);
        assertTrue(text.contains("โปรดชำระทันที") && text.contains("Please pay now"), text);
        assertFalse(text.contains("ชำระภายใน") || text.contains("Pay by"), text);
        String onTime = text(finance.get("/api/v1/invoices/" + invoice("900.00").get("id").asLong() + ".pdf"));
        assertTrue(onTime.contains("ชำระภายใน") && onTime.contains("Pay by"), onTime);
        assertFalse(onTime.contains("Overdue since"), onTime);
    }

    /** The QR code on the PDF's first page (rendered at 150 dpi). */
    static String scan(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150);
            return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se
                            .BufferedImageLuminanceSource(page))), Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                    Boolean.TRUE)).getText();
        }
    }

    @Test
    void aDaysReceiptsPrintAsOnePdfWithAPageEachAndOnlyFinanceMayPrint() throws Exception {
        long issued = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT COUNT(*) AS n FROM receipts "
                + "WHERE issued_on = ?", today())).map(r -> Rows.lng(r, "n")).orElseThrow();
        pay(invoice("100.00").get("id").asLong(), "100.00");
        pay(invoice("200.00").get("id").asLong(), "200.00");
        Api.Response day = finance.get("/api/v1/receipts.pdf?date=" + today());
        assertEquals(issued + 2, pages(day), "a page per receipt");
        assertEquals(1, pages(finance.get("/api/v1/receipts.pdf?date=2001-01-01")), "an empty day says so");
        Api registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        assertEquals(403, registrar.get("/api/v1/receipts.pdf").status());
        assertEquals(404, finance.get("/api/v1/receipts/999999999.pdf").status());
        assertEquals(404, finance.get("/api/v1/invoices/999999999.pdf").status());
    }

    @Test
    void theDayClosePrintsTheReportsFiguresAndWhoPrintedIt() throws Exception {
        pay(invoice("1250.50").get("id").asLong(), "1250.50");
        JsonNode report = finance.get("/api/v1/reports/day-close?date=" + today()).json();
        String text = text(finance.get("/api/v1/reports/day-close?date=" + today() + "&format=pdf"));
        java.text.DecimalFormat money = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        for (JsonNode row : report.get("rows")) {
            for (String field : List.of("moneyIn", "moneyOut", "net")) {
                String shown = money.format(new java.math.BigDecimal(row.get(field).asText()));
                assertTrue(text.contains(shown), field + " " + shown + " missing from:\n" + text);
            }
            assertTrue(text.contains(row.get("cashierName").asText()), text);
        }
        JsonNode totals = report.get("totals");
        String totalLine = "รวมทั้งสิ้น / Total " + totals.get("count").asInt() + " "
                + money.format(new java.math.BigDecimal(totals.get("moneyIn").asText())) + " "
                + money.format(new java.math.BigDecimal(totals.get("moneyOut").asText())) + " "
                + money.format(new java.math.BigDecimal(totals.get("net").asText()));
        assertTrue(text.contains(totalLine), totalLine + " missing from:\n" + text);
        String me = finance.get("/api/v1/me").json().path("user").path("displayName").asText();
        assertTrue(!me.isEmpty() && text.contains("Printed by " + me), me + " / " + text);
        assertTrue(text.contains("รายงานปิดยอดประจำวัน") && text.contains(
                "Page 1 of"), text);
        Api registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        assertEquals(403, registrar.get("/api/v1/reports/day-close?format=pdf").status());
    }
}
