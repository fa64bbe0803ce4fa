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
 * a reason when nothing was paid on them (a paid invoice is corrected with refunds instead). The
 * rules are here; the SQL is in {@link InvoiceRepository}.
 */
public final class InvoiceService {
    private final Writes writes;
    private final Clock clock;
    private final InvoiceRepository invoices = new InvoiceRepository();

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
            var term = invoices.term(w.tx(), in.termId())
                    .orElseThrow(() -> Refusal.invalid("termId", "is not a term"));
            if (!invoices.studentExists(w.tx(), in.studentId())) {
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

    /** Inserts an invoice and its lines in {@code w}'s transaction, its status as of today; answers its id. */
    long insert(Writes.Work w, String number, long studentId, long termId, Long termFeeKey, LocalDate due,
                BigDecimal total, List<InvoiceLineInput> lines) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return invoices.insert(w.tx(), number, studentId, termId, termFeeKey, due, total,
                InvoiceStates.of(total, BigDecimal.ZERO, due, today), lines, clock.instant());
    }

    public Object voidInvoice(Caller by, String ip, long id, long version, VoidInput in) {
        Errors errors = new Errors();
        Rules.name(errors, "reason", in.reason(), 500);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return writes.run(w -> {
            var inv = invoices.lockForVoid(w.tx(), id).orElseThrow(() -> Refusal.notFound("The invoice"));
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
            invoices.markVoid(w.tx(), id, in.reason().trim(), clock.instant());
            Object after = RecordStore.find(w.tx(), FinanceLists.INVOICES, id).orElseThrow();
            long studentId = Rows.lng(inv, "student_id");
            w.audit(new AuditEntry(by.userId(), by.email(), "invoice.voided", "invoice", String.valueOf(id), ip, before,
                    after));
            w.changed("invoice", id, ChangeLog.UPDATE, studentId);
            return after;
        });
    }
}
