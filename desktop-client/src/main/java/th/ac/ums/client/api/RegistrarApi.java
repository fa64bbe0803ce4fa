package th.ac.ums.client.api;

import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import th.ac.ums.model.Dtos.CourseDto;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.FacultyDto;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;
import th.ac.ums.model.Inputs.EnrollmentInput;
import th.ac.ums.model.Inputs.HoldInput;
import th.ac.ums.model.Inputs.LiftInput;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;

/** Terms, sections, programs, enrolment and holds. */
public final class RegistrarApi {
    private final ApiClient api;
    private final Pages pages;

    public RegistrarApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    public Page<TermDto> terms(PageQuery q) {
        return pages.fetch(ApiPaths.TERMS, q, TermDto.class);
    }

    public Page<SectionDto> sections(PageQuery q) {
        return pages.fetch(ApiPaths.SECTIONS, q, SectionDto.class);
    }

    public Page<ProgramDto> programs(PageQuery q) {
        return pages.fetch(ApiPaths.PROGRAMS, q, ProgramDto.class);
    }

    /** Every faculty, by code (a university has a few dozen at most). */
    public List<FacultyDto> faculties() {
        return all(ApiPaths.FACULTIES, "code", FacultyDto.class);
    }

    /** Every program, by code (the filters' drop-downs). */
    public List<ProgramDto> allPrograms() {
        return all(ApiPaths.PROGRAMS, "code", ProgramDto.class);
    }

    /** The whole course catalogue, by code (a few hundred to a few thousand rows, read once for the course finder). */
    public List<CourseDto> allCourses() {
        return all(ApiPaths.COURSES, "code", CourseDto.class);
    }

    private <T> List<T> all(String resource, String sort, Class<T> type) {
        List<T> out = new ArrayList<>();
        PageQuery q = PageQuery.first(Map.of(), sort, 100);
        for (int i = 0; i < 200; i++) {
            Page<T> page = pages.fetch(resource, q, type);
            out.addAll(page.data());
            if (page.nextCursor() == null || page.data().isEmpty()) {
                break;
            }
            q = q.atCursor(page.nextCursor());
        }
        return out;
    }

    public EnrollmentDto enroll(long studentId, long sectionId) {
        return api.send("POST", ApiPaths.path(ApiPaths.STUDENT_ENROLLMENTS, studentId), new EnrollmentInput(sectionId), Map.of(),
                EnrollmentDto.class);
    }

    public void drop(long studentId, long enrollmentId) {
        api.send("DELETE", ApiPaths.path(ApiPaths.STUDENT_ENROLLMENT, studentId, enrollmentId), null, Map.of(), Void.class);
    }

    public HoldDto addHold(HoldInput in) {
        return api.send("POST", ApiPaths.HOLDS, in, Map.of(), HoldDto.class);
    }

    public HoldDto liftHold(long holdId, String reason) {
        return api.send("POST", ApiPaths.path(ApiPaths.HOLD_LIFT, holdId), new LiftInput(reason), Map.of(), HoldDto.class);
    }
}
