package th.ac.ums.server.finance;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for receipts and credit notes (rows of {@code receipts}, one per payment or refund). Rows are
 * inserted and cancelled, never deleted. It holds no rules and opens no transaction: each method
 * runs on the executor it is given (a service's {@code w.tx()}, or a read).
 */
public final class ReceiptRepository {

    /** A new row of {@code receipts}: {@code serial} is the value its sequence gave, {@code number} its text. */
    public record Entry(String number, String kind, int fiscalYear, long serial, long paymentId, long invoiceId,
                        long studentId, Long refersTo, LocalDate issuedOn, Instant issuedAt, long issuedBy) {
    }

    /** Inserts a receipt or credit note; answers its id. */
    public long insert(DbExecute tx, Entry e) {
        return tx.createInsert("INSERT INTO receipts (number, kind, fiscal_year, serial, payment_id, invoice_id, "
                + "student_id, refers_to_receipt_id, issued_on, issued_at, issued_by, created_at, updated_at) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(e.number(), e.kind(), e.fiscalYear(), e.serial(),
                e.paymentId(), e.invoiceId(), e.studentId(), e.refersTo(), e.issuedOn(), Rows.utc(e.issuedAt()),
                e.issuedBy(), Rows.utc(e.issuedAt()), Rows.utc(e.issuedAt())).returnGeneratedKeys().insert()
                .generatedKeys().findFirst().map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /** Inserts many receipts or credit notes with one statement; answers their ids in the same order. */
    public List<Long> insertAll(DbExecute tx, List<Entry> entries) {
        List<Object> params = new java.util.ArrayList<>(entries.size() * 13);
        for (Entry e : entries) {
            java.util.Collections.addAll(params, e.number(), e.kind(), e.fiscalYear(), e.serial(), e.paymentId(),
                    e.invoiceId(), e.studentId(), e.refersTo(), e.issuedOn(), Rows.utc(e.issuedAt()), e.issuedBy(),
                    Rows.utc(e.issuedAt()), Rows.utc(e.issuedAt()));
        }
        return th.ac.ums.server.platform.MultiRow.insert(tx, "INSERT INTO receipts (number, kind, fiscal_year, serial, "
                + "payment_id, invoice_id, student_id, refers_to_receipt_id, issued_on, issued_at, issued_by, "
                + "created_at, updated_at) VALUES " + th.ac.ums.server.platform.MultiRow.values(entries.size(), 13),
                params, entries.size());
    }

    /** The id of a payment's receipt (none for payments recorded before receipts existed). */
    public Optional<Long> ofPayment(DbExecute tx, long paymentId) {
        return tx.get("SELECT id FROM receipts WHERE payment_id = ?", paymentId).map(r -> Rows.lng(r, "id"));
    }

    /** A receipt locked for a change: version, status, student_id. */
    public Optional<DbRow> lock(DbExecute tx, long id) {
        return tx.get("SELECT version, status, student_id FROM receipts WHERE id = ? FOR UPDATE", id);
    }

    /** Marks a receipt cancelled (its number stays), by whom, when and why; the version moves on. */
    public void cancel(DbExecute tx, long id, long by, String reason, Instant now) {
        tx.dml("UPDATE receipts SET status = 'CANCELLED', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, "
                + "version = version + 1, updated_at = ? WHERE id = ?", Rows.utc(now), by, reason, Rows.utc(now), id);
    }

    /** One entry of a day close: a receipt or credit note issued that day with its payment's money. */
    public record DayEntry(long cashierId, String cashierName, String method, String kind, String number, long serial,
                           boolean cancelled, java.math.BigDecimal amount) {
    }

    /** Every receipt and credit note issued on {@code day} (the university's day), in the order of issue. */
    public List<DayEntry> issuedOn(DbExecute exec, LocalDate day) {
        try (Stream<DbRow> rows = exec.query("SELECT STRAIGHT_JOIN r.issued_by, u.display_name, pay.method, r.kind, "
                + "r.number, r.serial, r.status, pay.amount FROM receipts r FORCE INDEX (ix_receipts_issued) "
                + "JOIN payments pay ON pay.id = r.payment_id LEFT JOIN users u ON u.id = r.issued_by "
                + "WHERE r.issued_on = ? ORDER BY r.issued_on, r.issued_at, r.id", day)) {
            return rows.map(r -> new DayEntry(Rows.lng(r, "issued_by"), Rows.str(r, "display_name"),
                    Rows.str(r, "method"), Rows.str(r, "kind"), Rows.str(r, "number"), Rows.lng(r, "serial"),
                    "CANCELLED".equals(Rows.str(r, "status")), Rows.decimal(r, "amount"))).toList();
        }
    }
}
