package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Inputs.BulkDecisionInput;
import th.ac.ums.model.Inputs.BulkIdsInput;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;

/** Applications: the pipeline's pages and all-or-nothing bulk decisions and admissions. */
public final class AdmissionsApi {
    private final ApiClient api;
    private final Pages pages;

    public AdmissionsApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applications(List<ApplicationDto> data) {
    }

    public Page<ApplicationDto> page(PageQuery q) {
        return pages.fetch(ApiPaths.APPLICATIONS, q, ApplicationDto.class);
    }

    public List<ApplicationDto> decide(List<Long> ids, String decision, String note) {
        return api.send("POST", ApiPaths.APPLICATIONS_DECISIONS, new BulkDecisionInput(ids, decision, note), Map.of(),
                Applications.class).data();
    }

    public List<ApplicationDto> admit(List<Long> ids) {
        return api.send("POST", ApiPaths.APPLICATIONS_ADMISSIONS, new BulkIdsInput(ids, null), Map.of(),
                Applications.class).data();
    }
}
