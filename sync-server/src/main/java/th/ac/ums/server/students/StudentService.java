package th.ac.ums.server.students;

import static th.ac.ums.server.platform.Rows.decimal;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.ac.ums.model.Dtos.Balance;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.NamedRef;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Inputs.StudentInput;
import th.ac.ums.model.Money;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.cache.Keys;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.platform.ThaiOrder;
import th.ac.ums.server.registrar.Columns;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.registrar.RegistrarLists;

/**
 * Students: the Student 360 (student, program, faculty, active holds, balance, current
 * enrolments in one answer, cached), balances, creating and editing under If-Match.
 */
public final class StudentService {
    private final Db db;
    private final RecordStore store;
    private final ReadCache cache;
    private final Clock clock;
    private final th.ac.ums.server.audit.AuditLog audit;

    public StudentService(Db db, RecordStore store, ReadCache cache, Clock clock) {
        this.db = db;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
        this.audit = new th.ac.ums.server.audit.AuditLog(clock);
    }

    /** The whole national ID of a student, audited as {@code student.national-id-viewed}. */
    public java.util.Map<String, Object> revealNationalId(Caller by, String ip, long id) {
        return db.write(tx -> {
            var row = tx.get("SELECT national_id FROM students WHERE id = ?", id)
                    .orElseThrow(() -> Refusal.notFound("The student"));
            String nationalId = Rows.str(row, "national_id");
            audit.record(tx, new th.ac.ums.server.audit.AuditEntry(by.userId(), by.email(),
                    "student.national-id-viewed", "student", String.valueOf(id), ip, null,
                    java.util.Map.of("recorded", nationalId != null)));
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("studentId", id);
            out.put("nationalId", nationalId);
            return out;
        });
    }

    /** The Student 360 as JSON bytes (read through the cache). */
    public byte[] detail(long id) {
        return cache.get("student360", Keys.student360(id), () -> load(id));
    }

    StudentDetail load(long id) {
        return db.read(exec -> {
            StudentDto s = RecordStore.find(exec, StudentLists.STUDENTS, id)
                    .orElseThrow(() -> Refusal.notFound("The student"));
            NamedRef program = exec.get("SELECT id, code, name_th, name_en FROM programs WHERE id = ?", s.programId()).map(r -> new NamedRef(Rows.lng(r, "id"), Rows.str(r, "code"),
                    Rows.str(r, "name_th"), Rows.str(r, "name_en"))).orElseThrow();
            NamedRef faculty = exec.get("SELECT id, code, name_th, name_en FROM faculties WHERE id = ?", s.facultyId())
                    .map(r -> new NamedRef(Rows.lng(r, "id"), Rows.str(r, "code"), Rows.str(r, "name_th"),
                            Rows.str(r, "name_en"))).orElseThrow();
            List<HoldDto> holds = list(exec, "SELECT " + HoldLists.COLUMNS + " FROM holds h FORCE INDEX "
                    + "(ix_holds_student_active) " + HoldLists.JOINS + " WHERE h.student_id = ? "
                    + "AND h.active = TRUE ORDER BY h.placed_at DESC", HoldLists::hold, id);
            List<EnrollmentDto> enrollments = currentTerm(exec).map(term -> list(exec, "SELECT "
                    + RegistrarLists.ENROLLMENT_COLUMNS + " FROM enrollments e JOIN class_sections sec ON sec.id = "
                    + "e.section_id JOIN courses c ON c.id = sec.course_id JOIN academic_terms t ON t.id = "
                    + "sec.academic_term_id WHERE e.student_id = ? AND sec.academic_term_id = ? AND e.status = "
                    + "'ENROLLED' ORDER BY c.code", RegistrarLists::enrollment, id, term)).orElse(List.of());
            return new StudentDetail(s.id(), s.version(), s.studentCode(), s.firstNameTh(), s.lastNameTh(),
                    s.firstNameEn(), s.lastNameEn(), s.email(), s.phone(), s.programId(), s.status(), s.admittedAt(),
                    s.createdAt(), s.updatedAt(), program, faculty, holds, balance(exec, id), enrollments, s.title(),
                    s.birthDate(), s.nationalId());
        });
    }

