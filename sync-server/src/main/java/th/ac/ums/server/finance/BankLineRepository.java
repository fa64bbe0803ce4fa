package th.ac.ums.server.finance;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for bank files and their lines ({@code bank_files}, {@code bank_transactions}) and the invoice
 * facts matching reads. No rules, no transactions: each method runs on the executor it is given.
 */
final class BankLineRepository {
    private static final int CHUNK = 1000;

    /** An invoice as matching sees it; {@code paid} moves as lines of one file are matched. */
    static final class Invoice {
        final long id;
        final String studentCode;
        final BigDecimal total;
        final String status;
        BigDecimal paid;

        Invoice(DbRow r) {
            id = Rows.lng(r, "id");
            studentCode = Rows.str(r, "student_code");
            total = Rows.decimal(r, "total");
            paid = Rows.decimal(r, "paid");
            status = Rows.str(r, "status");
        }

        BigDecimal outstanding() {
            return total.subtract(paid);
        }
    }

    private static final String INVOICE = "SELECT i.id, s.student_code, i.total, i.paid, i.status FROM invoices i "
            + "JOIN students s ON s.id = i.student_id ";

    /** Which of the transaction ids of a bank are already recorded. */
    Set<String> recorded(DbExecute exec, String bank, List<String> txnIds) {
        Set<String> out = new HashSet<>();
        chunks(txnIds, part -> {
            List<Object> params = new ArrayList<>();
            params.add(bank);
            params.addAll(part);
            try (Stream<DbRow> rows = exec.query("SELECT txn_id FROM bank_transactions WHERE bank = ? AND txn_id IN ("
                    + marks(part) + ")", params.toArray())) {
                rows.forEach(r -> out.add(Rows.str(r, "txn_id")));
            }
        });
        return out;
    }

    /** Invoices by number (the numbers as stored, with hyphens). */
    Map<String, Invoice> byNumber(DbExecute exec, List<String> numbers) {
        Map<String, Invoice> out = new HashMap<>();
        chunks(numbers, part -> {
            try (Stream<DbRow> rows = exec.query(INVOICE.replace("SELECT i.id", "SELECT i.number, i.id")
                    + "WHERE i.number IN (" + marks(part) + ")", part.toArray())) {
                rows.forEach(r -> out.put(Rows.str(r, "number"), new Invoice(r)));
            }
        });
        return out;
    }

    /** The invoices with something left to pay of the students of these codes, by student code. */
    Map<String, List<Invoice>> openByStudent(DbExecute exec, List<String> codes) {
        Map<String, List<Invoice>> out = new HashMap<>();
        chunks(codes, part -> {
            try (Stream<DbRow> rows = exec.query(INVOICE + "WHERE s.student_code IN (" + marks(part) + ") AND "
                    + FinanceLists.OUTSTANDING + " ORDER BY i.id", part.toArray())) {
                rows.forEach(r -> out.computeIfAbsent(Rows.str(r, "student_code"), k -> new ArrayList<>())
                        .add(new Invoice(r)));
            }
        });
        return out;
    }

    long insertFile(DbExecute tx, String bank, int lines, BigDecimal total, long by, Instant now) {
        return tx.createInsert("INSERT INTO bank_files (bank, line_count, total, uploaded_by, uploaded_at) VALUES "
                + "(?, ?, ?, ?, ?)").params(bank, lines, total, by, Rows.utc(now)).returnGeneratedKeys().insert()
                .generatedKeys().findFirst().map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /**
     * Claims a bank transaction with its outcome: false when (bank, txn_id) is already recorded (the
     * unique key decides, waiting for a concurrent upload's transaction when one holds it).
     */
    boolean claim(DbExecute tx, String bank, long fileId, BankFile.Line l, String outcome, String reason,
                  Long invoiceId, Instant now) {
        return tx.dml("INSERT IGNORE INTO bank_transactions (bank, txn_id, file_id, line_no, paid_at, amount, ref1, "
                + "ref2, channel, outcome, reason, invoice_id, created_at, updated_at) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", bank, l.txnId(), fileId, l.number(),
                Rows.utc(l.paidAt()), l.amount(), l.ref1(), l.ref2(), l.channel(), outcome, reason, invoiceId,
                Rows.utc(now), Rows.utc(now)) > 0;
    }

    /** A line of a batch with the outcome its claim records. */
    record Claim(BankFile.Line line, String outcome, String reason, Long invoiceId) {
    }

    /**
     * Claims the lines of a batch with one multi-row {@code INSERT IGNORE}, as {@link #claim} each;
     * answers the transaction ids this file's claim got (a line already recorded, by an earlier file
     * or a concurrent upload, is not among them: the unique key decides, waiting for a concurrent
     * upload's transaction when one holds it).
     */
    Set<String> claimAll(DbExecute tx, String bank, long fileId, List<Claim> claims, Instant now) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>(claims.size() * 14);
        Object at = Rows.utc(now);
        for (Claim c : claims) {
            BankFile.Line l = c.line();
            Collections.addAll(params, bank, l.txnId(), fileId, l.number(), Rows.utc(l.paidAt()), l.amount(), l.ref1(),
                    l.ref2(), l.channel(), c.outcome(), c.reason(), c.invoiceId(), at, at);
        }
        long inserted = tx.createDmlStatement("INSERT IGNORE INTO bank_transactions (bank, txn_id, file_id, line_no, "
                + "paid_at, amount, ref1, ref2, channel, outcome, reason, invoice_id, created_at, updated_at) VALUES "
                + th.ac.ums.server.platform.MultiRow.values(claims.size(), 14)).params(params).execute();
        if (inserted == claims.size()) {
            Set<String> all = new HashSet<>();
            claims.forEach(c -> all.add(c.line().txnId()));
            return all;
        }
        // some were recorded already: this file's rows are the ones this transaction inserted
        Set<String> ours = new HashSet<>();
        List<Object> query = new ArrayList<>();
        query.add(bank);
        query.add(fileId);
        claims.forEach(c -> query.add(c.line().txnId()));
        try (Stream<DbRow> rows = tx.createQuery("SELECT txn_id FROM bank_transactions WHERE bank = ? AND file_id = ? "
                + "AND txn_id IN (" + marks(claims) + ")").params(query).execute()) {
            rows.forEach(r -> ours.add(Rows.str(r, "txn_id")));
        }
        return ours;
    }

