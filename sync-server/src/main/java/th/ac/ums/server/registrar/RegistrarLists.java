package th.ac.ums.server.registrar;

import static th.ac.ums.server.platform.Rows.bool;
import static th.ac.ums.server.platform.Rows.date;
import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.integer;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.money;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import th.ac.ums.model.Dtos.CourseDto;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.FacultyDto;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;
import th.ac.ums.model.Enums.EnrollmentStatus;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/** Lists of the registrar's reference data: faculties, programs, courses, terms, sections, enrollments. */
public final class RegistrarLists {

    public static final ListSpec<FacultyDto> FACULTIES = ListSpec.builder("faculties", "faculties", "f")
            .select("f.id, f.version, f.code, f.name_th, f.name_en")
            .sort("code", "f.code")
            .sort("nameEn", "f.name_en", "f.id")
            .sort("nameTh", "f.name_th", "f.id")
            .defaultSort("code", false)
            .path("uq_faculties_code", "code")
            .path("ix_faculties_name_en", "nameEn")
            .path("ix_faculties_name_th", "nameTh")
            .mapper(RegistrarLists::faculty)
            .build();

    public static final ListSpec<ProgramDto> PROGRAMS = ListSpec.builder("programs", "programs", "pg")
            .select("pg.id, pg.version, pg.code, pg.name_th, pg.name_en, pg.faculty_id, pg.degree, "
                    + "pg.duration_years, pg.tuition_per_term, pg.active")
            .filter(Filter.id("facultyId", "pg.faculty_id"))
            .filter(Filter.bool("active", "pg.active"))
            .sort("code", "pg.code")
            .sort("nameEn", "pg.name_en", "pg.id")
            .defaultSort("code", false)
            .path("uq_programs_code", "code")
            .path("ix_programs_faculty_code", "code", "facultyId")
            .path("ix_programs_name_en", "nameEn")
            .mapper(RegistrarLists::program)
            .build();

    public static final ListSpec<CourseDto> COURSES = ListSpec.builder("courses", "courses", "c")
            .select("c.id, c.version, c.code, c.title_th, c.title_en, c.credits, c.faculty_id, c.program_id, c.active")
            .filter(Filter.id("facultyId", "c.faculty_id"))
            .filter(Filter.id("programId", "c.program_id"))
            .sort("code", "c.code")
            .sort("titleEn", "c.title_en", "c.id")
            .defaultSort("code", false)
            .path("uq_courses_code", "code")
            .path("ix_courses_faculty_code", "code", "facultyId")
            .path("ix_courses_program_code", "code", "programId")
            .path("ix_courses_title_en", "titleEn")
            .mapper(RegistrarLists::course)
            .build();

    public static final ListSpec<TermDto> TERMS = ListSpec.builder("terms", "academic_terms", "t")
            .select("t.id, t.version, t.code, t.academic_year, t.semester, t.name_th, t.name_en, t.starts_on, "
                    + "t.ends_on, t.registration_opens, t.registration_closes, t.payment_due")
            .sort("startsOn", "t.starts_on", "t.id")
            .sort("code", "t.code")
            .defaultSort("startsOn", true)
            .path("ix_terms_starts", "startsOn")
            .path("uq_terms_code", "code")
            .mapper(RegistrarLists::term)
            .build();

    public static final String SECTION_COLUMNS = "sec.id, sec.version, sec.course_id, c.code AS course_code, "
            + "c.title_th AS course_title_th, c.title_en AS course_title_en, sec.academic_term_id, "
            + "t.code AS term_code, sec.section_no, sec.instructor_id, u.display_name AS instructor_name, "
            + "sec.capacity, sec.enrolled_count, sec.room, sec.schedule";

    public static final ListSpec<SectionDto> SECTIONS = ListSpec.builder("sections", "class_sections", "sec")
            .joins("JOIN courses c ON c.id = sec.course_id JOIN academic_terms t ON t.id = sec.academic_term_id "
                    + "LEFT JOIN users u ON u.id = sec.instructor_id")
            .select(SECTION_COLUMNS)
            .filter(Filter.id("termId", "sec.academic_term_id"))
            .filter(Filter.id("courseId", "sec.course_id"))
            .filter(Filter.id("instructorId", "sec.instructor_id"))
            .sort("course", "sec.course_id", "sec.section_no", "sec.academic_term_id")
            .defaultSort("course", false)
            .path("ix_sections_course", "course")
            .path("ix_sections_course", "course", "courseId")
            .path("uq_sections_term_course_no", "course", "termId")
            .path("uq_sections_term_course_no", "course", "termId", "courseId")
            .path("ix_sections_instructor", "course", "instructorId")
            .big()
            .mapper(RegistrarLists::section)
            .build();

