package th.ac.ums.client.api;

import java.util.Map;
import th.ac.ums.model.Dtos.EnrollmentDto;
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
