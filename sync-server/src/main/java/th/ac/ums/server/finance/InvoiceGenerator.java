package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.model.Inputs.GenerateInvoicesInput;
import th.ac.ums.model.Inputs.InvoiceLineInput;
import th.ac.ums.model.Money;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Bulk invoicing of a term from the fee schedule: each ACTIVE student (of the given programs, or
 * all) gets one invoice with the program's tuition and the fee items of their program and of all
 * programs. It runs in the background in batches of 500 students (one transaction each) and
 * reports progress; running it again skips students already invoiced for the term (unique key),
 * so an interrupted run is simply started again. The SQL is in {@link InvoiceRepository}.
 */
public final class InvoiceGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceGenerator.class);
    static final int BATCH = 500;

    private final Db db;
    private final Writes writes;
    private final InvoiceService invoices;
    private final Jobs jobs;
    private final Clock clock;
    private final InvoiceRepository repository = new InvoiceRepository();

    public InvoiceGenerator(Db db, Writes writes, InvoiceService invoices, Jobs jobs, Clock clock) {
        this.db = db;
        this.writes = writes;
        this.invoices = invoices;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Starts the job; answers its id at once. */
    public String start(Caller by, String ip, GenerateInvoicesInput in) {
        if (in.termId() == null) {
            throw Refusal.invalid("termId", "is required");
        }
        var term = db.readPrimary(exec -> repository.termWithDue(exec, in.termId()))
                .orElseThrow(() -> Refusal.invalid("termId", "is not a term"));
        LocalDate due = in.dueDate() != null ? in.dueDate() : Rows.date(term, "payment_due");
        th.ac.ums.model.validation.Errors errors = new th.ac.ums.model.validation.Errors();
        th.ac.ums.model.validation.DateRules.due(errors, "dueDate", in.dueDate(),
                LocalDate.now(clock.withZone(th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE)));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        List<Long> programs = in.programIds() == null ? List.of() : in.programIds();
        long total = count(programs);
        String jobId = jobs.create("invoice-generation", by.userId(), total);
        Thread.ofVirtual().name("invoice-generation-" + jobId).start(() -> run(jobId, by, ip, in.termId(),
                Rows.integer(term, "academic_year"), Rows.integer(term, "semester"), due, programs));
        return jobId;
    }

    private long count(List<Long> programs) {
        return db.read(exec -> repository.countActiveStudents(exec, programs));
    }

    private void run(String jobId, Caller by, String ip, long termId, int year, int semester, LocalDate due,
                     List<Long> programs) {
        long after = 0;
        long created = 0;
        long skipped = 0;
        try {
            Map<Long, List<InvoiceLineInput>> schedule = schedule();
            while (true) {
                List<long[]> batch = nextBatch(after, programs);
                if (batch.isEmpty()) {
                    break;
                }
                long[] result = writeBatch(batch, termId, year, semester, due, schedule);
                created += result[0];
                skipped += result[1];
                after = batch.get(batch.size() - 1)[0];
                jobs.progress(jobId, created + skipped, created, skipped);
            }
            long finalCreated = created;
            long finalSkipped = skipped;
            writes.run(w -> {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("termId", termId);
                summary.put("created", finalCreated);
                summary.put("skipped", finalSkipped);
                w.audit(new AuditEntry(by.userId(), by.email(), "invoices.generated", "term", String.valueOf(termId), ip,
                        null, summary));
                return null;
            });
            jobs.done(jobId);
        } catch (RuntimeException e) {
            LOG.error("invoice generation {} failed", jobId, e);
            jobs.failed(jobId, "The run stopped after " + (created + skipped) + " students; start it again to finish.");
        }
    }

    /** Lines per program id (0: lines for every program), tuition first. */
    private Map<Long, List<InvoiceLineInput>> schedule() {
        return db.read(repository::feeSchedule);
    }

    private List<long[]> nextBatch(long after, List<Long> programs) {
        return db.read(exec -> repository.activeStudentsAfter(exec, after, programs, BATCH));
    }

    private long[] writeBatch(List<long[]> batch, long termId, int year, int semester, LocalDate due,
                              Map<Long, List<InvoiceLineInput>> schedule) {
        return writes.run(w -> {
            Set<Long> done = repository.invoicedForTerm(w.tx(), termId, batch.stream().map(s -> s[0]).toList());
            List<long[]> todo = batch.stream().filter(s -> !done.contains(s[0])).toList();
            long first = todo.isEmpty() ? 0 : InvoiceService.nextValues(w, "invoice:" + year + semester, todo.size());
            for (int i = 0; i < todo.size(); i++) {
                long[] s = todo.get(i);
                List<InvoiceLineInput> lines = new ArrayList<>(schedule.getOrDefault(s[1], List.of()));
                lines.addAll(schedule.getOrDefault(0L, List.of()));
                BigDecimal total = lines.stream().map(l -> Money.parse(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
                String number = "INV-" + year + semester + "-" + String.format("%07d", first + i);
                long id = invoices.insert(w, number, s[0], termId, termId, due, total, lines);
                w.changed("invoice", id, ChangeLog.CREATE, s[0]);
            }
            return new long[] {todo.size(), batch.size() - todo.size()};
        });
    }
}
