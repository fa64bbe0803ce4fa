package th.ac.ums.server.students;

import io.helidon.webserver.http.ServerRequest;
import java.util.Set;
import th.ac.ums.model.Dtos;
import th.ac.ums.model.Inputs;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;
import th.ac.ums.model.validation.Values;
import th.ac.ums.server.cache.Keys;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.export.CsvExport;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.QueryParams;
import th.ac.ums.server.registrar.RegistrarLists;

/**
 * Students (REGISTRAR, ADMIN; reads also FINANCE and HELPDESK, who look students up), their
 * enrolments, holds, balance, CSV export and import.
 */
public final class StudentRoutes implements ApiRoutes {
    private final Lister lister;
    private final StudentService students;
    private final StudentSearch search;
    private final SortedSearch sorted;
    private final EnrollmentService enrollments;
    private final HoldService holds;
    private final StudentImport importer;
    private final CsvExport export;

    public StudentRoutes(Lister lister, StudentService students, StudentSearch search, SortedSearch sorted,
                         EnrollmentService enrollments,
                         HoldService holds, StudentImport importer, CsvExport export) {
        this.lister = lister;
        this.students = students;
        this.search = search;
        this.sorted = sorted;
        this.enrollments = enrollments;
        this.holds = holds;
        this.importer = importer;
        this.export = export;
    }

