package th.ac.ums.server.registrar;

import java.util.List;
import java.util.function.Function;
import th.ac.ums.model.Dtos.CourseDto;
import th.ac.ums.model.Dtos.FacultyDto;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;
import th.ac.ums.model.Inputs;
import th.ac.ums.model.Money;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;
import th.ac.ums.server.cache.Keys;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.records.RecordStore;

/**
 * The registrar's reference data — faculties, programs, courses, terms, class sections: the rules
 * of creating and editing each (the shared validators, the columns an input sets), reading one
 * through the cache, and what follows a change (students move with their program's faculty).
 */
public final class ReferenceService {

    /** One kind of reference record: its path, audit entity, list, input and rules. */
    public record Kind<I, T>(String path, String entity, ListSpec<T> spec, Class<I> input,
                             Function<I, Errors> validateNew, Function<I, Errors> validateChange,
                             Function<I, Columns> columns) {
    }

    public static final Kind<Inputs.FacultyInput, FacultyDto> FACULTIES = new Kind<>(ApiPaths.FACULTIES, "faculty",
            RegistrarLists.FACULTIES, Inputs.FacultyInput.class, i -> Validators.faculty(i, true),
            i -> Validators.faculty(i, false),
            i -> new Columns().put("code", i.code()).put("name_th", i.nameTh()).put("name_en", i.nameEn()));

    public static final Kind<Inputs.ProgramInput, ProgramDto> PROGRAMS = new Kind<>(ApiPaths.PROGRAMS, "program",
            RegistrarLists.PROGRAMS, Inputs.ProgramInput.class, i -> Validators.program(i, true),
            i -> Validators.program(i, false),
            i -> new Columns().put("faculty_id", i.facultyId()).put("code", i.code()).put("name_th", i.nameTh())
                    .put("name_en", i.nameEn()).put("degree", i.degree()).put("duration_years", i.durationYears())
                    .put("tuition_per_term", i.tuitionPerTerm() == null ? null : Money.parse(i.tuitionPerTerm()))
                    .put("active", i.active()));

    public static final Kind<Inputs.CourseInput, CourseDto> COURSES = new Kind<>(ApiPaths.COURSES, "course",
            RegistrarLists.COURSES, Inputs.CourseInput.class, i -> Validators.course(i, true),
            i -> Validators.course(i, false),
            i -> new Columns().put("faculty_id", i.facultyId()).put("program_id", i.programId()).put("code", i.code())
                    .put("title_th", i.titleTh()).put("title_en", i.titleEn()).put("credits", i.credits())
                    .put("active", i.active()));

    public static final Kind<Inputs.TermInput, TermDto> TERMS = new Kind<>(ApiPaths.TERMS, "term",
            RegistrarLists.TERMS, Inputs.TermInput.class, i -> Validators.term(i, true),
            i -> Validators.term(i, false),
            i -> new Columns().put("code", i.code()).put("academic_year", i.academicYear())
                    .put("semester", i.semester()).put("name_th", i.nameTh()).put("name_en", i.nameEn())
                    .put("starts_on", i.startsOn()).put("ends_on", i.endsOn())
                    .put("registration_opens", i.registrationOpens()).put("registration_closes", i.registrationCloses())
                    .put("payment_due", i.paymentDue()));

    public static final Kind<Inputs.SectionInput, SectionDto> SECTIONS = new Kind<>(ApiPaths.SECTIONS, "section",
            RegistrarLists.SECTIONS, Inputs.SectionInput.class, i -> Validators.section(i, true),
            i -> Validators.section(i, false),
            i -> new Columns().put("course_id", i.courseId()).put("academic_term_id", i.termId())
                    .put("section_no", i.sectionNo()).put("instructor_id", i.instructorId())
                    .put("capacity", i.capacity()).put("room", i.room()).put("schedule", i.schedule()));

    /** Every kind, in the order the route table lists them. */
    public static final List<Kind<?, ?>> ALL = List.of(FACULTIES, PROGRAMS, COURSES, TERMS, SECTIONS);

    private final RecordStore store;
    private final ReadCache cache;
    private final ReferenceRepository repository = new ReferenceRepository();

    public ReferenceService(RecordStore store, ReadCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** One record as JSON bytes (read through the cache). */
    public byte[] read(Kind<?, ?> kind, long id) {
        return cache.get("reference", Keys.record(kind.entity(), id),
                () -> store.get(kind.spec(), id, "The " + kind.entity()));
    }

    public <I, T> T create(Caller by, String ip, Kind<I, T> kind, I input) {
        Errors errors = kind.validateNew().apply(input);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return store.create(by, ip, kind.spec(), kind.entity(), kind.columns().apply(input).map(), null);
    }

    public <I, T> T update(Caller by, String ip, Kind<I, T> kind, long id, long version, I input) {
        Errors errors = kind.validateChange().apply(input);
        Columns columns = kind.columns().apply(input);
        if (columns.isEmpty()) {
            errors.add("body", "names no field to change");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        return store.update(by, ip, kind.spec(), kind.entity(), id, version, columns.map(), null, (w, key) -> {
            if (kind == PROGRAMS && columns.map().containsKey("faculty_id")) {
                repository.moveStudentsOfProgram(w.tx(), key, columns.map().get("faculty_id"));
            }
        });
    }
}
