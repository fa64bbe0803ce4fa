package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Inputs.StudentInput;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;
import th.ac.ums.model.validation.FieldError;

/** Students: the grid's pages, the Student 360, new students and edits, the national ID, export and import. */
public final class StudentsApi {
    /** What an import answers: the file's encoding as detected, rows, the valid ones, errors, created. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportResult(boolean dryRun, String encoding, int rows, int valid, List<FieldError> errors,
                               int created) {
    }

    private final ApiClient api;
    private final Pages pages;

    public StudentsApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    public Page<StudentDto> page(PageQuery q) {
        return pages.fetch(ApiPaths.STUDENTS, q, StudentDto.class);
    }

    public StudentDetail detail(long id) {
        return api.get(ApiPaths.path(ApiPaths.STUDENT, id), StudentDetail.class);
    }

    /** Creates a student (no code: the server gives the next one); the Student 360 of the new student. */
    public StudentDetail create(StudentInput in) {
        JsonNode created = api.send("POST", ApiPaths.STUDENTS, in, Map.of(), JsonNode.class);
        return detail(created.get("id").asLong());
    }

    /** PATCH with the version the editor started from; a stale version is a 412 ApiException. */
    public StudentDetail update(long id, long version, StudentInput changes) {
        api.send("PATCH", ApiPaths.path(ApiPaths.STUDENT, id), changes, Map.of("If-Match", Long.toString(version)), Void.class);
        return detail(id);
    }

    /** The whole national ID (REGISTRAR, ADMIN; the server audits every call); empty when none is recorded. */
    public String nationalId(long id) {
        JsonNode n = api.get(ApiPaths.path(ApiPaths.STUDENT_NATIONAL_ID, id), JsonNode.class).get("nationalId");
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** The export of a filter and sort as {@code csv} or {@code xlsx}. */
    public InputStream export(Map<String, String> filters, String sort, String format) {
        return api.stream(Query.of(ApiPaths.STUDENTS_EXPORT).withAll(filters).with("sort", sort).with("format", format)
                .toString(), Map.of("Accept", "xlsx".equals(format)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv"));
    }

    public InputStream export(Map<String, String> filters, String sort) {
        return export(filters, sort, "csv");
    }

    /** Sends a CSV file to import: checked only ({@code dryRun}) or written. */
    public ImportResult importCsv(byte[] file, boolean dryRun) {
        return api.upload(ApiPaths.STUDENTS_IMPORT + "?dryRun=" + dryRun, file, "text/csv", ImportResult.class);
    }
}