    /** The outcome of a line just claimed: its transaction id, outcome, reason, invoice and payment. */
    record Settle(String txnId, String outcome, String reason, Long invoiceId, Long paymentId) {
    }

    /** Sets the outcomes of lines just claimed in one statement, as {@link #settle} each. */
    void settleAll(DbExecute tx, String bank, List<Settle> all) {
        if (all.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(all.size() * 9 + 1);
        String[] columns = {"outcome", "reason", "invoice_id", "payment_id"};
        StringBuilder set = new StringBuilder();
        for (int c = 0; c < columns.length; c++) {
            set.append(c == 0 ? "" : ", ").append(columns[c]).append(" = CASE txn_id");
            for (Settle s : all) {
                set.append(" WHEN ? THEN ?");
                params.add(s.txnId());
                params.add(switch (c) {
                    case 0 -> s.outcome();
                    case 1 -> s.reason();
                    case 2 -> s.invoiceId();
                    default -> s.paymentId();
                });
            }
            set.append(" END");
        }
        params.add(bank);
        all.forEach(s -> params.add(s.txnId()));
        tx.createDmlStatement("UPDATE bank_transactions SET " + set + " WHERE bank = ? AND txn_id IN ("
                + marks(all) + ")").params(params).execute();
    }

    /** Sets the outcome of a line just claimed (by its bank and transaction id). */
    void settle(DbExecute tx, String bank, String txnId, String outcome, String reason, Long invoiceId,
                Long paymentId) {
        tx.dml("UPDATE bank_transactions SET outcome = ?, reason = ?, invoice_id = ?, payment_id = ? WHERE bank = ? "
                + "AND txn_id = ?", outcome, reason, invoiceId, paymentId, bank, txnId);
    }

    /** Locks a line: version, bank, txn_id, paid_at, amount, outcome. */
    Optional<DbRow> lock(DbExecute tx, long id) {
        return tx.get("SELECT version, bank, txn_id, paid_at, amount, outcome FROM bank_transactions WHERE id = ? "
                + "FOR UPDATE", id);
    }

    /** Resolves an unmatched line (ASSIGNED or RETURNED): a new version. */
    void resolve(DbExecute tx, long id, String outcome, Long invoiceId, Long paymentId, String note, long by,
                 Instant now) {
        tx.dml("UPDATE bank_transactions SET outcome = ?, invoice_id = COALESCE(?, invoice_id), payment_id = ?, "
                + "note = ?, resolved_by = ?, resolved_at = ?, version = version + 1, updated_at = ? WHERE id = ?",
                outcome, invoiceId, paymentId, note, by, Rows.utc(now), Rows.utc(now), id);
    }

    /** What is left to pay on an invoice and its status (to name why a payment was refused). */
    Optional<DbRow> invoiceState(DbExecute tx, long invoiceId) {
        return tx.get("SELECT total - paid AS outstanding, status FROM invoices WHERE id = ?", invoiceId);
    }

    private static String marks(List<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }

    private static void chunks(List<String> values, java.util.function.Consumer<List<String>> each) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(values));
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            each.accept(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
    }
}
