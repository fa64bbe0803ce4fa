package th.ac.ums.server.finance;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for printed documents: a receipt or credit note with what it prints (payment, invoice number,
 * student, issuer, the receipt a credit note reverses), an invoice with its lines, and how often a
 * receipt was printed. It holds no rules and opens no transaction.
 */
public final class DocumentRepository {
    private static final String RECEIPT = "SELECT r.id, r.number, r.kind, r.status, r.issued_on, r.print_count, "
            + "ref.number AS refers_number, pay.amount, pay.method, pay.reference, u.display_name AS issuer, "
            + "inv.number AS invoice_number, s.student_code, s.title, s.first_name_th, s.last_name_th, "
            + "s.first_name_en, s.last_name_en FROM receipts r JOIN payments pay ON pay.id = r.payment_id "
            + "JOIN invoices inv ON inv.id = r.invoice_id JOIN students s ON s.id = r.student_id "
            + "LEFT JOIN receipts ref ON ref.id = r.refers_to_receipt_id LEFT JOIN users u ON u.id = r.issued_by ";

    /** The student a document names. */
    public record Student(String code, String title, String firstTh, String lastTh, String firstEn, String lastEn) {
    }

    /** A receipt or credit note as it prints. */
    public record ReceiptRow(long id, String number, String kind, boolean cancelled, LocalDate issuedOn,
                             int printCount, String refersTo, BigDecimal amount, String method, String reference,
                             String issuer, String invoiceNumber, Student student) {
    }

    /** An invoice as it prints. */
    public record InvoiceRow(long id, String number, Instant issuedAt, LocalDate dueOn, BigDecimal total,
                             BigDecimal paid, String status, Student student) {
    }

    /** One line of an invoice. */
    public record Line(String description, BigDecimal amount) {
    }

    /** Counts one more print of a receipt; answers whether the receipt exists. */
    public boolean countPrint(DbExecute tx, long id) {
        return tx.dml("UPDATE receipts SET print_count = print_count + 1 WHERE id = ?", id) == 1;
    }

    /** A receipt as it prints. */
    public Optional<ReceiptRow> receipt(DbExecute exec, long id) {
        return exec.get(RECEIPT + "WHERE r.id = ?", id).map(DocumentRepository::receiptRow);
    }

    /** Every receipt and credit note issued on a day (optionally by one cashier): receipts, then credit notes. */
    public List<ReceiptRow> receiptsOn(DbExecute exec, LocalDate day, Long issuedBy) {
        String where = "WHERE r.issued_on = ?" + (issuedBy == null ? "" : " AND r.issued_by = ?");
        Object[] params = issuedBy == null ? new Object[] {day} : new Object[] {day, issuedBy};
        try (Stream<DbRow> rows = exec.query(RECEIPT + where + " ORDER BY r.kind DESC, r.number", params)) {
            return rows.map(DocumentRepository::receiptRow).toList();
        }
    }

    /** An invoice as it prints. */
    public Optional<InvoiceRow> invoice(DbExecute exec, long id) {
        return exec.get("SELECT inv.id, inv.number, inv.issued_at, inv.due_date, inv.total, inv.paid, inv.status, "
                + "s.student_code, s.title, s.first_name_th, s.last_name_th, s.first_name_en, s.last_name_en "
                + "FROM invoices inv JOIN students s ON s.id = inv.student_id WHERE inv.id = ?", id)
                .map(r -> new InvoiceRow(Rows.lng(r, "id"), Rows.str(r, "number"), Rows.instant(r, "issued_at"),
                        Rows.date(r, "due_date"), Rows.decimal(r, "total"), Rows.decimal(r, "paid"),
                        Rows.str(r, "status"), student(r)));
    }

    /** An invoice's lines in order. */
    public List<Line> invoiceLines(DbExecute exec, long invoiceId) {
        try (Stream<DbRow> rows = exec.query("SELECT description, amount FROM invoice_lines WHERE invoice_id = ? "
                + "ORDER BY line_no", invoiceId)) {
            return rows.map(r -> new Line(Rows.str(r, "description"), Rows.decimal(r, "amount"))).toList();
        }
    }

    private static ReceiptRow receiptRow(DbRow r) {
        return new ReceiptRow(Rows.lng(r, "id"), Rows.str(r, "number"), Rows.str(r, "kind"),
                "CANCELLED".equals(Rows.str(r, "status")), Rows.date(r, "issued_on"),
                (int) Rows.lng(r, "print_count"), Rows.str(r, "refers_number"), Rows.decimal(r, "amount"),
                Rows.str(r, "method"), Rows.str(r, "reference"), Rows.str(r, "issuer"), Rows.str(r, "invoice_number"),
                student(r));
    }

    private static Student student(DbRow r) {
        return new Student(Rows.str(r, "student_code"), Rows.str(r, "title"), Rows.str(r, "first_name_th"),
                Rows.str(r, "last_name_th"), Rows.str(r, "first_name_en"), Rows.str(r, "last_name_en"));
    }
}
