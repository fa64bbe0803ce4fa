package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import th.ac.ums.model.Inputs.InvoiceInput;
import th.ac.ums.model.Inputs.InvoiceLineInput;
import th.ac.ums.model.Inputs.VoidInput;
import th.ac.ums.model.Money;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Invoices: issued by hand with lines (numbered from the term's invoice sequence), voided with
 * a reason when nothing was paid on them (a paid invoice is corrected with refunds instead).
 */
public final class InvoiceService {
    private final Writes writes;
    private final Clock clock;

    public InvoiceService(Writes writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Object issue(Caller by, String ip, InvoiceInput in) {
        Errors errors = Validators.invoice(in, java.time.LocalDate.now(clock.withZone(th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE)));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        BigDecimal total = in.lines().stream().map(l -> Money.parse(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return writes.run(w -> {
            var term = w.tx().get("SELECT academic_year, semester FROM academic_terms WHERE id = ?", in.termId())
                    .orElseThrow(() -> Refusal.invalid("termId", "is not a term"));
            if (w.tx().get("SELECT 1 FROM students WHERE id = ?", in.studentId()).isEmpty()) {
                throw Refusal.invalid("studentId", "is not a student");
            }
            String number = number(w, Rows.integer(term, "academic_year"), Rows.integer(term, "semester"));
            long id = insert(w, number, in.studentId(), in.termId(), null, in.dueDate(), total, in.lines());
            Object invoice = RecordStore.find(w.tx(), FinanceLists.INVOICES, id).orElseThrow();
            w.audit(new AuditEntry(by.userId(), by.email(), "invoice.issued", "invoice", String.valueOf(id), ip, null,
                    invoice));
            w.changed("invoice", id, ChangeLog.CREATE, in.studentId());
            return invoice;
        });
    }

    /** The next invoice number of a term: INV-<year><semester>-<7 digits>, from code_sequences. */
    static String number(Writes.Work w, int year, int semester) {
        String key = year + "" + semester;
        return "INV-" + key + "-" + String.format("%07d", nextValues(w, "invoice:" + key, 1));
    }

    /** Reserves {@code count} numbers of a sequence; answers the first. */
    static long nextValues(Writes.Work w, String name, int count) {
        return th.ac.ums.server.platform.Sequences.reserve(w.tx(), name, count);
    }

    long insert(Writes.Work w, String number, long studentId, long termId, Long termFeeKey, LocalDate due,
                BigDecimal total, List<InvoiceLineInput> lines) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long id = w.tx().createInsert("INSERT INTO invoices (number, student_id, academic_term_id, term_fee_key, "
                + "issued_at, due_date, total, paid, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
                .params(number, studentId, termId, termFeeKey, Rows.utc(clock.instant()), due, total,
                        InvoiceStates.of(total, BigDecimal.ZERO, due, today), Rows.utc(clock.instant()),
                        Rows.utc(clock.instant()))
                .returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
        for (int i = 0; i < lines.size(); i++) {
            w.tx().dml("INSERT INTO invoice_lines (invoice_id, line_no, description, amount) VALUES (?, ?, ?, ?)", id,
                    i + 1, lines.get(i).description().trim(), Money.parse(lines.get(i).amount()));
        }
        return id;
    }

    public Object voidInvoice(Caller by, String ip, long id, long version, VoidInput in) {
        Errors errors = new Errors();
        Rules.name(errors, "reason", in.reason(), 500);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return writes.run(w -> {
            var inv = w.tx().get("SELECT student_id, paid, status, version FROM invoices WHERE id = ? FOR UPDATE", id)
                    .orElseThrow(() -> Refusal.notFound("The invoice"));
            if (Rows.lng(inv, "version") != version) {
                throw Refusal.stale(Rows.lng(inv, "version"));
            }
            if ("VOID".equals(Rows.str(inv, "status"))) {
                throw Refusal.conflict("The invoice is already void.");
            }
            if (Rows.decimal(inv, "paid").signum() != 0) {
                throw Refusal.conflict("Money was paid on this invoice; refund the payments before voiding it.");
            }
            Object before = RecordStore.find(w.tx(), FinanceLists.INVOICES, id).orElseThrow();
            w.tx().dml("UPDATE invoices SET status = 'VOID', void_reason = ?, term_fee_key = NULL, "
                    + "version = version + 1, updated_at = ? WHERE id = ?", in.reason().trim(), Rows.utc(clock.instant()), id);
            Object after = RecordStore.find(w.tx(), FinanceLists.INVOICES, id).orElseThrow();
            long studentId = Rows.lng(inv, "student_id");
            w.audit(new AuditEntry(by.userId(), by.email(), "invoice.voided", "invoice", String.valueOf(id), ip, before,
                    after));
            w.changed("invoice", id, ChangeLog.UPDATE, studentId);
            return after;
        });
    }
}
