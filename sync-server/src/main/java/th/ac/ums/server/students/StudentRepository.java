package th.ac.ums.server.students;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.NamedRef;
import th.ac.ums.model.Inputs.StudentInput;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.platform.ThaiOrder;
import th.ac.ums.server.registrar.RegistrarLists;

/**
 * SQL for students beyond their list's own shape: the parts of the Student 360, the balance, the
 * national ID, a program's faculty, and the import's look-ups and inserts. It holds no rules and
 * opens no transaction: each method runs on the executor or transaction a service passes.
 */
public final class StudentRepository {

    /** What a student's invoices add up to (void invoices excluded), as the database sums them. */
    public record BalanceRow(java.math.BigDecimal invoiced, java.math.BigDecimal paid,
                             java.math.BigDecimal outstanding, java.math.BigDecimal overdue) {
    }

    /** A program's id and faculty, by its code. */
    public record ProgramRef(long id, long facultyId) {
    }

    /** Whether a student of this id exists. */
    public boolean exists(DbExecute exec, long id) {
        return exec.get("SELECT 1 FROM students WHERE id = ?", id).isPresent();
    }

    /** The student's stored national ID (present row, possibly null value); empty when no such student. */
    public Optional<Optional<String>> nationalId(DbExecute exec, long id) {
        return exec.get("SELECT national_id FROM students WHERE id = ?", id)
                .map(r -> Optional.ofNullable(Rows.str(r, "national_id")));
    }

    /** A program's code and names. */
    public Optional<NamedRef> program(DbExecute exec, long programId) {
        return exec.get("SELECT id, code, name_th, name_en FROM programs WHERE id = ?", programId)
                .map(StudentRepository::namedRef);
    }

    /** A faculty's code and names. */
    public Optional<NamedRef> faculty(DbExecute exec, long facultyId) {
        return exec.get("SELECT id, code, name_th, name_en FROM faculties WHERE id = ?", facultyId)
                .map(StudentRepository::namedRef);
    }

    /** The faculty a program belongs to. */
    public Optional<Long> facultyOfProgram(DbExecute exec, long programId) {
        return exec.get("SELECT faculty_id FROM programs WHERE id = ?", programId).map(r -> Rows.lng(r, "faculty_id"));
    }

    /** The student's active holds, newest first. */
    public List<HoldDto> activeHolds(DbExecute exec, long studentId) {
        return list(exec, "SELECT " + HoldLists.COLUMNS + " FROM holds h FORCE INDEX "
                + "(ix_holds_student_active) " + HoldLists.JOINS + " WHERE h.student_id = ? "
                + "AND h.active = TRUE ORDER BY h.placed_at DESC", HoldLists::hold, studentId);
    }

    /** The student's enrolments in one term, by course code. */
    public List<EnrollmentDto> enrollments(DbExecute exec, long studentId, long termId) {
        return list(exec, "SELECT "
                + RegistrarLists.ENROLLMENT_COLUMNS + " FROM enrollments e JOIN class_sections sec ON sec.id = "
                + "e.section_id JOIN courses c ON c.id = sec.course_id JOIN academic_terms t ON t.id = "
                + "sec.academic_term_id WHERE e.student_id = ? AND sec.academic_term_id = ? AND e.status = "
                + "'ENROLLED' ORDER BY c.code", RegistrarLists::enrollment, studentId, termId);
    }

    /** The term whose registration opened most recently on or before this day. */
    public Optional<Long> currentTerm(DbExecute exec, LocalDate today) {
        return exec.get("SELECT id FROM academic_terms WHERE registration_opens <= ? ORDER BY starts_on DESC LIMIT 1",
                today).map(r -> Rows.lng(r, "id"));
    }

    /** Invoiced, paid, outstanding and overdue (due before {@code today}) sums of a student's invoices. */
    public BalanceRow balance(DbExecute exec, long studentId, LocalDate today) {
        DbRow r = exec.get("SELECT COALESCE(SUM(total), 0) AS invoiced, COALESCE(SUM(paid), 0) AS paid, "
                + "COALESCE(SUM(GREATEST(total - paid, 0)), 0) AS outstanding, "
                + "COALESCE(SUM(CASE WHEN due_date < ? THEN GREATEST(total - paid, 0) ELSE 0 END), 0) AS overdue "
                + "FROM invoices FORCE INDEX (ix_invoices_student_issued) WHERE student_id = ? AND status <> 'VOID'",
                today, studentId).orElseThrow();
        return new BalanceRow(Rows.decimal(r, "invoiced"), Rows.decimal(r, "paid"), Rows.decimal(r, "outstanding"),
                Rows.decimal(r, "overdue"));
    }

    /** Of these values of a unique column ({@code email}, {@code student_code}, {@code national_id}), those taken. */
    public List<String> taken(DbExecute exec, String column, List<String> values) {
        if (!List.of("email", "student_code", "national_id").contains(column)) {
            throw new IllegalArgumentException("not a unique student column: " + column);
        }
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 500) {
            List<String> chunk = values.subList(i, Math.min(values.size(), i + 500));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (var rows = exec.query("SELECT " + column + " AS v FROM students WHERE " + column + " IN (" + in
                    + ")", chunk.toArray())) {
                rows.forEach(r -> taken.add(Rows.str(r, "v")));
            }
        }
        return taken;
    }

    /** Every program by its upper-case code. */
    public Map<String, ProgramRef> programsByCode(DbExecute exec) {
        try (var rows = exec.query("SELECT id, faculty_id, code FROM programs")) {
            Map<String, ProgramRef> map = new HashMap<>();
            rows.forEach(r -> map.put(Rows.str(r, "code").toUpperCase(Locale.ROOT),
                    new ProgramRef(Rows.lng(r, "id"), Rows.lng(r, "faculty_id"))));
            return map;
        }
    }

    /** Inserts an imported student (names already in their normal form); answers the new id. */
    public long insert(DbExecute tx, String code, String email, StudentInput in, ProgramRef program, Instant now) {
        return tx.createInsert("INSERT INTO students (student_code, first_name_th, last_name_th, "
                        + "first_name_th_key, last_name_th_key, first_name_en, last_name_en, email, phone, program_id, "
                        + "faculty_id, status, admitted_at, created_at, updated_at, title, birth_date, national_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, in.firstNameTh(), in.lastNameTh(), ThaiOrder.key(in.firstNameTh()),
                        ThaiOrder.key(in.lastNameTh()), in.firstNameEn(), in.lastNameEn(), email,
                        in.phone(), program.id(), program.facultyId(), in.status(), in.admittedAt(),
                        Rows.utc(now), Rows.utc(now), in.title(), in.birthDate(), in.nationalId())
                .returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(x -> ((Number) x.column(1).get()).longValue()).orElseThrow();
    }

    private static NamedRef namedRef(DbRow r) {
        return new NamedRef(Rows.lng(r, "id"), Rows.str(r, "code"), Rows.str(r, "name_th"), Rows.str(r, "name_en"));
    }

    private static <T> List<T> list(DbExecute exec, String sql, Function<DbRow, T> mapper, Object... params) {
        try (Stream<DbRow> rows = exec.query(sql, params)) {
            return rows.map(mapper).toList();
        }
    }
}
