package th.ac.ums.server.admissions;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import th.ac.ums.model.Inputs;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.platform.ThaiOrder;

/**
 * SQL for applicants, applications and the student an admission creates. It holds no rules and
 * opens no transaction: each method runs on the transaction {@link AdmissionService} passes
 * ({@code w.tx()}) and answers rows or ids.
 */
public final class AdmissionRepository {

    /** The id of the applicant with this (canonical) e-mail. */
    public Optional<Long> applicantByEmail(DbExecute tx, String email) {
        return tx.get("SELECT id FROM applicants WHERE email = ?", email).map(r -> Rows.lng(r, "id"));
    }

    /** Inserts the applicant of an application under {@code email}; answers its id. */
    public long insertApplicant(DbExecute tx, Inputs.ApplicationInput in, String email, Instant now) {
        return tx.createInsert("INSERT INTO applicants (first_name_th, last_name_th, "
                + "first_name_en, last_name_en, email, phone, birth_date, created_at, updated_at) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?)").params(in.firstNameTh(), in.lastNameTh(), in.firstNameEn(),
                in.lastNameEn(), email, in.phone(), in.birthDate(), Rows.utc(now),
                Rows.utc(now)).returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /** Inserts a SUBMITTED application (a duplicate key when the applicant already applied); answers its id. */
    public long insertApplication(DbExecute tx, long applicantId, Long programId, Long termId, Instant now) {
        return tx.createInsert("INSERT INTO applications (applicant_id, program_id, academic_term_id, "
                + "status, created_at, updated_at) VALUES (?, ?, ?, 'SUBMITTED', ?, ?)").params(applicantId,
                programId, termId, Rows.utc(now), Rows.utc(now))
                .returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }

    /** Locks the applications of {@code ids} in id order: id, status each (missing ones are absent). */
    public List<DbRow> lock(DbExecute tx, List<Long> ids) {
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (var rows = tx.query("SELECT id, status FROM applications WHERE id IN (" + in + ") ORDER BY id FOR UPDATE",
                ids.toArray())) {
            return rows.toList();
        }
    }

    /**
     * Records a decision: the new status, the note (none keeps the one there), who decided and when,
     * and the admitted student if any (none keeps the one there); a new version.
     */
    public void decide(DbExecute tx, long id, String status, String note, long decidedBy, Long studentId,
                       Instant now) {
        tx.dml("UPDATE applications SET status = ?, decision_note = COALESCE(?, decision_note), decided_at = ?, "
                        + "decided_by = ?, student_id = COALESCE(?, student_id), version = version + 1, updated_at = ? "
                        + "WHERE id = ?", status, note,
                Rows.utc(now), decidedBy, studentId, Rows.utc(now), id);
    }

    /**
     * What an admission copies into the student: the applicant's names and phone, the program and its
     * faculty, the term's academic year and start.
     */
    public DbRow admission(DbExecute tx, long applicationId) {
        return tx.get("SELECT ap.first_name_th, ap.last_name_th, ap.first_name_en, ap.last_name_en, ap.phone, "
                + "pg.id AS program_id, pg.faculty_id, t.academic_year, t.starts_on FROM applications a "
                + "JOIN applicants ap ON ap.id = a.applicant_id JOIN programs pg ON pg.id = a.program_id "
                + "JOIN academic_terms t ON t.id = a.academic_term_id WHERE a.id = ?", applicationId).orElseThrow();
    }

    /** Inserts the ACTIVE student of an admission ({@code a}: {@link #admission}); answers its id. */
    public long insertStudent(DbExecute tx, DbRow a, String code, String email, LocalDate admittedOn, Instant now) {
        return tx.createInsert("INSERT INTO students (student_code, first_name_th, last_name_th, "
                + "first_name_th_key, last_name_th_key, first_name_en, last_name_en, email, phone, program_id, faculty_id, "
                + "status, admitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)")
                .params(code, Rows.str(a, "first_name_th"), Rows.str(a, "last_name_th"),
                ThaiOrder.key(Rows.str(a, "first_name_th")),
                ThaiOrder.key(Rows.str(a, "last_name_th")), Rows.str(a, "first_name_en"), Rows.str(a, "last_name_en"),
                email, Rows.str(a, "phone"), Rows.lng(a, "program_id"), Rows.lng(a, "faculty_id"),
                admittedOn, Rows.utc(now), Rows.utc(now)).returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
    }
}