    static <T> List<T> list(DbExecute exec, String sql, java.util.function.Function<DbRow, T> mapper,
                            Object... params) {
        try (Stream<DbRow> rows = exec.query(sql, params)) {
            return rows.map(mapper).toList();
        }
    }

    /** The term whose registration has opened most recently (the one staff work in now). */
    public Optional<Long> currentTerm(DbExecute exec) {
        return exec.get("SELECT id FROM academic_terms WHERE registration_opens <= ? ORDER BY starts_on DESC LIMIT 1",
                LocalDate.now(clock.withZone(ZoneOffset.UTC))).map(r -> Rows.lng(r, "id"));
    }

    /** Invoiced, paid, outstanding and overdue amounts of a student (void invoices excluded). */
    public Balance balance(DbExecute exec, long studentId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DbRow r = exec.get("SELECT COALESCE(SUM(total), 0) AS invoiced, COALESCE(SUM(paid), 0) AS paid, "
                + "COALESCE(SUM(GREATEST(total - paid, 0)), 0) AS outstanding, "
                + "COALESCE(SUM(CASE WHEN due_date < ? THEN GREATEST(total - paid, 0) ELSE 0 END), 0) AS overdue "
                + "FROM invoices FORCE INDEX (ix_invoices_student_issued) WHERE student_id = ? AND status <> 'VOID'",
                today, studentId).orElseThrow();
        return new Balance(money(decimal(r, "invoiced")), money(decimal(r, "paid")), money(decimal(r, "outstanding")),
                money(decimal(r, "overdue")));
    }

    public Balance balance(long studentId) {
        return db.read(exec -> {
            if (exec.get("SELECT 1 FROM students WHERE id = ?", studentId).isEmpty()) {
                throw Refusal.notFound("The student");
            }
            return balance(exec, studentId);
        });
    }

    private static String money(BigDecimal d) {
        return Money.format(d.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public Object create(Caller by, String ip, StudentInput in) {
        Errors errors = Validators.student(in, true, java.time.LocalDate.now(clock.withZone(th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE)));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        long facultyId = facultyOf(in.programId());
        String code = in.studentCode() != null ? in.studentCode()
                : db.write(tx -> StudentCodes.allocate(tx, in.admittedAt().getYear() + 543));
        Columns c = columns(in).put("student_code", code).put("faculty_id", facultyId);
        return store.create(by, ip, StudentLists.STUDENTS, "student", c.map(), null);
    }

    public Object update(Caller by, String ip, long id, long version, StudentInput in) {
        Errors errors = Validators.student(in, false, java.time.LocalDate.now(clock.withZone(th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE)));
        if (in.studentCode() != null) {
            errors.add("studentCode", "cannot be changed; a student keeps the code they were admitted with");
        }
        Columns c = columns(in);
        if (c.isEmpty() && errors.isEmpty()) {
            errors.add("body", "names no field to change");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        if (in.programId() != null) {
            c.put("faculty_id", facultyOf(in.programId()));
        }
        return store.update(by, ip, StudentLists.STUDENTS, "student", id, version, c.map(), id);
    }

    private static Columns columns(StudentInput in) {
        return new Columns().put("first_name_th", in.firstNameTh()).put("last_name_th", in.lastNameTh())
                .put("first_name_th_key", in.firstNameTh() == null ? null : ThaiOrder.key(in.firstNameTh().trim()))
                .put("last_name_th_key", in.lastNameTh() == null ? null : ThaiOrder.key(in.lastNameTh().trim()))
                .put("first_name_en", in.firstNameEn()).put("last_name_en", in.lastNameEn())
                .put("email", th.ac.ums.model.validation.EmailAddress.canonical(in.email()))
                .put("phone", in.phone()).put("program_id", in.programId()).put("status", in.status())
                .put("admitted_at", in.admittedAt()).put("title", in.title()).put("birth_date", in.birthDate())
                .put("national_id", in.nationalId());
    }

    private long facultyOf(long programId) {
        return db.read(exec -> exec.get("SELECT faculty_id FROM programs WHERE id = ?", programId)
                .map(r -> Rows.lng(r, "faculty_id"))
                .orElseThrow(() -> Refusal.invalid("programId", "is not a program")));
    }
}
