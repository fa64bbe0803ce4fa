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
 * up to 500 applications and are all-or-nothing: one illegal move refuses them all. The rules are
 * here; the SQL is in {@link AdmissionRepository}.
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
    private final AdmissionRepository applications = new AdmissionRepository();

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
            long applicant = applications.applicantByEmail(w.tx(), email)
                    .orElseGet(() -> applications.insertApplicant(w.tx(), in, email, clock.instant()));
            long id;
            try {
                id = applications.insertApplication(w.tx(), applicant, in.programId(), in.termId(), clock.instant());
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
            List<DbRow> rows = applications.lock(w.tx(), unique);
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
        String decisionNote = note == null || note.isBlank() ? null : note.trim();
        applications.decide(w.tx(), id, to.name(), decisionNote, by.userId(), studentId, clock.instant());
        Object after = RecordStore.find(w.tx(), AdmissionLists.APPLICATIONS, id).orElseThrow();
        w.audit(new AuditEntry(by.userId(), by.email(), "application." + to.name().toLowerCase(), "application",
                String.valueOf(id), ip, before, after));
        w.changed("application", id, ChangeLog.UPDATE, studentId);
        return after;
    }

    /** Creates the student of an accepted application: new code, institutional e-mail, ACTIVE. */
    private long admit(Writes.Work w, DbRow app) {
        DbRow a = applications.admission(w.tx(), Rows.lng(app, "id"));
        String code = StudentCodes.allocate(w.tx(), Rows.integer(a, "academic_year"));
        long id = applications.insertStudent(w.tx(), a, code, StudentCodes.email(code),
                java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)), clock.instant());
        w.changed("student", id, ChangeLog.CREATE, id);
        return id;
    }

    private static String missing(List<Long> ids, List<DbRow> rows) {
        Set<Long> found = new java.util.HashSet<>();
        rows.forEach(r -> found.add(Rows.lng(r, "id")));
        return ids.stream().filter(i -> !found.contains(i)).findFirst().map(String::valueOf).orElse("?");
    }
}
