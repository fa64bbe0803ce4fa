package th.ac.ums.server.finance;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import th.ac.ums.model.Inputs.InvoiceLineInput;
import th.ac.ums.model.Money;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for invoices and their lines, and for what an invoice is issued from (the term, the fee
 * schedule, the students of a bulk run). It holds no rules and opens no transaction: each method
 * runs on the executor it is given (a service's {@code w.tx()}, or a read), and answers rows or ids.
 */
public final class InvoiceRepository {

    /** The year and semester of a term (that numbers its invoices). */
    public Optional<DbRow> term(DbExecute exec, long termId) {
        return exec.get("SELECT academic_year, semester FROM academic_terms WHERE id = ?", termId);
    }

    /** The year, semester and payment due date of a term (a bulk run's defaults). */
    public Optional<DbRow> termWithDue(DbExecute exec, long termId) {
        return exec.get("SELECT academic_year, semester, payment_due FROM academic_terms "
                + "WHERE id = ?", termId);
    }

    /** Whether a student of this id exists. */
    public boolean studentExists(DbExecute exec, long studentId) {
        return exec.get("SELECT 1 FROM students WHERE id = ?", studentId).isPresent();
    }

    /**
     * Inserts an invoice (nothing paid) and its lines, numbered from 1 in the given order; answers
     * the invoice's id.
     */
    public long insert(DbExecute exec, String number, long studentId, long termId, Long termFeeKey, LocalDate due,
                       BigDecimal total, String status, List<InvoiceLineInput> lines, Instant now) {
        long id = exec.createInsert("INSERT INTO invoices (number, student_id, academic_term_id, term_fee_key, "
                + "issued_at, due_date, total, paid, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
                .params(number, studentId, termId, termFeeKey, Rows.utc(now), due, total, status, Rows.utc(now),
                        Rows.utc(now))
                .returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
        for (int i = 0; i < lines.size(); i++) {
            exec.dml("INSERT INTO invoice_lines (invoice_id, line_no, description, amount) VALUES (?, ?, ?, ?)", id,
                    i + 1, lines.get(i).description().trim(), Money.parse(lines.get(i).amount()));
        }
        return id;
    }

    /** Locks an invoice a payment is for: student_id, total, paid, status, due_date. */
    public Optional<DbRow> lockForPayment(DbExecute tx, long invoiceId) {
        return tx.get("SELECT student_id, total, paid, status, due_date FROM invoices WHERE id = ? FOR UPDATE",
                invoiceId);
    }

    /**
     * Locks the invoices a batch of payments is for, in id order (as every batch does, so that two
     * never wait for each other crosswise): id, number, student_id, total, paid, status, due_date by id.
     */
    public Map<Long, DbRow> lockForPayments(DbExecute tx, java.util.Collection<Long> invoiceIds) {
        List<Object> ids = new ArrayList<>(new java.util.TreeSet<>(invoiceIds));
        Map<Long, DbRow> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (Stream<DbRow> rows = tx.createQuery("SELECT id, number, student_id, total, paid, status, due_date FROM "
                + "invoices WHERE id IN (" + th.ac.ums.server.platform.MultiRow.marks(ids.size()) + ") ORDER BY id "
                + "FOR UPDATE").params(ids).execute()) {
            rows.forEach(r -> out.put(Rows.lng(r, "id"), r));
        }
        return out;
    }

    /** What one invoice of a batch now has paid and its status, after {@code payments} payments (versions). */
    public record Settled(long invoiceId, BigDecimal paid, String status, int payments) {
    }

    /** Sets what was paid and the status of many invoices in one statement (each a new version). */
    public void settleAll(DbExecute tx, List<Settled> all, Instant now) {
        if (all.isEmpty()) {
            return;
        }
        StringBuilder paid = new StringBuilder("CASE id");
        StringBuilder status = new StringBuilder("CASE id");
        StringBuilder versions = new StringBuilder("CASE id");
        List<Object> params = new ArrayList<>(all.size() * 7 + 1);
        List<Object> statusParams = new ArrayList<>(all.size() * 2);
        List<Object> versionParams = new ArrayList<>(all.size() * 2);
        for (Settled s : all) {
            paid.append(" WHEN ? THEN ?");
            params.add(s.invoiceId());
            params.add(s.paid());
            status.append(" WHEN ? THEN ?");
            statusParams.add(s.invoiceId());
            statusParams.add(s.status());
            versions.append(" WHEN ? THEN ?");
            versionParams.add(s.invoiceId());
            versionParams.add(s.payments());
        }
        params.addAll(statusParams);
        params.addAll(versionParams);
        params.add(Rows.utc(now));
        all.forEach(s -> params.add(s.invoiceId()));
        // a new version per payment, as one settle() per payment gives
        tx.createDmlStatement("UPDATE invoices SET paid = " + paid + " END, status = " + status + " END, "
                + "version = version + " + versions + " END, updated_at = ? WHERE id IN ("
                + th.ac.ums.server.platform.MultiRow.marks(all.size()) + ")").params(params).execute();
    }

    /** Locks an invoice a refund gives back to: total, paid, due_date. */
    public Optional<DbRow> lockForRefund(DbExecute tx, long invoiceId) {
        return tx.get("SELECT total, paid, due_date FROM invoices WHERE id = ? FOR UPDATE", invoiceId);
    }

    /** Locks an invoice to be voided: student_id, paid, status, version. */
    public Optional<DbRow> lockForVoid(DbExecute tx, long invoiceId) {
        return tx.get("SELECT student_id, paid, status, version FROM invoices WHERE id = ? FOR UPDATE", invoiceId);
    }

    /** Sets what was paid on an invoice and its status (a new version). */
    public void settle(DbExecute tx, long invoiceId, BigDecimal paid, String status, Instant now) {
        tx.dml("UPDATE invoices SET paid = ?, status = ?, version = version + 1, updated_at = ? WHERE id = ?",
                paid, status, Rows.utc(now), invoiceId);
    }

    /** Voids an invoice with a reason and frees its term fee key (a new version). */
    public void markVoid(DbExecute tx, long invoiceId, String reason, Instant now) {
        tx.dml("UPDATE invoices SET status = 'VOID', void_reason = ?, term_fee_key = NULL, "
                + "version = version + 1, updated_at = ? WHERE id = ?", reason, Rows.utc(now), invoiceId);
    }

    /** Locks up to 500 open or partly paid invoices due before {@code today}: {id, student_id} each. */
    public List<long[]> lockDueUnpaid(DbExecute tx, LocalDate today) {
        try (var rows = tx.query("SELECT id, student_id FROM invoices FORCE INDEX (ix_invoices_status_due) "
                + "WHERE status IN ('OPEN', 'PARTIALLY_PAID') AND due_date < ? LIMIT 500 FOR UPDATE", today)) {
            return rows.map(r -> new long[] {Rows.lng(r, "id"), Rows.lng(r, "student_id")}).toList();
        }
    }

    /** Marks one invoice OVERDUE (a new version). */
    public void markOverdue(DbExecute tx, long invoiceId, Instant now) {
        tx.dml("UPDATE invoices SET status = 'OVERDUE', version = version + 1, updated_at = ? WHERE id = ?",
                Rows.utc(now), invoiceId);
    }

    /**
     * What is left to pay over the outstanding invoices, and of it what was due before {@code today}:
     * outstanding, overdue, n (invoices), n_overdue.
     */
    public DbRow outstandingTotals(DbExecute exec, LocalDate today) {
        return exec.get("SELECT SUM(i.total - i.paid) AS outstanding, "
                + "SUM(CASE WHEN i.due_date < ? THEN i.total - i.paid ELSE 0 END) AS overdue, COUNT(*) AS n, "
                + "SUM(CASE WHEN i.due_date < ? THEN 1 ELSE 0 END) AS n_overdue "
                + "FROM invoices i FORCE INDEX (ix_invoices_status_due) WHERE " + FinanceLists.OUTSTANDING, today, today)
                .orElseThrow();
    }

    /** How many ACTIVE students there are (of the given programs, or all). */
    public long countActiveStudents(DbExecute exec, List<Long> programs) {
        return exec.get("SELECT COUNT(*) AS n FROM students WHERE status = 'ACTIVE'" + inPrograms(programs),
                programs.toArray()).map(r -> Rows.lng(r, "n")).orElse(0L);
    }

    /**
     * The next {@code limit} ACTIVE students after id {@code after} (of the given programs, or all),
     * by id: {id, program_id} each.
     */
    public List<long[]> activeStudentsAfter(DbExecute exec, long after, List<Long> programs, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(after);
        params.addAll(programs);
        params.add(limit);
        try (Stream<DbRow> rows = exec.query("SELECT id, program_id FROM students WHERE id > ? AND status = 'ACTIVE'"
                + inPrograms(programs) + " ORDER BY id LIMIT ?", params.toArray())) {
            return rows.map(r -> new long[] {Rows.lng(r, "id"), Rows.lng(r, "program_id")}).toList();
        }
    }

    private static String inPrograms(List<Long> programs) {
        return programs.isEmpty() ? "" : " AND program_id IN (" + String.join(",",
                Collections.nCopies(programs.size(), "?")) + ")";
    }

    /** Which of {@code studentIds} already have the invoice of a term's fees. */
    public Set<Long> invoicedForTerm(DbExecute tx, long termFeeKey, List<Long> studentIds) {
        String in = String.join(",", Collections.nCopies(studentIds.size(), "?"));
        List<Object> params = new ArrayList<>();
        params.add(termFeeKey);
        params.addAll(studentIds);
        Set<Long> done = new HashSet<>();
        try (Stream<DbRow> rows = tx.query("SELECT student_id FROM invoices WHERE term_fee_key = ? AND student_id IN ("
                + in + ")", params.toArray())) {
            rows.forEach(r -> done.add(Rows.lng(r, "student_id")));
        }
        return done;
    }

    /** The fee schedule: lines per program id (0: lines for every program), tuition first. */
    public Map<Long, List<InvoiceLineInput>> feeSchedule(DbExecute exec) {
        Map<Long, List<InvoiceLineInput>> lines = new HashMap<>();
        try (Stream<DbRow> rows = exec.query("SELECT id, tuition_per_term FROM programs")) {
            rows.forEach(r -> lines.computeIfAbsent(Rows.lng(r, "id"), k -> new ArrayList<>()).add(
                    new InvoiceLineInput("ค่าธรรมเนียมการศึกษา / Tuition fee", Rows.money(r, "tuition_per_term"))));
        }
        try (Stream<DbRow> rows = exec.query("SELECT program_id, description, amount FROM fee_items WHERE active = TRUE "
                + "ORDER BY id")) {
            rows.forEach(r -> lines.computeIfAbsent(Rows.optLong(r, "program_id") == null ? 0L
                    : Rows.lng(r, "program_id"), k -> new ArrayList<>()).add(new InvoiceLineInput(
                    Rows.str(r, "description"), Rows.money(r, "amount"))));
        }
        return lines;
    }
}
