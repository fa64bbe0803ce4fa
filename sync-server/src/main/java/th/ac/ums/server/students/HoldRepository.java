package th.ac.ums.server.students;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for holds: placing, lifting, and the active holds that block registration. It holds no rules
 * and opens no transaction: each method runs on the transaction a service passes ({@code w.tx()}).
 */
public final class HoldRepository {

    /** Whether a student of this id exists. */
    public boolean studentExists(DbExecute tx, Long studentId) {
        return tx.get("SELECT 1 FROM students WHERE id = ?", studentId).isPresent();
    }

    /** Inserts a hold placed now; answers its id. */
    public long insert(DbExecute tx, Long studentId, String type, String blocks, String reason, long placedBy,
                       Instant now) {
        return tx.createInsert("INSERT INTO holds (student_id, type, blocks, reason, placed_by, placed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(studentId, type, blocks, reason,
                placedBy, Rows.utc(now)).returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /** Locks a hold: student_id, lifted_at. */
    public Optional<DbRow> lock(DbExecute tx, long holdId) {
        return tx.get("SELECT student_id, lifted_at FROM holds WHERE id = ? FOR UPDATE", holdId);
    }

    /** Lifts a hold now with a reason (a new version). */
    public void lift(DbExecute tx, long holdId, long liftedBy, String reason, Instant now) {
        tx.dml("UPDATE holds SET lifted_at = ?, lifted_by = ?, lift_reason = ?, version = version + 1 "
                + "WHERE id = ?", Rows.utc(now), liftedBy, reason, holdId);
    }

    /** The student's active holds that block registration, each as "type: reason". */
    public List<String> blockingRegistration(DbExecute tx, long studentId) {
        return tx.query("SELECT type, reason FROM holds WHERE student_id = ? AND active = TRUE "
                        + "AND FIND_IN_SET('REGISTRATION', blocks) > 0", studentId)
                .map(r -> Rows.str(r, "type") + ": " + Rows.str(r, "reason")).toList();
    }
}
