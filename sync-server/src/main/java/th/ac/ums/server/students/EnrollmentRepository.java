package th.ac.ums.server.students;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.Optional;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for enrolments and the seats of class sections. It holds no rules and opens no transaction:
 * each method runs on the transaction {@link EnrollmentService} passes ({@code w.tx()}) and
 * answers rows, ids or counts.
 */
public final class EnrollmentRepository {

    /** Locks a student and answers their status. */
    public Optional<String> lockStudentStatus(DbExecute tx, long studentId) {
        return tx.get("SELECT status FROM students WHERE id = ? FOR UPDATE", studentId)
                .map(r -> Rows.str(r, "status"));
    }

    /** Locks the student's enrolment in a section, if there ever was one: id, status. */
    public Optional<DbRow> lock(DbExecute tx, long studentId, long sectionId) {
        return tx.get("SELECT id, status FROM enrollments WHERE student_id = ? AND section_id = ? "
                + "FOR UPDATE", studentId, sectionId);
    }

    /** Locks one of the student's enrolments: section_id, status. */
    public Optional<DbRow> lockOfStudent(DbExecute tx, long enrollmentId, long studentId) {
        return tx.get("SELECT section_id, status FROM enrollments WHERE id = ? AND student_id = ? FOR UPDATE",
                enrollmentId, studentId);
    }

    /** Inserts an ENROLLED enrolment; answers its id. */
    public long insert(DbExecute tx, long studentId, long sectionId, Instant now) {
        return tx.createInsert("INSERT INTO enrollments (student_id, section_id, status, enrolled_at) "
                        + "VALUES (?, ?, 'ENROLLED', ?)").params(studentId, sectionId, Rows.utc(now))
                .returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /** Enrols again on a dropped enrolment (a new version). */
    public void reenroll(DbExecute tx, long enrollmentId, Instant now) {
        tx.dml("UPDATE enrollments SET status = 'ENROLLED', enrolled_at = ?, dropped_at = NULL, "
                + "version = version + 1 WHERE id = ?", Rows.utc(now), enrollmentId);
    }

    /** Drops an enrolment (a new version). */
    public void markDropped(DbExecute tx, long enrollmentId, Instant now) {
        tx.dml("UPDATE enrollments SET status = 'DROPPED', dropped_at = ?, version = version + 1 WHERE id = ?",
                Rows.utc(now), enrollmentId);
    }

    /** Takes a seat of a section if one is free (one conditional update); answers whether it did. */
    public boolean takeSeat(DbExecute tx, long sectionId) {
        return tx.dml("UPDATE class_sections SET enrolled_count = enrolled_count + 1, version = version + 1 "
                + "WHERE id = ? AND enrolled_count < capacity", sectionId) != 0;
    }

    /** Gives a seat of a section back. */
    public void freeSeat(DbExecute tx, long sectionId) {
        tx.dml("UPDATE class_sections SET enrolled_count = enrolled_count - 1, version = version + 1 "
                + "WHERE id = ?", sectionId);
    }

    /** Whether a section of this id exists. */
    public boolean sectionExists(DbExecute tx, long sectionId) {
        return tx.get("SELECT 1 FROM class_sections WHERE id = ?", sectionId).isPresent();
    }
}
