package th.ac.ums.server.students;

import java.time.Clock;
import java.util.LinkedHashSet;
import th.ac.ums.model.Inputs.HoldInput;
import th.ac.ums.model.Inputs.LiftInput;
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
 * Holds: placed with a type, the services they block and a reason; lifted with a reason. The rules
 * are here; the SQL is in {@link HoldRepository}.
 */
public final class HoldService {
    private final Writes writes;
    private final Clock clock;
    private final HoldRepository holds = new HoldRepository();

    public HoldService(Writes writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Object place(Caller by, String ip, HoldInput in) {
        Errors errors = Validators.hold(in);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        String blocks = String.join(",", new LinkedHashSet<>(in.blocks()));
        return writes.run(w -> {
            if (!holds.studentExists(w.tx(), in.studentId())) {
                throw Refusal.invalid("studentId", "is not a student");
            }
            long id = holds.insert(w.tx(), in.studentId(), in.type(), blocks, in.reason().trim(), by.userId(),
                    clock.instant());
            Object hold = RecordStore.find(w.tx(), HoldLists.HOLDS, id).orElseThrow();
            w.audit(new AuditEntry(by.userId(), by.email(), "hold.placed", "hold", String.valueOf(id), ip, null, hold));
            w.changed("hold", id, ChangeLog.CREATE, in.studentId());
            return hold;
        });
    }

    public Object lift(Caller by, String ip, long id, LiftInput in) {
        Errors errors = new Errors();
        Rules.name(errors, "reason", in.reason(), 500);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return writes.run(w -> {
            var row = holds.lock(w.tx(), id).orElseThrow(() -> Refusal.notFound("The hold"));
            if (row.column("lifted_at").asOptional().isPresent()) {
                throw Refusal.conflict("The hold was already lifted.");
            }
            Object before = RecordStore.find(w.tx(), HoldLists.HOLDS, id).orElseThrow();
            holds.lift(w.tx(), id, by.userId(), in.reason().trim(), clock.instant());
            Object after = RecordStore.find(w.tx(), HoldLists.HOLDS, id).orElseThrow();
            long studentId = Rows.lng(row, "student_id");
            w.audit(new AuditEntry(by.userId(), by.email(), "hold.lifted", "hold", String.valueOf(id), ip, before, after));
            w.changed("hold", id, ChangeLog.UPDATE, studentId);
            return after;
        });
    }
}
