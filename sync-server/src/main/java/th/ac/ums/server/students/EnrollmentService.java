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
 * answer names the holds. The rules are here; the SQL is in {@link EnrollmentRepository} and
 * {@link HoldRepository}.
 */
public final class EnrollmentService {
    private final Writes writes;
    private final Clock clock;
    private final EnrollmentRepository enrollments = new EnrollmentRepository();
    private final HoldRepository holdRepository = new HoldRepository();

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
            String status = enrollments.lockStudentStatus(w.tx(), studentId)
                    .orElseThrow(() -> Refusal.notFound("The student"));
            if (!"ACTIVE".equals(status)) {
                throw Refusal.conflict("Only ACTIVE students can enrol; this student is " + status + ".");
            }
            List<String> holds = holdRepository.blockingRegistration(w.tx(), studentId);
            if (!holds.isEmpty()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "Registration hold", "The student has a hold that blocks "
                        + "registration: " + String.join("; ", holds) + ".", List.of(), Map.of("holds", holds));
            }
            var existing = enrollments.lock(w.tx(), studentId, sectionId);
            if (existing.isPresent() && "ENROLLED".equals(Rows.str(existing.get(), "status"))) {
                throw Refusal.conflict("The student is already enrolled in this section.");
            }
            takeSeat(w, sectionId);
            long id;
            if (existing.isPresent()) {
                id = Rows.lng(existing.get(), "id");
                enrollments.reenroll(w.tx(), id, clock.instant());
            } else {
                id = enrollments.insert(w.tx(), studentId, sectionId, clock.instant());
            }
            Object after = RecordStore.find(w.tx(), RegistrarLists.ENROLLMENTS, id).orElseThrow();
            w.audit(new AuditEntry(by.userId(), by.email(), "enrollment.created", "enrollment", String.valueOf(id),
                    ip, null, after));
            w.changed("enrollment", id, ChangeLog.CREATE, studentId);
            w.changed("section", sectionId, ChangeLog.UPDATE, null);
            return after;
        });
    }

    private void takeSeat(Writes.Work w, long sectionId) {
        if (!enrollments.takeSeat(w.tx(), sectionId)) {
            if (!enrollments.sectionExists(w.tx(), sectionId)) {
                throw Refusal.invalid("sectionId", "is not a section");
            }
            throw Refusal.conflict("The section is full.");
        }
    }

    public void drop(Caller by, String ip, long studentId, long enrollmentId) {
        writes.run(w -> {
            var row = enrollments.lockOfStudent(w.tx(), enrollmentId, studentId)
                    .orElseThrow(() -> Refusal.notFound("The enrolment"));
            if (!"ENROLLED".equals(Rows.str(row, "status"))) {
                throw Refusal.conflict("The enrolment was already dropped.");
            }
            long sectionId = Rows.lng(row, "section_id");
            Object before = RecordStore.find(w.tx(), RegistrarLists.ENROLLMENTS, enrollmentId).orElseThrow();
            enrollments.markDropped(w.tx(), enrollmentId, clock.instant());
            enrollments.freeSeat(w.tx(), sectionId);
            w.audit(new AuditEntry(by.userId(), by.email(), "enrollment.dropped", "enrollment",
                    String.valueOf(enrollmentId), ip, before,
                    RecordStore.find(w.tx(), RegistrarLists.ENROLLMENTS, enrollmentId).orElseThrow()));
            w.changed("enrollment", enrollmentId, ChangeLog.UPDATE, studentId);
            w.changed("section", sectionId, ChangeLog.UPDATE, null);
            return null;
        });
    }
}