    static final Set<Role> READERS = Set.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.STUDENTS, READERS, this::list).query(StudentLists.STUDENTS.pageQuery("q"))
                .get(ApiPaths.STUDENTS_EXPORT, Role.REGISTRAR_AREA, this::exportStudents)
                .query(StudentLists.STUDENTS.exportQuery("q"))
                .upload(ApiPaths.STUDENTS_IMPORT, Role.REGISTRAR_AREA, this::importStudents).query("dryRun")
                .post(ApiPaths.STUDENTS, Role.REGISTRAR_AREA, this::create)
                .get(ApiPaths.STUDENT, READERS, this::detail)
                .patch(ApiPaths.STUDENT, Role.REGISTRAR_AREA, this::update)
                .get(ApiPaths.STUDENT_BALANCE, READERS, this::balance)
                .get(ApiPaths.STUDENT_NATIONAL_ID, Role.REGISTRAR_AREA, this::nationalId)
                .get(ApiPaths.STUDENT_ENROLLMENTS, READERS, this::enrollmentsOf)
                .query(RegistrarLists.ENROLLMENTS.pageQuery().without("studentId"))
                .post(ApiPaths.STUDENT_ENROLLMENTS, Role.REGISTRAR_AREA, this::enroll)
                .delete(ApiPaths.STUDENT_ENROLLMENT, Role.REGISTRAR_AREA, this::drop)
                .get(ApiPaths.SECTION_ENROLLMENTS, Role.REGISTRAR_AREA, this::roster)
                .query(RegistrarLists.ENROLLMENTS.pageQuery().without("sectionId"))
                .get(ApiPaths.HOLDS, READERS, this::holds).query(HoldLists.HOLDS.pageQuery())
                .get(ApiPaths.HOLDS_EXPORT, Role.REGISTRAR_AREA, call -> exportList(call, HoldLists.HOLDS,
                        Dtos.HoldDto.class)).query(HoldLists.HOLDS.exportQuery())
                .post(ApiPaths.HOLDS, Role.REGISTRAR_AREA, this::placeHold)
                .get(ApiPaths.HOLD, READERS, call -> call.ok(lister.one(HoldLists.HOLDS, call.pathId("id"), "The hold")))
                .post(ApiPaths.HOLD_LIFT, Role.REGISTRAR_AREA, this::liftHold);
    }

    private void list(Call call) {
        QueryParams query = call.query();
        var q = query.search("q");
        if (q.isPresent() && query.value("sort").isPresent()) {
            call.ok(sorted.search(q.get(), PageRequest.parse(query, StudentLists.STUDENTS, Set.of("q"))));
            return;
        }
        if (q.isPresent()) {
            call.ok(search.search(q.get(), PageRequest.parse(query, StudentLists.STUDENTS, Set.of("q"), "q")));
            return;
        }
        call.ok(lister.list(StudentLists.STUDENTS, PageRequest.parse(query, StudentLists.STUDENTS, Set.of("q")), x -> {
        }));
    }

    /** The export takes the list's filters and search: with {@code q}, every row the search matches, in its order. */
    private void exportStudents(Call call) {
        var q = call.query().search("q");
        if (q.isEmpty()) {
            export.stream(call, StudentLists.STUDENTS, PageRequest.parse(call.query(), StudentLists.STUDENTS,
                    Set.of("q")), x -> {
                    }, Dtos.StudentDto.class);
            return;
        }
        if (call.query().value("sort").isPresent()) {
            export.stream(call, StudentLists.STUDENTS, PageRequest.parse(call.query(), StudentLists.STUDENTS,
                    Set.of("q")), SortedSearch.asCondition(q.get()), Dtos.StudentDto.class);
            return;
        }
        PageRequest request = PageRequest.parse(call.query(), StudentLists.STUDENTS, Set.of("q"), "q");
        StudentSearch.Sql sql = StudentSearch.build(q.get(), request.withLimit(StudentSearch.ALL));
        export.stream(call, StudentLists.STUDENTS, sql.text(), sql.params(), Dtos.StudentDto.class);
    }

    private void exportList(Call call, th.ac.ums.server.paging.ListSpec<?> spec, Class<? extends Record> shape) {
        PageRequest request = PageRequest.parse(call.query(), spec, Set.of());
        export.stream(call, spec, request, q -> {
        }, shape);
    }

    private void importStudents(Call call) {
        boolean dryRun = call.query().bool("dryRun").orElseThrow(() -> Refusal.invalid(
                "dryRun", "is required: true to check the file, false to import it"));
        byte[] body = call.bodyBytes(call.maxBody());
        call.ok(importer.run(call.caller(), call.clientIp(), body, dryRun));
    }

    private void create(Call call) {
        call.created(students.create(call.caller(), call.clientIp(), call.json(Inputs.StudentInput.class)));
    }

    /**
     * The cache key a GET of the Student 360 reads, from its path alone (null for an id that names no
     * record), so that the session check reads the cached document in the same round trip.
     */
    public static String student360Key(ServerRequest request) {
        return Values.id(request.path().pathParameters().get("id")).map(Keys::student360).orElse(null);
    }

    private void detail(Call call) {
        byte[] body = students.detail(call.pathId("id"));
        call.okJson(body);
    }

    private void update(Call call) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        var student = students.update(call.caller(), call.clientIp(), id, version,
                call.json(Inputs.StudentInput.class));
        call.ok(student);
    }

    /** The whole national ID, read on purpose (PDPA): REGISTRAR and ADMIN only, and every view audited. */
    private void nationalId(Call call) {
        call.ok(students.revealNationalId(call.caller(), call.clientIp(), call.pathId("id")));
    }

    private void balance(Call call) {
        call.ok(students.balance(call.pathId("id")));
    }

    private void enrollmentsOf(Call call) {
        long id = call.pathId("id");
        PageRequest request = PageRequest.parse(call.query(), RegistrarLists.ENROLLMENTS, Set.of(), null,
                java.util.Map.of("studentId", String.valueOf(id)));
        call.ok(lister.list(RegistrarLists.ENROLLMENTS, request, q -> {
        }));
    }

    private void roster(Call call) {
        long id = call.pathId("id");
        PageRequest request = PageRequest.parse(call.query(), RegistrarLists.ENROLLMENTS, Set.of(), null,
                java.util.Map.of("sectionId", String.valueOf(id)));
        call.ok(lister.list(RegistrarLists.ENROLLMENTS, request, q -> {
        }));
    }

    private void enroll(Call call) {
        long id = call.pathId("id");
        call.created(enrollments.enroll(call.caller(), call.clientIp(), id, call.json(Inputs.EnrollmentInput.class)));
    }

    private void drop(Call call) {
        enrollments.drop(call.caller(), call.clientIp(), call.pathId("id"), call.pathId("enrollmentId"));
        call.noContent();
    }

    private void holds(Call call) {
        call.ok(lister.list(HoldLists.HOLDS, PageRequest.parse(call.query(), HoldLists.HOLDS, Set.of()), q -> {
        }));
    }

    private void placeHold(Call call) {
        call.created(holds.place(call.caller(), call.clientIp(), call.json(Inputs.HoldInput.class)));
    }

    private void liftHold(Call call) {
        call.ok(holds.lift(call.caller(), call.clientIp(), call.pathId("id"), call.json(Inputs.LiftInput.class)));
    }
}
