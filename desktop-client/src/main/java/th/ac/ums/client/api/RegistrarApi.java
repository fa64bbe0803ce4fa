package th.ac.ums.client.api;

import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import th.ac.ums.model.Dtos.CourseDto;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.FacultyDto;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.PageDto;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;
import th.ac.ums.model.Inputs.EnrollmentInput;
import th.ac.ums.model.Inputs.HoldInput;
import th.ac.ums.model.Inputs.LiftInput;

/** Terms, sections, programs, enrolment and holds. */
public final class RegistrarApi {
    private final ApiClient api;
    private final Pages pages;

    public RegistrarApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    public PageDto<TermDto> terms(PageQuery q) {
        return pages.fetch("/terms", q, TermDto.class);
    }

    public PageDto<SectionDto> sections(PageQuery q) {
        return pages.fetch("/sections", q, SectionDto.class);
    }

    public PageDto<ProgramDto> programs(PageQuery q) {
        return pages.fetch("/programs", q, ProgramDto.class);
    }

    /** Every faculty, by code (a university has a few dozen at most). */
    public List<FacultyDto> faculties() {
        return all("/faculties", "code", FacultyDto.class);
    }

    /** Every program, by code (the filters' drop-downs). */
    public List<ProgramDto> allPrograms() {
        return all("/programs", "code", ProgramDto.class);
    }

    /** The whole course catalogue, by code (a few hundred to a few thousand rows, read once for the course finder). */
    public List<CourseDto> allCourses() {
        return all("/courses", "code", CourseDto.class);
    }

    private <T> List<T> all(String resource, String sort, Class<T> type) {
        List<T> out = new ArrayList<>();
        PageQuery q = PageQuery.first(Map.of(), sort, 100);
        for (int i = 0; i < 200; i++) {
            PageDto<T> page = pages.fetch(resource, q, type);
            out.addAll(page.data());
            if (page.nextCursor() == null || page.data().isEmpty()) {
                break;
            }
            q = q.atCursor(page.nextCursor());
        }
        return out;
    }

    public EnrollmentDto enroll(long studentId, long sectionId) {
        return api.send("POST", "/students/" + studentId + "/enrollments", new EnrollmentInput(sectionId), Map.of(),
                EnrollmentDto.class);
    }

    public void drop(long studentId, long enrollmentId) {
        api.send("DELETE", "/students/" + studentId + "/enrollments/" + enrollmentId, null, Map.of(), Void.class);
    }

    public HoldDto addHold(HoldInput in) {
        return api.send("POST", "/holds", in, Map.of(), HoldDto.class);
    }

    public HoldDto liftHold(long holdId, String reason) {
        return api.send("POST", "/holds/" + holdId + "/lift", new LiftInput(reason), Map.of(), HoldDto.class);
    }
}
