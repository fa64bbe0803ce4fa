package th.ac.ums.server.students;

import static th.ac.ums.server.platform.Rows.date;
import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Enums.StudentStatus;
import th.ac.ums.model.validation.NationalId;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/** How students are listed: filters program, faculty and status; five sorts, each index-backed. */
public final class StudentLists {
    static final String COLUMNS = "s.id, s.version, s.student_code, s.first_name_th, s.last_name_th, "
            + "s.first_name_en, s.last_name_en, s.email, s.phone, s.program_id, pg.code AS program_code, "
            + "pg.name_th AS program_name_th, pg.name_en AS program_name_en, s.faculty_id, s.status, "
            + "s.admitted_at, s.created_at, s.updated_at, s.title, s.birth_date, s.national_id";

    public static final ListSpec<StudentDto> STUDENTS = ListSpec.builder("students", "students", "s")
            .joins("JOIN programs pg ON pg.id = s.program_id")
            .select(COLUMNS)
            .filter(Filter.id("programId", "s.program_id"))
            .filter(Filter.id("facultyId", "s.faculty_id"))
            .filter(Filter.oneOf("status", "s.status", StudentStatus.class))
            .sort("studentCode", "s.student_code")
            .sort("lastNameEn", "s.last_name_en", "s.first_name_en", "s.id")
            .sort("lastNameEn,firstNameEn", "s.last_name_en", "s.first_name_en", "s.id")
            // Thai dictionary order: the ICU collation keys (ThaiOrder), kept with every write
            .sort("lastNameTh", "s.last_name_th_key", "s.first_name_th_key", "s.id")
            .sort("lastNameTh,firstNameTh", "s.last_name_th_key", "s.first_name_th_key", "s.id")
            .sort("createdAt", "s.created_at", "s.id")
            .sort("status", "s.status", "s.student_code")
            .defaultSort("studentCode", false)
            .path("uq_students_code", "studentCode")
            .path("ix_students_last_en", "lastNameEn")
            .path("ix_students_last_en", "lastNameEn,firstNameEn")
            .path("ix_students_th_order", "lastNameTh")
            .path("ix_students_th_order", "lastNameTh,firstNameTh")
            .path("ix_students_created", "createdAt")
            .path("ix_students_status_code", "status")
            .path("ix_students_status_code", "studentCode", "status")
            .path("ix_students_status_last_en", "lastNameEn", "status")
            .path("ix_students_status_last_en", "lastNameEn,firstNameEn", "status")
            .path("ix_students_status_th_order", "lastNameTh", "status")
            .path("ix_students_status_th_order", "lastNameTh,firstNameTh", "status")
            .path("ix_students_status_created", "createdAt", "status")
            .path("ix_students_status_code", "status", "status")
            .path("ix_students_program_code", "studentCode", "programId")
            .path("ix_students_program_status", "studentCode", "programId", "status")
            .path("ix_students_program_last_en", "lastNameEn", "programId")
            .path("ix_students_program_last_en", "lastNameEn,firstNameEn", "programId")
            .path("ix_students_program_th_order", "lastNameTh", "programId")
            .path("ix_students_program_th_order", "lastNameTh,firstNameTh", "programId")
            .path("ix_students_program_created", "createdAt", "programId")
            .path("ix_students_program_status", "status", "programId")
            .path("ix_students_faculty_code", "studentCode", "facultyId")
            .path("ix_students_faculty_status", "studentCode", "facultyId", "status")
            .path("ix_students_faculty_last_en", "lastNameEn", "facultyId")
            .path("ix_students_faculty_last_en", "lastNameEn,firstNameEn", "facultyId")
            .path("ix_students_faculty_th_order", "lastNameTh", "facultyId")
            .path("ix_students_faculty_th_order", "lastNameTh,firstNameTh", "facultyId")
            .path("ix_students_faculty_created", "createdAt", "facultyId")
            .path("ix_students_faculty_status", "status", "facultyId")
            .big()
            .mapper(StudentLists::student)
            .build();

    private StudentLists() {
    }

    public static StudentDto student(DbRow r) {
        return new StudentDto(lng(r, "id"), lng(r, "version"), str(r, "student_code"), str(r, "first_name_th"),
                str(r, "last_name_th"), str(r, "first_name_en"), str(r, "last_name_en"), str(r, "email"),
                str(r, "phone"), lng(r, "program_id"), str(r, "program_code"), str(r, "program_name_th"),
                str(r, "program_name_en"), lng(r, "faculty_id"), str(r, "status"), date(r, "admitted_at"),
                instant(r, "created_at"), instant(r, "updated_at"), str(r, "title"), date(r, "birth_date"),
                NationalId.mask(str(r, "national_id")));
    }
}
