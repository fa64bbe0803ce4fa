package th.ac.ums.server.sync;

import io.helidon.dbclient.DbExecute;
import java.time.Clock;
import th.ac.ums.server.platform.Rows;

/**
 * Appends to the change log inside the writing transaction; /changes and /events are fed
 * from it, so every committed write is announced and nothing uncommitted ever is.
 */
public final class ChangeLog {
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";

    private final Clock clock;

    public ChangeLog(Clock clock) {
        this.clock = clock;
    }

    public ChangeEvent append(DbExecute exec, String entity, Object id, String op) {
        return append(exec, entity, id, op, null);
    }

    public ChangeEvent append(DbExecute exec, String entity, Object id, String op, Long studentId) {
        long seq = exec.createInsert("INSERT INTO change_log (entity, entity_id, op, at) VALUES (?, ?, ?, ?)")
                .params(entity, String.valueOf(id), op, Rows.utc(clock.instant()))
                .returnGeneratedKeys()
                .insert()
                .generatedKeys()
                .findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue())
                .orElseThrow();
        return new ChangeEvent(seq, entity, String.valueOf(id), op, studentId);
    }

    /** One change of a batch: what {@link #append} takes. */
    public record Change(String entity, Object id, String op, Long studentId) {
    }

    /**
     * Appends many changes with one multi-row insert, in the given order (their sequence numbers
     * follow it), as if each were appended by {@link #append}.
     */
    public java.util.List<ChangeEvent> appendAll(DbExecute exec, java.util.List<Change> changes) {
        if (changes.isEmpty()) {
            return java.util.List.of();
        }
        Object at = Rows.utc(clock.instant());
        java.util.List<Object> params = new java.util.ArrayList<>(changes.size() * 4);
        for (Change c : changes) {
            params.add(c.entity());
            params.add(String.valueOf(c.id()));
            params.add(c.op());
            params.add(at);
        }
        java.util.List<Long> seqs = th.ac.ums.server.platform.MultiRow.insert(exec, "INSERT INTO change_log (entity, "
                + "entity_id, op, at) VALUES " + th.ac.ums.server.platform.MultiRow.values(changes.size(), 4), params,
                changes.size());
        java.util.List<ChangeEvent> out = new java.util.ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            out.add(new ChangeEvent(seqs.get(i), c.entity(), String.valueOf(c.id()), c.op(), c.studentId()));
        }
        return out;
    }
}
