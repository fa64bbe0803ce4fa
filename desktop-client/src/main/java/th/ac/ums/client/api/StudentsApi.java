package th.ac.ums.client.api;

import java.io.InputStream;
import java.util.Map;
import th.ac.ums.model.Dtos.PageDto;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Inputs.StudentInput;

/** Students: the grid's pages, the Student 360, edits and the CSV export. */
public final class StudentsApi {
    private final ApiClient api;
    private final Pages pages;

    public StudentsApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    public PageDto<StudentDto> page(PageQuery q) {
        return pages.fetch("/students", q, StudentDto.class);
    }

    public StudentDetail detail(long id) {
        return api.get("/students/" + id, StudentDetail.class);
    }

    /** PATCH with the version the editor started from; a stale version is a 412 ApiException. */
    public StudentDetail update(long id, long version, StudentInput changes) {
        api.send("PATCH", "/students/" + id, changes, Map.of("If-Match", Long.toString(version)), Void.class);
        return detail(id);
    }

    public InputStream export(Map<String, String> filters, String sort) {
        return api.stream(Query.of("/students/export").withAll(filters).with("sort", sort).toString(),
                Map.of("Accept", "text/csv"));
    }
}
