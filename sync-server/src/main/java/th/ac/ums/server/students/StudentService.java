package th.ac.ums.server.students;

import io.helidon.dbclient.DbExecute;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import th.ac.ums.server.platform.ThaiOrder;
import th.ac.ums.server.registrar.Columns;
import th.ac.ums.server.records.RecordStore;

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
    private final StudentRepository repository = new StudentRepository();

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
            String nationalId = repository.nationalId(tx, id).orElseThrow(() -> Refusal.notFound("The student"))
                    .orElse(null);
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
            NamedRef program = repository.program(exec, s.programId()).orElseThrow();
            NamedRef faculty = repository.faculty(exec, s.facultyId()).orElseThrow();
            List<HoldDto> holds = repository.activeHolds(exec, id);
            List<EnrollmentDto> enrollments = repository.currentTerm(exec, today())
                    .map(term -> repository.enrollments(exec, id, term)).orElse(List.of());
            return new StudentDetail(s.id(), s.version(), s.studentCode(), s.firstNameTh(), s.lastNameTh(),
                    s.firstNameEn(), s.lastNameEn(), s.email(), s.phone(), s.programId(), s.status(), s.admittedAt(),
                    s.createdAt(), s.updatedAt(), program, faculty, holds, balance(exec, id), enrollments, s.title(),
                    s.birthDate(), s.nationalId());
        });
    }

    /** Invoiced, paid, outstanding and overdue amounts of a student (void invoices excluded). */
    private Balance balance(DbExecute exec, long studentId) {
        StudentRepository.BalanceRow r = repository.balance(exec, studentId, today());
        return new Balance(money(r.invoiced()), money(r.paid()), money(r.outstanding()), money(r.overdue()));
    }

    public Balance balance(long studentId) {
        return db.read(exec -> {
            if (!repository.exists(exec, studentId)) {
                throw Refusal.notFound("The student");
            }
            return balance(exec, studentId);
        });
    }

    /** Today as the current term and overdue amounts count it (UTC, as before). */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String money(BigDecimal d) {
        return Money.format(d.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public StudentDto create(Caller by, String ip, StudentInput in) {
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

    public StudentDto update(Caller by, String ip, long id, long version, StudentInput in) {
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
        return db.read(exec -> repository.facultyOfProgram(exec, programId)
                .orElseThrow(() -> Refusal.invalid("programId", "is not a program")));
    }
}
