package th.ac.ums.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import th.ac.ums.model.Dtos.Balance;
import th.ac.ums.model.Dtos.DayCloseDto;
import th.ac.ums.model.Dtos.BillPayment;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Dtos.ReceiptDto;
import th.ac.ums.model.Inputs.CancelReceiptInput;
import th.ac.ums.model.Inputs.PaymentInput;
import th.ac.ums.model.Inputs.RefundInput;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;

/** Invoices, payments (always with an idempotency key), refunds, balances and the aging report. */
public final class FinanceApi {
    private final ApiClient api;
    private final Pages pages;

    public FinanceApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    public Page<InvoiceDto> invoices(PageQuery q) {
        return pages.fetch(ApiPaths.INVOICES, q, InvoiceDto.class);
    }

    public InvoiceDto invoice(long id) {
        return api.get(ApiPaths.path(ApiPaths.INVOICE, id), InvoiceDto.class);
    }

    public Page<PaymentDto> payments(PageQuery q) {
        return pages.fetch(ApiPaths.PAYMENTS, q, PaymentDto.class);
    }

    /** Records a payment; retrying with the same key never records it twice. */
    public PaymentDto pay(PaymentInput in, String idempotencyKey) {
        return api.send("POST", ApiPaths.PAYMENTS, in, Map.of("Idempotency-Key", idempotencyKey), PaymentDto.class);
    }

    public PaymentDto refund(long paymentId, RefundInput in, String idempotencyKey) {
        return api.send("POST", ApiPaths.path(ApiPaths.PAYMENT_REFUND, paymentId), in, Map.of("Idempotency-Key", idempotencyKey),
                PaymentDto.class);
    }

    /** An invoice's receipts and credit notes, newest first ({@code GET /receipts?invoiceId=}). */
    public List<ReceiptDto> receipts(long invoiceId) {
        return pages.fetch(ApiPaths.RECEIPTS, PageQuery.first(Map.of("invoiceId", Long.toString(invoiceId)), null, 100),
                ReceiptDto.class).data();
    }

    /** A student's receipts and credit notes, newest first ({@code GET /receipts?studentId=}, the latest 100). */
    public List<ReceiptDto> studentReceipts(long studentId) {
        return pages.fetch(ApiPaths.RECEIPTS, PageQuery.first(Map.of("studentId", Long.toString(studentId)), null, 100),
                ReceiptDto.class).data();
    }

    /** How to pay what is outstanding: the invoice's Thai QR payload and references (409 when nothing is due). */
    public BillPayment billPayment(long invoiceId) {
        return api.get(ApiPaths.path(ApiPaths.INVOICE_BILL_PAYMENT, invoiceId), BillPayment.class);
    }

    /** A receipt or credit note as PDF: the first print is the original, every later one a copy (the server counts). */
    public byte[] receiptPdf(long receiptId) {
        return api.bytes(ApiPaths.path(ApiPaths.RECEIPT_PDF, receiptId), "application/pdf");
    }

    /** An invoice as PDF, with the Thai QR bill payment for what is still due. */
    public byte[] invoicePdf(long invoiceId) {
        return api.bytes(ApiPaths.path(ApiPaths.INVOICE_PDF, invoiceId), "application/pdf");
    }

    /** A page of receipts and credit notes ({@code GET /receipts} with its filters). */
    public Page<ReceiptDto> receipts(PageQuery q) {
        return pages.fetch(ApiPaths.RECEIPTS, q, ReceiptDto.class);
    }

    /** Every receipt the filters give, page after page (a day's receipts: hundreds at most), newest first. */
    public List<ReceiptDto> allReceipts(Map<String, String> filters) {
        List<ReceiptDto> all = new java.util.ArrayList<>();
        Page<ReceiptDto> page = receipts(PageQuery.first(filters, "-issuedAt", 100));
        all.addAll(page.data());
        while (page.nextCursor() != null && !page.data().isEmpty()) {
            page = receipts(PageQuery.first(filters, "-issuedAt", 100).atCursor(page.nextCursor()));
            all.addAll(page.data());
        }
        return all;
    }

    /** Cancels a receipt or credit note (its number stays taken); {@code version} goes as {@code If-Match}. */
    public ReceiptDto cancelReceipt(long id, long version, String reason) {
        return api.send("POST", ApiPaths.path(ApiPaths.RECEIPT_CANCEL, id), new CancelReceiptInput(reason),
                Map.of("If-Match", Long.toString(version)), ReceiptDto.class);
    }

    /** A day's receipts, then its credit notes, as one PDF of copies (one cashier's when {@code cashier} is set). */
    public byte[] daysReceiptsPdf(LocalDate day, Long cashier) {
        Query q = Query.of(ApiPaths.RECEIPTS_PDF).with("date", day);
        if (cashier != null) {
            q = q.with("recordedBy", cashier);
        }
        return api.bytes(q.toString(), "application/pdf");
    }

    /** The cashiers' day close of a day ({@code GET /reports/day-close}). */
    public DayCloseDto dayClose(LocalDate day) {
        return api.get(Query.of(ApiPaths.REPORTS_DAY_CLOSE).with("date", day).toString(), DayCloseDto.class);
    }

    /** The day close as a file: {@code csv} or {@code pdf}. */
    public byte[] dayCloseFile(LocalDate day, String format) {
        return api.bytes(Query.of(ApiPaths.REPORTS_DAY_CLOSE).with("date", day).with("format", format).toString(),
                "csv".equals(format) ? "text/csv" : "application/pdf");
    }

    public Balance balance(long studentId) {
        return api.get(ApiPaths.path(ApiPaths.STUDENT_BALANCE, studentId), Balance.class);
    }

    public JsonNode aging(String groupBy) {
        return api.get(Query.of(ApiPaths.REPORTS_AGING).with("groupBy", groupBy).toString(), JsonNode.class);
    }

    /** The finance figures: outstanding, overdue, collected and refunded this month ({@code GET /reports/finance}). */
    public JsonNode finance() {
        return api.get(ApiPaths.REPORTS_FINANCE, JsonNode.class);
    }

    public JsonNode dashboard() {
        return api.get(ApiPaths.REPORTS_DASHBOARD, JsonNode.class);
    }
}
