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
}