    public static final String ENROLLMENT_COLUMNS = "e.id, e.version, e.student_id, e.section_id, c.code AS course_code, "
            + "c.title_th AS course_title_th, c.title_en AS course_title_en, c.credits, sec.section_no, "
            + "sec.academic_term_id, t.code AS term_code, e.status, e.enrolled_at";

    public static final ListSpec<EnrollmentDto> ENROLLMENTS = ListSpec.builder("enrollments", "enrollments", "e")
            .joins("JOIN class_sections sec ON sec.id = e.section_id JOIN courses c ON c.id = sec.course_id "
                    + "JOIN academic_terms t ON t.id = sec.academic_term_id")
            .select(ENROLLMENT_COLUMNS)
            .filter(Filter.id("studentId", "e.student_id"))
            .filter(Filter.id("sectionId", "e.section_id"))
            .filter(Filter.oneOf("status", "e.status", EnrollmentStatus.class))
            .sort("enrolledAt", "e.enrolled_at", "e.id")
            .defaultSort("enrolledAt", true)
            .requireOneOf("studentId", "sectionId")
            .path("ix_enrollments_student", "enrolledAt", "studentId")
            .path("ix_enrollments_section", "enrolledAt", "sectionId")
            .path("ix_enrollments_student", "enrolledAt", "studentId", "sectionId")
            .big()
            .mapper(RegistrarLists::enrollment)
            .build();

    private RegistrarLists() {
    }

    public static FacultyDto faculty(DbRow r) {
        return new FacultyDto(lng(r, "id"), lng(r, "version"), str(r, "code"), str(r, "name_th"), str(r, "name_en"));
    }

    public static ProgramDto program(DbRow r) {
        return new ProgramDto(lng(r, "id"), lng(r, "version"), str(r, "code"), str(r, "name_th"), str(r, "name_en"),
                lng(r, "faculty_id"), str(r, "degree"), integer(r, "duration_years"), money(r, "tuition_per_term"),
                bool(r, "active"));
    }

    public static CourseDto course(DbRow r) {
        return new CourseDto(lng(r, "id"), lng(r, "version"), str(r, "code"), str(r, "title_th"), str(r, "title_en"),
                integer(r, "credits"), lng(r, "faculty_id"), optLong(r, "program_id"), bool(r, "active"));
    }

    public static TermDto term(DbRow r) {
        return new TermDto(lng(r, "id"), lng(r, "version"), str(r, "code"), integer(r, "academic_year"),
                integer(r, "semester"), str(r, "name_th"), str(r, "name_en"), date(r, "starts_on"),
                date(r, "ends_on"), date(r, "registration_opens"), date(r, "registration_closes"),
                date(r, "payment_due"));
    }

    public static SectionDto section(DbRow r) {
        return new SectionDto(lng(r, "id"), lng(r, "version"), lng(r, "course_id"), str(r, "course_code"),
                str(r, "course_title_th"), str(r, "course_title_en"), lng(r, "academic_term_id"),
                str(r, "term_code"), str(r, "section_no"), optLong(r, "instructor_id"), str(r, "instructor_name"),
                integer(r, "capacity"), integer(r, "enrolled_count"), str(r, "room"), str(r, "schedule"));
    }

    public static EnrollmentDto enrollment(DbRow r) {
        return new EnrollmentDto(lng(r, "id"), lng(r, "version"), lng(r, "student_id"), lng(r, "section_id"),
                str(r, "course_code"), str(r, "course_title_th"), str(r, "course_title_en"), integer(r, "credits"),
                str(r, "section_no"), lng(r, "academic_term_id"), str(r, "term_code"), str(r, "status"),
                instant(r, "enrolled_at"));
    }
}
