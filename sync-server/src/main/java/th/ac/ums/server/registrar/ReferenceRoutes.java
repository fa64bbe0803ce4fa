package th.ac.ums.server.registrar;

import java.util.Set;
import java.util.function.Function;
import th.ac.ums.model.Inputs;
import th.ac.ums.model.Money;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.cache.Keys;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.records.RecordStore;

/**
 * The registrar's reference data — faculties, programs, courses, terms, class sections — each
 * listed, read (cached), created and edited under If-Match. Reading is open to every staff
 * role (finance and helpdesk screens show program and term names); writing is REGISTRAR, ADMIN.
 */
public final class ReferenceRoutes implements ApiRoutes {
    private final Lister lister;
    private final RecordStore store;
    private final ReadCache cache;

    public ReferenceRoutes(Lister lister, RecordStore store, ReadCache cache) {
        this.lister = lister;
        this.store = store;
        this.cache = cache;
    }

    private record Resource<I>(String path, String entity, ListSpec<?> spec, Class<I> input,
                               Function<I, Errors> validateNew, Function<I, Errors> validateChange,
                               Function<I, Columns> columns) {
    }

    private static final Resource<Inputs.FacultyInput> FACULTIES = new Resource<>(ApiPaths.FACULTIES, "faculty",
            RegistrarLists.FACULTIES, Inputs.FacultyInput.class, i -> Validators.faculty(i, true),
            i -> Validators.faculty(i, false),
            i -> new Columns().put("code", i.code()).put("name_th", i.nameTh()).put("name_en", i.nameEn()));

    private static final Resource<Inputs.ProgramInput> PROGRAMS = new Resource<>(ApiPaths.PROGRAMS, "program",
            RegistrarLists.PROGRAMS, Inputs.ProgramInput.class, i -> Validators.program(i, true),
            i -> Validators.program(i, false),
            i -> new Columns().put("faculty_id", i.facultyId()).put("code", i.code()).put("name_th", i.nameTh())
                    .put("name_en", i.nameEn()).put("degree", i.degree()).put("duration_years", i.durationYears())
                    .put("tuition_per_term", i.tuitionPerTerm() == null ? null : Money.parse(i.tuitionPerTerm()))
                    .put("active", i.active()));

    private static final Resource<Inputs.CourseInput> COURSES = new Resource<>(ApiPaths.COURSES, "course",
            RegistrarLists.COURSES, Inputs.CourseInput.class, i -> Validators.course(i, true),
            i -> Validators.course(i, false),
            i -> new Columns().put("faculty_id", i.facultyId()).put("program_id", i.programId()).put("code", i.code())
                    .put("title_th", i.titleTh()).put("title_en", i.titleEn()).put("credits", i.credits())
                    .put("active", i.active()));

    private static final Resource<Inputs.TermInput> TERMS = new Resource<>(ApiPaths.TERMS, "term",
            RegistrarLists.TERMS, Inputs.TermInput.class, i -> Validators.term(i, true),
            i -> Validators.term(i, false),
            i -> new Columns().put("code", i.code()).put("academic_year", i.academicYear())
                    .put("semester", i.semester()).put("name_th", i.nameTh()).put("name_en", i.nameEn())
                    .put("starts_on", i.startsOn()).put("ends_on", i.endsOn())
                    .put("registration_opens", i.registrationOpens()).put("registration_closes", i.registrationCloses())
                    .put("payment_due", i.paymentDue()));

    private static final Resource<Inputs.SectionInput> SECTIONS = new Resource<>(ApiPaths.SECTIONS, "section",
            RegistrarLists.SECTIONS, Inputs.SectionInput.class, i -> Validators.section(i, true),
            i -> Validators.section(i, false),
            i -> new Columns().put("course_id", i.courseId()).put("academic_term_id", i.termId())
                    .put("section_no", i.sectionNo()).put("instructor_id", i.instructorId())
                    .put("capacity", i.capacity()).put("room", i.room()).put("schedule", i.schedule()));

    @Override
    public void routes(RouteTable.Builder r) {
        register(r, FACULTIES);
        register(r, PROGRAMS);
        register(r, COURSES);
        register(r, TERMS);
        register(r, SECTIONS);
    }

    private <I> void register(RouteTable.Builder r, Resource<I> res) {
        r.get(res.path(), Set.of(), call -> list(call, res)).query(res.spec().pageQuery())
                .get(ApiPaths.one(res.path()), Set.of(), call -> get(call, res))
                .post(res.path(), Role.REGISTRAR_AREA, call -> create(call, res))
                .patch(ApiPaths.one(res.path()), Role.REGISTRAR_AREA, call -> update(call, res));
    }

    private <I> void list(Call call, Resource<I> res) {
        call.ok(lister.list(res.spec(), PageRequest.parse(call.query(), res.spec(), Set.of()), q -> {
        }));
    }

    private <I> void get(Call call, Resource<I> res) {
        long id = call.pathId("id");
        byte[] body = cache.get("reference", Keys.record(res.entity(), id),
                () -> store.get(res.spec(), id, "The " + res.entity()));
        call.okJson(body);
    }

    private <I> void create(Call call, Resource<I> res) {
        I input = call.json(res.input());
        Errors errors = res.validateNew().apply(input);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        call.created(store.create(call.caller(), call.clientIp(), res.spec(), res.entity(),
                res.columns().apply(input).map(), null));
    }

    private <I> void update(Call call, Resource<I> res) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        I input = call.json(res.input());
        Errors errors = res.validateChange().apply(input);
        Columns columns = res.columns().apply(input);
        if (columns.isEmpty()) {
            errors.add("body", "names no field to change");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        call.ok(store.update(call.caller(), call.clientIp(), res.spec(), res.entity(), id, version, columns.map(),
                null, (w, key) -> {
                    if (res.spec() == RegistrarLists.PROGRAMS && columns.map().containsKey("faculty_id")) {
                        // students carry their program's faculty (so faculty lists read one index in order)
                        w.tx().dml("UPDATE students SET faculty_id = ? WHERE program_id = ?",
                                columns.map().get("faculty_id"), key);
                    }
                }));
    }
}
