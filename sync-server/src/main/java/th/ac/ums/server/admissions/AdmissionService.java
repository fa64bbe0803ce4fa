package th.ac.ums.server.admissions;

import io.helidon.dbclient.DbRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Enums.ApplicationStatus;
import th.ac.ums.model.Inputs;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.students.StudentCodes;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Admissions: applications move SUBMITTED → UNDER_REVIEW → ACCEPTED | REJECTED | WAITLISTED,
 * WAITLISTED → ACCEPTED | REJECTED, ACCEPTED → ADMITTED (the student is created with a new
 * student code), and anything not final → WITHDRAWN. Any other move is 409. Bulk actions take
 * up to 500 applications and are all-or-nothing: one illegal move refuses them all.
 */
public final class AdmissionService {
    public static final int MAX_BULK = 500;
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> MOVES = Map.of(
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.ACCEPTED,
                    ApplicationStatus.REJECTED, ApplicationStatus.WAITLISTED, ApplicationStatus.WITHDRAWN),
            ApplicationStatus.UNDER_REVIEW, EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED,
                    ApplicationStatus.WAITLISTED, ApplicationStatus.WITHDRAWN),
            ApplicationStatus.WAITLISTED, EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED,
                    ApplicationStatus.WITHDRAWN),
            ApplicationStatus.ACCEPTED, EnumSet.of(ApplicationStatus.ADMITTED, ApplicationStatus.WITHDRAWN),
            ApplicationStatus.REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            ApplicationStatus.ADMITTED, EnumSet.noneOf(ApplicationStatus.class),
            ApplicationStatus.WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    private final Writes writes;
    private final Clock clock;

    public AdmissionService(Writes writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public static boolean allowed(ApplicationStatus from, ApplicationStatus to) {
        return MOVES.get(from).contains(to);
    }

    /** A new application entered by the registrar (the applicant is reused by e-mail). */
    public Object submit(Caller by, String ip, Inputs.ApplicationInput in) {
        Errors errors = Validators.application(in, java.time.LocalDate.now(clock.withZone(th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE)));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        String email = th.ac.ums.model.validation.EmailAddress.canonical(in.email());
        return writes.run(w -> {
            long applicant = w.tx().get("SELECT id FROM applicants WHERE email = ?", email).map(r -> Rows.lng(r, "id"))
                    .orElseGet(() -> w.tx().createInsert("INSERT INTO applicants (first_name_th, last_name_th, "
                            + "first_name_en, last_name_en, email, phone, birth_date, created_at, updated_at) VALUES "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?)").params(in.firstNameTh(), in.lastNameTh(), in.firstNameEn(),
                            in.lastNameEn(), email, in.phone(), in.birthDate(), Rows.utc(clock.instant()),
                            Rows.utc(clock.instant())).returnGeneratedKeys().insert().generatedKeys().findFirst()
                            .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow());
            long id;
            try {
                id = w.tx().createInsert("INSERT INTO applications (applicant_id, program_id, academic_term_id, "
                        + "status, created_at, updated_at) VALUES (?, ?, ?, 'SUBMITTED', ?, ?)").params(applicant,
                        in.programId(), in.termId(), Rows.utc(clock.instant()), Rows.utc(clock.instant()))
                        .returnGeneratedKeys().insert().generatedKeys().findFirst()
                        .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
            } catch (RuntimeException e) {
                throw th.ac.ums.server.platform.DbFailures.isDuplicate(e)
                        ? Refusal.conflict("This applicant already applied to this program for this term.")
                        : e;
            }
            Object created = RecordStore.find(w.tx(), AdmissionLists.APPLICATIONS, id).orElseThrow();
            w.audit(new AuditEntry(by.userId(), by.email(), "application.submitted", "application",
                    String.valueOf(id), ip, null, created));
            w.changed("application", id, ChangeLog.CREATE, null);
            return created;
        });
    }

    /** Moves applications to {@code to}; all or none. Answers the applications as they are now. */
    public List<Object> move(Caller by, String ip, List<Long> ids, ApplicationStatus to, String note) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_BULK || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw Refusal.invalid("ids", "must list 1 to " + MAX_BULK + " applications");
        }
        Errors errors = new Errors();
        Rules.text(errors, "note", note, 1000);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        List<Long> unique = ids.stream().distinct().sorted().toList();
        return writes.run(w -> {
            List<DbRow> rows = lock(w, unique);
            if (rows.size() != unique.size()) {
                throw Refusal.notFound("Application " + missing(unique, rows));
            }
            List<String> illegal = new ArrayList<>();
            List<Long> offenders = new ArrayList<>();
            for (DbRow r : rows) {
                ApplicationStatus from = ApplicationStatus.valueOf(Rows.str(r, "status"));
                if (!allowed(from, to)) {
                    illegal.add(Rows.lng(r, "id") + " (" + from + ")");
                    offenders.add(Rows.lng(r, "id"));
                }
            }
            if (!illegal.isEmpty()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "Conflict", "Cannot move to " + to + ": "
                        + String.join(", ", illegal) + ". Nothing was changed.", List.of(), Map.of("ids", offenders));
            }
            List<Object> out = new ArrayList<>();
            for (DbRow r : rows) {
                out.add(apply(by, ip, w, r, to, note));
            }
            return out;
        });
    }

    private Object apply(Caller by, String ip, Writes.Work w, DbRow r, ApplicationStatus to, String note) {
        long id = Rows.lng(r, "id");
        Object before = RecordStore.find(w.tx(), AdmissionLists.APPLICATIONS, id).orElseThrow();
        Long studentId = to == ApplicationStatus.ADMITTED ? admit(w, r) : null;
        w.tx().dml("UPDATE applications SET status = ?, decision_note = COALESCE(?, decision_note), decided_at = ?, "
                        + "decided_by = ?, student_id = COALESCE(?, student_id), version = version + 1, updated_at = ? "
                        + "WHERE id = ?", to.name(), note == null || note.isBlank() ? null : note.trim(),
                Rows.utc(clock.instant()), by.userId(), studentId, Rows.utc(clock.instant()), id);
        Object after = RecordStore.find(w.tx(), AdmissionLists.APPLICATIONS, id).orElseThrow();
        w.audit(new AuditEntry(by.userId(), by.email(), "application." + to.name().toLowerCase(), "application",
                String.valueOf(id), ip, before, after));
        w.changed("application", id, ChangeLog.UPDATE, studentId);
        return after;
    }

    /** Creates the student of an accepted application: new code, institutional e-mail, ACTIVE. */
    private long admit(Writes.Work w, DbRow app) {
        DbRow a = w.tx().get("SELECT ap.first_name_th, ap.last_name_th, ap.first_name_en, ap.last_name_en, ap.phone, "
                + "pg.id AS program_id, pg.faculty_id, t.academic_year, t.starts_on FROM applications a "
                + "JOIN applicants ap ON ap.id = a.applicant_id JOIN programs pg ON pg.id = a.program_id "
                + "JOIN academic_terms t ON t.id = a.academic_term_id WHERE a.id = ?", Rows.lng(app, "id")).orElseThrow();
        String code = StudentCodes.allocate(w.tx(), Rows.integer(a, "academic_year"));
        long id = w.tx().createInsert("INSERT INTO students (student_code, first_name_th, last_name_th, "
                + "first_name_th_key, last_name_th_key, first_name_en, last_name_en, email, phone, program_id, faculty_id, "
                + "status, admitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)")
                .params(code, Rows.str(a, "first_name_th"), Rows.str(a, "last_name_th"),
                th.ac.ums.server.platform.ThaiOrder.key(Rows.str(a, "first_name_th")),
                th.ac.ums.server.platform.ThaiOrder.key(Rows.str(a, "last_name_th")), Rows.str(a, "first_name_en"), Rows.str(a, "last_name_en"),
                StudentCodes.email(code), Rows.str(a, "phone"), Rows.lng(a, "program_id"), Rows.lng(a, "faculty_id"),
                java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)), Rows.utc(clock.instant()),
                Rows.utc(clock.instant())).returnGeneratedKeys().insert().generatedKeys().findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
        w.changed("student", id, ChangeLog.CREATE, id);
        return id;
    }

    private static List<DbRow> lock(Writes.Work w, List<Long> ids) {
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (var rows = w.tx().query("SELECT id, status FROM applications WHERE id IN (" + in + ") ORDER BY id FOR UPDATE",
                ids.toArray())) {
            return rows.toList();
        }
    }

    private static String missing(List<Long> ids, List<DbRow> rows) {
        Set<Long> found = new java.util.HashSet<>();
        rows.forEach(r -> found.add(Rows.lng(r, "id")));
        return ids.stream().filter(i -> !found.contains(i)).findFirst().map(String::valueOf).orElse("?");
    }
}
