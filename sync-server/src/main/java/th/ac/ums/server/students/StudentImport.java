package th.ac.ums.server.students;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Inputs.StudentInput;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.model.validation.TextForm;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Student CSV import: the file is checked whole (every row with the shared student rules, the
 * program codes, duplicates within the file and against the database) and every problem is
 * reported by row number. A dry run stops there; a commit writes all rows in one transaction
 * or none, allocates student codes for rows without one, and is audited.
 */
public final class StudentImport {
    public static final int MAX_ROWS = 100_000;
    static final List<String> REQUIRED = List.of("firstNameTh", "lastNameTh", "firstNameEn", "lastNameEn",
            "programCode", "admittedAt");

    private final Db db;
    private final Writes writes;
    private final Clock clock;
    private final StudentRepository repository = new StudentRepository();

    public StudentImport(Db db, Writes writes, Clock clock) {
        this.db = db;
        this.writes = writes;
        this.clock = clock;
    }

    /** The answer of an import: counts, every problem by row, and how many students were created. */
    public record Report(boolean dryRun, String encoding, int rows, int valid, List<FieldError> errors, int created) {
    }

    private record Row(int number, StudentInput input, String programCode) {
    }

    public Report run(Caller by, String ip, byte[] body, boolean dryRun) {
        TextFiles.Decoded file = TextFiles.decode(body);
        List<Row> rows = parse(file.text());
        Map<String, StudentRepository.ProgramRef> programs = programs();
        List<FieldError> errors = check(rows, programs);
        int valid = (int) rows.stream().filter(r -> errors.stream().noneMatch(e -> e.field().startsWith(
                "row[" + r.number() + "]"))).count();
        if (dryRun) {
            return new Report(true, file.encoding(), rows.size(), valid, errors, 0);
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        int created = commit(by, ip, rows, programs);
        return new Report(false, file.encoding(), rows.size(), valid, List.of(), created);
    }

    private static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        CsvFiles.read(text, header -> {
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw Refusal.invalid("file", "lacks the columns " + missing + "; expected " + REQUIRED
                        + " and optionally email, phone, status, studentCode, title, birthDate, nationalId");
            }
            columns.addAll(header);
        }, rec -> {
            if (rows.size() >= MAX_ROWS) {
                throw Refusal.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
            }
            rows.add(row(rec, columns));
        });
        if (rows.isEmpty()) {
            throw Refusal.invalid("file", "has no rows");
        }
        return rows;
    }

    private static Row row(CsvFiles.Row rec, Set<String> header) {
        int number = rec.number();
        Map<String, String> v = new HashMap<>();
        for (String h : header) {
            String cell = rec.cell(h).orElse(null);
            v.put(h, cell == null || cell.isBlank() ? null : TextForm.normalize(cell.strip()));
        }
        StudentInput in = new StudentInput(v.get("studentCode"), v.get("firstNameTh"), v.get("lastNameTh"),
                v.get("firstNameEn"), v.get("lastNameEn"), v.get("email"), v.get("phone"), 0L,
                v.getOrDefault("status", null) == null ? "ACTIVE" : v.get("status"), date(v.get("admittedAt")),
                v.get("title"), date(v.get("birthDate")), v.get("nationalId"));
        return new Row(number, in, v.get("programCode"));
    }

    /** A date cell: null when empty, {@link LocalDate#MIN} when it is not a date (reported by row). */
    private static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(cell);
            return th.ac.ums.model.validation.Rules.plausible(d) ? d : LocalDate.MIN;
        } catch (DateTimeParseException e) {
            return LocalDate.MIN;
        }
    }

    private List<FieldError> check(List<Row> rows, Map<String, StudentRepository.ProgramRef> programs) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> nationalIds = new HashMap<>();
        LocalDate today = java.time.LocalDate.now(clock.withZone(th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE));
        for (Row r : rows) {
            String prefix = "row[" + r.number() + "].";
            StudentInput in = r.input();
            Errors e = Validators.student(new StudentInput(in.studentCode(), in.firstNameTh(), in.lastNameTh(),
                    in.firstNameEn(), in.lastNameEn(), in.email() == null ? "placeholder@example.com" : in.email(),
                    in.phone(), 1L, in.status(), LocalDate.MIN.equals(in.admittedAt()) ? today : in.admittedAt(),
                    in.title(), LocalDate.MIN.equals(in.birthDate()) ? null : in.birthDate(), in.nationalId()), true,
                    today);
            e.list().forEach(x -> errors.add(new FieldError(prefix + x.field(), x.message())));
            if (LocalDate.MIN.equals(in.admittedAt())) {
                errors.add(new FieldError(prefix + "admittedAt", "must be a date like 2026-08-03"));
            }
            if (LocalDate.MIN.equals(in.birthDate())) {
                errors.add(new FieldError(prefix + "birthDate", "must be a date like 2008-03-04"));
            }
            if (r.programCode() == null || !programs.containsKey(r.programCode().toUpperCase(Locale.ROOT))) {
                errors.add(new FieldError(prefix + "programCode", "is not a program code"));
            }
            duplicate(errors, codes, in.studentCode(), r.number(), prefix + "studentCode");
            duplicate(errors, emails, EmailAddress.canonical(in.email()), r.number(),
                    prefix + "email");
            duplicate(errors, nationalIds, in.nationalId(), r.number(), prefix + "nationalId");
        }
        inDatabase(errors, "national_id", nationalIds, "nationalId");
        inDatabase(errors, "student_code", codes, "studentCode");
        inDatabase(errors, "email", emails, "email");
        return errors;
    }

    private static void duplicate(List<FieldError> errors, Map<String, Integer> seen, String value, int row,
                                  String field) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value, row);
        if (first != null) {
            errors.add(new FieldError(field, "repeats row " + first));
        }
    }

    private void inDatabase(List<FieldError> errors, String column, Map<String, Integer> values, String field) {
        List<String> taken = db.read(exec -> repository.taken(exec, column, new ArrayList<>(values.keySet())));
        for (String t : taken) {
            errors.add(new FieldError("row[" + values.get(t) + "]." + field, "is already taken by another student"));
        }
    }

    private Map<String, StudentRepository.ProgramRef> programs() {
        return db.read(repository::programsByCode);
    }

    private int commit(Caller by, String ip, List<Row> rows, Map<String, StudentRepository.ProgramRef> programs) {
        return writes.run(w -> {
            List<String> created = new ArrayList<>();
            for (Row r : rows) {
                StudentInput in = r.input();
                StudentRepository.ProgramRef program = programs.get(r.programCode().toUpperCase(Locale.ROOT));
                String code = in.studentCode() != null ? in.studentCode()
                        : StudentCodes.allocate(w.tx(), in.admittedAt().getYear() + 543);
                String email = in.email() != null ? EmailAddress.canonical(in.email()) : StudentCodes.email(code);
                long id = repository.insert(w.tx(), code, email, in, program, clock.instant());
                w.changed("student", id, ChangeLog.CREATE, id);
                created.add(code);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("created", created.size());
            summary.put("firstCode", created.get(0));
            summary.put("lastCode", created.get(created.size() - 1));
            w.audit(new AuditEntry(by.userId(), by.email(), "students.imported", "student", null, ip, null, summary));
            return created.size();
        });
    }
}
