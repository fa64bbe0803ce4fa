package th.ac.ums.server.finance;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for payments and refunds (rows of {@code payments}; a refund points at the payment it
 * reverses). Payments are only ever inserted. It holds no rules and opens no transaction: each
 * method runs on the executor it is given (a service's {@code w.tx()}, or a read).
 */
public final class PaymentRepository {

    /** A new row of {@code payments}: a PAYMENT, or a REFUND reversing {@code reverses}. */
    public record Entry(long invoiceId, long studentId, String kind, BigDecimal amount, String method,
                        String reference, Instant receivedAt, long recordedBy, Long reverses, String idempotencyKey) {
    }

    /** Inserts a payment or refund; answers its id. */
    public long insert(DbExecute tx, Entry e, Instant now) {
        return tx.createInsert("INSERT INTO payments (invoice_id, student_id, kind, amount, method, reference, "
                + "received_at, recorded_by, reverses_payment_id, idempotency_key, created_at) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(e.invoiceId(), e.studentId(), e.kind(), e.amount(),
                e.method(), e.reference(), Rows.utc(e.receivedAt()), e.recordedBy(), e.reverses(), e.idempotencyKey(),
                Rows.utc(now)).returnGeneratedKeys().insert()
                .generatedKeys().findFirst().map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /** Inserts many payments or refunds with one statement; answers their ids in the same order. */
    public java.util.List<Long> insertAll(DbExecute tx, java.util.List<Entry> entries, Instant now) {
        java.util.List<Object> params = new java.util.ArrayList<>(entries.size() * 11);
        for (Entry e : entries) {
            java.util.Collections.addAll(params, e.invoiceId(), e.studentId(), e.kind(), e.amount(), e.method(),
                    e.reference(), Rows.utc(e.receivedAt()), e.recordedBy(), e.reverses(), e.idempotencyKey(),
                    Rows.utc(now));
        }
        return th.ac.ums.server.platform.MultiRow.insert(tx, "INSERT INTO payments (invoice_id, student_id, kind, "
                + "amount, method, reference, received_at, recorded_by, reverses_payment_id, idempotency_key, "
                + "created_at) VALUES " + th.ac.ums.server.platform.MultiRow.values(entries.size(), 11), params,
                entries.size());
    }

    /** A payment or refund: invoice_id, student_id, kind, amount. */
    public Optional<DbRow> find(DbExecute tx, long paymentId) {
        return tx.get("SELECT invoice_id, student_id, kind, amount FROM payments WHERE id = ?", paymentId);
    }

    /** How much of a payment was refunded so far (0 when nothing). */
    public BigDecimal refunded(DbExecute tx, long paymentId) {
        return tx.get("SELECT COALESCE(SUM(amount), 0) AS r FROM payments WHERE "
                + "reverses_payment_id = ?", paymentId).map(r -> Rows.decimal(r, "r")).orElse(BigDecimal.ZERO);
    }

    /**
     * The sums of PAYMENT and REFUND entries received in [{@code from}, {@code to}), by kind (a kind
     * with nothing received is absent).
     */
    public Map<String, BigDecimal> receivedByKind(DbExecute exec, Instant from, Instant to) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        try (Stream<DbRow> rows = exec.query("SELECT kind, SUM(amount) AS amount FROM payments FORCE INDEX "
                + "(ix_payments_received_kind_amount) WHERE kind IN ('PAYMENT', 'REFUND') AND received_at >= ? "
                + "AND received_at < ? GROUP BY kind", Rows.utc(from), Rows.utc(to))) {
            rows.forEach(r -> out.put(Rows.str(r, "kind"), Rows.decimal(r, "amount")));
        }
        return out;
    }
}
