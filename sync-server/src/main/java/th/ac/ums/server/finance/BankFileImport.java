package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Money;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Sequences;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Bank-file reconciliation: a bank's bill-payment file is read by the bank's layout, every line is
 * matched ({@link BankMatching}) and, unless it is a dry run, recorded exactly once per bank
 * transaction id: a matched line as a payment by the rules of {@link PaymentService#record}, anything
 * else as an unmatched line with its reason, in transactions of {@value #BATCH} lines, each recorded
 * set-based by {@link BankRecorder} (a statement per step for the whole batch); the batches of one
 * bank run one at a time (each takes the bank's row of {@code code_sequences} first), so two uploads
 * of overlapping files wait for each other instead of deadlocking on the same keys. A file with any
 * unreadable line writes nothing (400 with the lines); a dry run writes nothing at all.
 */
public final class BankFileImport {
    static final int BATCH = 500;
    static final String METHOD = "TRANSFER";

    private final Db db;
    private final Writes writes;
    private final PaymentService payments;
    private final BankLayouts layouts;
    private final Clock clock;
    private final BankLineRepository repository = new BankLineRepository();

    public BankFileImport(Db db, Writes writes, PaymentService payments, BankLayouts layouts, Clock clock) {
        this.db = db;
        this.writes = writes;
        this.payments = payments;
        this.layouts = layouts;
        this.clock = clock;
    }

    /** The answer of an upload; the buckets' amounts add up to {@code total}. */
    public record Report(boolean dryRun, String bank, String encoding, Long fileId, int lines, String total,
                         BankTally.Bucket matched, BankTally.Bucket alreadyRecorded, BankTally.Bucket unmatched,
                         Map<String, BankTally.Bucket> unmatchedByReason, List<FieldError> errors) {
    }

    public Report run(Caller by, String ip, String bank, byte[] body, boolean dryRun) {
        BankLayouts.Layout layout = layouts.of(bank == null ? "" : bank.trim()).orElseThrow(() -> Refusal.invalid("bank",
                "must be one of " + layouts.codes()));
        BankFile file = BankFile.read(layout, body, clock.instant());
        if (!dryRun && !file.errors().isEmpty()) {
            throw Refusal.invalid(file.errors());
        }
        BankMatching matching = db.read(exec -> matching(exec, file.lines()));
        BankTally tally = dryRun ? dryRun(layout.code(), file, matching) : commit(by, ip, layout.code(), file, matching);
        return new Report(dryRun, layout.code(), file.encoding(), tally.fileId(), file.lines().size()
                + file.errors().stream().map(e -> e.field().substring(0, e.field().indexOf('.'))).distinct()
                .mapToInt(x -> 1).sum(), Money.format(tally.total()), tally.matched(), tally.alreadyRecorded(),
                tally.unmatched(), tally.byReason(), file.errors());
    }

    private BankMatching matching(io.helidon.dbclient.DbExecute exec, List<BankFile.Line> lines) {
        List<String> numbers = lines.stream().map(l -> BankMatching.invoiceNumber(l.ref2()).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        Map<String, BankLineRepository.Invoice> byNumber = repository.byNumber(exec, numbers);
        Map<Long, BankLineRepository.Invoice> byId = new HashMap<>();
        byNumber.values().forEach(i -> byId.put(i.id, i));
        // Ref1 is only read for lines whose Ref2 names no invoice (BankMatching.decide): only their students
        List<String> codes = lines.stream().filter(l -> BankMatching.invoiceNumber(l.ref2()).map(byNumber::get)
                .isEmpty()).map(BankFile.Line::ref1).filter(java.util.Objects::nonNull)
                .filter(c -> c.matches("^[0-9]{8}$")).toList();
        Map<String, List<BankLineRepository.Invoice>> open = new HashMap<>();
        repository.openByStudent(exec, codes).forEach((code, list) -> open.put(code, list.stream()
                .map(i -> byId.computeIfAbsent(i.id, k -> i)).toList()));
        return new BankMatching(byNumber, open);
    }

    private Set<String> recorded(String bank, BankFile file) {
        return new HashSet<>(db.read(exec -> repository.recorded(exec, bank,
                file.lines().stream().map(BankFile.Line::txnId).toList())));
    }

    private BankTally dryRun(String bank, BankFile file, BankMatching matching) {
        Set<String> seen = recorded(bank, file);
        BankTally tally = new BankTally(null);
        for (BankFile.Line l : file.lines()) {
            if (!seen.add(l.txnId())) {
                tally.alreadyRecorded(l.amount());
            } else {
                tally.decided(l.amount(), matching.decide(l));
            }
        }
        return tally;
    }

    /**
     * Lines recorded before (or earlier in the file) are not matched again, so they do not count as
     * paid twice in the snapshot; the claim in the transaction still decides for concurrent uploads.
     */
    private BankTally commit(Caller by, String ip, String bank, BankFile file, BankMatching matching) {
        BigDecimal total = file.lines().stream().map(BankFile.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<String> seen = recorded(bank, file);
        long fileId = writes.run(w -> {
            long id = repository.insertFile(w.tx(), bank, file.lines().size(), total, by.userId(), clock.instant());
            w.changed("bank-file", id, ChangeLog.CREATE, null);
            return id;
        });
        BankTally tally = new BankTally(fileId);
        List<BankFile.Line> fresh = new ArrayList<>();
        for (BankFile.Line l : file.lines()) {
            if (seen.add(l.txnId())) {
                fresh.add(l);
            } else {
                tally.alreadyRecorded(l.amount());
            }
        }
        for (int i = 0; i < fresh.size(); i += BATCH) {
            List<BankFile.Line> part = fresh.subList(i, Math.min(fresh.size(), i + BATCH));
            List<BankMatching.Decision> decisions = part.stream().map(matching::decide).toList();
            List<BankRecorder.Counted> counted = writes.run(w -> {
                // one batch of a bank at a time: concurrent claims of the same keys deadlock in InnoDB
                Sequences.reserve(w.tx(), "bank-file-batch:" + bank, 1);
                List<BankRecorder.Counted> out = new BankRecorder(w, payments, repository, by, ip, bank, fileId, clock)
                        .record(part, decisions);
                w.changed("bank-file", fileId, ChangeLog.UPDATE, null);   // its lines: bank-line lists count again
                return out;
            });
            counted.forEach(c -> tally.add(c.outcome(), c.reason(), c.amount()));
        }
        List<BankFile.Line> lines = file.lines();
        writes.run(w -> {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("fileId", fileId);
            summary.put("bank", bank);
            summary.put("lines", lines.size());
            summary.put("total", Money.format(total));
            summary.put("matched", tally.matched());
            summary.put("alreadyRecorded", tally.alreadyRecorded());
            summary.put("unmatched", tally.unmatched());
            w.audit(new AuditEntry(by.userId(), by.email(), "bank-file.uploaded", "bank-file", String.valueOf(fileId),
                    ip, null, summary));
            return null;
        });
        return tally;
    }
}
