package th.ac.ums.server.students;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.Inputs.EnrollmentInput;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.registrar.RegistrarLists;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Enrolling a student in a section and dropping them. A seat is taken by one conditional update
 * ({@code enrolled_count < capacity}) under the section's row lock, so parallel enrolments never
 * overfill a section. A student with an active hold that blocks registration is refused, and the
 * answer names the holds.
 */
public final class EnrollmentService {
    private final Writes writes;
    private final Clock clock;

    public EnrollmentService(Writes writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Object enroll(Caller by, String ip, long studentId, EnrollmentInput in) {
        if (in.sectionId() == null) {
            throw Refusal.invalid("sectionId", "is required");
        }
        long sectionId = in.sectionId();
        return writes.run(w -> {
            String status = w.tx().get("SELECT status FROM students WHERE id = ? FOR UPDATE", studentId)
                    .map(r -> Rows.str(r, "status")).orElseThrow(() -> Refusal.notFound("The student"));
            if (!"ACTIVE".equals(status)) {
                throw Refusal.conflict("Only ACTIVE students can enrol; this student is " + status + ".");
            }
            List<String> holds = w.tx().query("SELECT type, reason FROM holds WHERE student_id = ? AND active = TRUE "
                    + "AND FIND_IN_SET('REGISTRATION', blocks) > 0", studentId)
                    .map(r -> Rows.str(r, "type") + ": " + Rows.str(r, "reason")).toList();
            if (!holds.isEmpty()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "Registration hold", "The student has a hold that blocks "
                        + "registration: " + String.join("; ", holds) + ".", List.of(), Map.of("holds", holds));
            }
            var existing = w.tx().get("SELECT id, status FROM enrollments WHERE student_id = ? AND section_id = ? "
                    + "FOR UPDATE", studentId, sectionId);
            if (existing.isPresent() && "ENROLLED".equals(Rows.str(existing.get(), "status"))) {
                throw Refusal.conflict("The student is already enrolled in this section.");
            }
            takeSeat(w, sectionId);
            long id;
            if (existing.isPresent()) {
                id = Rows.lng(existing.get(), "id");
                w.tx().dml("UPDATE enrollments SET status = 'ENROLLED', enrolled_at = ?, dropped_at = NULL, "
                        + "version = version + 1 WHERE id = ?", Rows.utc(clock.instant()), id);
            } else {
                id = w.tx().createInsert("INSERT INTO enrollments (student_id, section_id, status, enrolled_at) "
                        + "VALUES (?, ?, 'ENROLLED', ?)").params(studentId, sectionId, Rows.utc(clock.instant()))
                        .returnGeneratedKeys().insert().generatedKeys().findFirst()
                        .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
            }
            Object after = RecordStore.find(w.tx(), RegistrarLists.ENROLLMENTS, id).orElseThrow();
            w.audit(new AuditEntry(by.userId(), by.email(), "enrollment.created", "enrollment", String.valueOf(id),
                    ip, null, after));
            w.changed("enrollment", id, ChangeLog.CREATE, studentId);
            w.changed("section", sectionId, ChangeLog.UPDATE, null);
            return after;
        });
    }

    private static void takeSeat(Writes.Work w, long sectionId) {
        long n = w.tx().dml("UPDATE class_sections SET enrolled_count = enrolled_count + 1, version = version + 1 "
                + "WHERE id = ? AND enrolled_count < capacity", sectionId);
        if (n == 0) {
            if (w.tx().get("SELECT 1 FROM class_sections WHERE id = ?", sectionId).isEmpty()) {
                throw Refusal.invalid("sectionId", "is not a section");
            }
            throw Refusal.conflict("The section is full.");
        }
    }

    public void drop(Caller by, String ip, long studentId, long enrollmentId) {
        writes.run(w -> {
            var row = w.tx().get("SELECT section_id, status FROM enrollments WHERE id = ? AND student_id = ? FOR UPDATE",
                    enrollmentId, studentId).orElseThrow(() -> Refusal.notFound("The enrolment"));
            if (!"ENROLLED".equals(Rows.str(row, "status"))) {
                throw Refusal.conflict("The enrolment was already dropped.");
            }
            long sectionId = Rows.lng(row, "section_id");
            Object before = RecordStore.find(w.tx(), RegistrarLists.ENROLLMENTS, enrollmentId).orElseThrow();
            w.tx().dml("UPDATE enrollments SET status = 'DROPPED', dropped_at = ?, version = version + 1 WHERE id = ?",
                    Rows.utc(clock.instant()), enrollmentId);
            w.tx().dml("UPDATE class_sections SET enrolled_count = enrolled_count - 1, version = version + 1 "
                    + "WHERE id = ?", sectionId);
            w.audit(new AuditEntry(by.userId(), by.email(), "enrollment.dropped", "enrollment",
                    String.valueOf(enrollmentId), ip, before,
                    RecordStore.find(w.tx(), RegistrarLists.ENROLLMENTS, enrollmentId).orElseThrow()));
            w.changed("enrollment", enrollmentId, ChangeLog.UPDATE, studentId);
            w.changed("section", sectionId, ChangeLog.UPDATE, null);
            return null;
        });
    }
}
