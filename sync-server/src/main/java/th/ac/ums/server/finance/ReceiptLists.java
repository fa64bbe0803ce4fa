package th.ac.ums.server.finance;

import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.integer;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.money;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import th.ac.ums.model.Dtos.ReceiptDto;
import th.ac.ums.model.Enums.ReceiptKind;
import th.ac.ums.model.Enums.ReceiptStatus;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/**
 * How receipts and credit notes are listed: the receipt with its payment's amount, method and
 * reference, the invoice's number, the student's code and names, who issued and cancelled it, and
 * the number of the receipt a credit note refers to, in one statement (joins by primary key).
 * Every filter is an index prefix (invoice and student are stored on the receipt); the day of
 * issue leads the time indexes, so {@code from}/{@code to} are ranges of the sort's index.
 */
public final class ReceiptLists {
    static final String COLUMNS = "r.id, r.version, r.number, r.kind, r.status, r.fiscal_year, r.issued_at, "
            + "r.issued_by, ub.display_name AS issued_by_name, r.payment_id, r.invoice_id, i.number AS invoice_number, "
            + "r.student_id, st.student_code, CONCAT(st.first_name_th, ' ', st.last_name_th) AS student_name_th, "
            + "CONCAT(st.first_name_en, ' ', st.last_name_en) AS student_name_en, pay.amount, pay.method, "
            + "pay.reference, r.refers_to_receipt_id, rr.number AS refers_to, r.cancelled_at, r.cancelled_by, "
            + "uc.display_name AS cancelled_by_name, r.cancel_reason";

    public static final ListSpec<ReceiptDto> RECEIPTS = ListSpec.builder("receipts", "receipts", "r")
            .joins("JOIN payments pay ON pay.id = r.payment_id JOIN invoices i ON i.id = r.invoice_id "
                    + "JOIN students st ON st.id = r.student_id LEFT JOIN users ub ON ub.id = r.issued_by "
                    + "LEFT JOIN users uc ON uc.id = r.cancelled_by "
                    + "LEFT JOIN receipts rr ON rr.id = r.refers_to_receipt_id")
            .select(COLUMNS)
            .filter(Filter.id("studentId", "r.student_id"))
            .filter(Filter.id("invoiceId", "r.invoice_id"))
            .filter(Filter.id("paymentId", "r.payment_id"))
            .filter(Filter.oneOf("kind", "r.kind", ReceiptKind.class))
            .filter(Filter.oneOf("status", "r.status", ReceiptStatus.class))
            .filter(Filter.id("recordedBy", "r.issued_by"))
            .filter(Filter.date("from", "r.issued_on >= ?"))
            .filter(Filter.date("to", "r.issued_on <= ?"))
            .sort("issuedAt", "r.issued_on", "r.issued_at", "r.id")
            .sort("number", "r.number")
            .defaultSort("issuedAt", true)
            .path("ix_receipts_issued", "issuedAt")
            .path("ix_receipts_student_issued", "issuedAt", "studentId")
            .path("ix_receipts_invoice_issued", "issuedAt", "invoiceId")
            .path("uq_receipts_payment", "issuedAt", "paymentId")
            .path("ix_receipts_kind_issued", "issuedAt", "kind")
            .path("ix_receipts_status_issued", "issuedAt", "status")
            .path("ix_receipts_issuer_issued", "issuedAt", "recordedBy")
            .path("uq_receipts_number", "number")
            .path("ix_receipts_student_number", "number", "studentId")
            .path("ix_receipts_invoice_number", "number", "invoiceId")
            .path("uq_receipts_payment", "number", "paymentId")
            .narrowing("studentId", "invoiceId", "paymentId")
            .big()
            .mapper(ReceiptLists::receipt)
            .build();

    private ReceiptLists() {
    }

    public static ReceiptDto receipt(DbRow r) {
        return new ReceiptDto(lng(r, "id"), lng(r, "version"), str(r, "number"), str(r, "kind"), str(r, "status"),
                integer(r, "fiscal_year"), instant(r, "issued_at"), lng(r, "issued_by"), str(r, "issued_by_name"),
                lng(r, "payment_id"), lng(r, "invoice_id"), str(r, "invoice_number"), lng(r, "student_id"),
                str(r, "student_code"), str(r, "student_name_th"), str(r, "student_name_en"), money(r, "amount"),
                str(r, "method"), str(r, "reference"), optLong(r, "refers_to_receipt_id"), str(r, "refers_to"),
                instant(r, "cancelled_at"), optLong(r, "cancelled_by"), str(r, "cancelled_by_name"),
                str(r, "cancel_reason"));
    }
}
