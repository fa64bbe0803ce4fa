package th.ac.ums.server.admissions;

import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Enums.ApplicationStatus;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/** How applications are listed: by status, program, intake term or applicant, newest first. */
public final class AdmissionLists {
    static final String COLUMNS = "a.id, a.version, a.applicant_id, ap.first_name_th, ap.last_name_th, "
            + "ap.first_name_en, ap.last_name_en, ap.email, a.program_id, pg.code AS program_code, "
            + "a.academic_term_id, a.status, a.decision_note, a.decided_at, a.student_id, a.created_at";

    public static final ListSpec<ApplicationDto> APPLICATIONS = ListSpec.builder("applications", "applications", "a")
            .joins("JOIN applicants ap ON ap.id = a.applicant_id JOIN programs pg ON pg.id = a.program_id")
            .select(COLUMNS)
            .filter(Filter.oneOf("status", "a.status", ApplicationStatus.class))
            .filter(Filter.id("programId", "a.program_id"))
            .filter(Filter.id("termId", "a.academic_term_id"))
            .filter(Filter.id("applicantId", "a.applicant_id"))
            .sort("createdAt", "a.created_at", "a.id")
            .defaultSort("createdAt", true)
            .path("ix_applications_created", "createdAt")
            .path("ix_applications_status_created", "createdAt", "status")
            .path("ix_applications_program_created", "createdAt", "programId")
            .path("ix_applications_program_status_created", "createdAt", "programId", "status")
            .path("ix_applications_term_created", "createdAt", "termId")
            .path("ix_applications_term_status_created", "createdAt", "termId", "status")
            .path("ix_applications_applicant", "createdAt", "applicantId")
            .big()
            .mapper(AdmissionLists::application)
            .build();

    private AdmissionLists() {
    }

    public static ApplicationDto application(DbRow r) {
        return new ApplicationDto(lng(r, "id"), lng(r, "version"), lng(r, "applicant_id"), str(r, "first_name_th"),
                str(r, "last_name_th"), str(r, "first_name_en"), str(r, "last_name_en"), str(r, "email"),
                lng(r, "program_id"), str(r, "program_code"), lng(r, "academic_term_id"), str(r, "status"),
                str(r, "decision_note"), instant(r, "decided_at"), optLong(r, "student_id"), instant(r, "created_at"));
    }
}
