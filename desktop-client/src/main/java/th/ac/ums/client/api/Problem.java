package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import th.ac.ums.model.validation.FieldError;

/**
 * The server's RFC 9457 problem+json answer (the members the console shows): field errors, the
 * holds that block an enrolment, and the ids a bulk action could not move.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      List<String> holds, List<Long> ids) {
    @com.fasterxml.jackson.annotation.JsonCreator
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        holds = holds == null ? List.of() : List.copyOf(holds);
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** Without {@code ids} (the records a bulk action could not move). */
    public Problem(String type, String title, int status, String detail, List<FieldError> errors, List<String> holds) {
        this(type, title, status, detail, errors, holds, List.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of(), List.of());
    }
}
