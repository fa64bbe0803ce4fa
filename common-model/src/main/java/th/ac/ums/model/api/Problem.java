package th.ac.ums.model.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.validation.FieldError;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), as the server writes it and the
 * console reads it: {@code type, title, status, detail}, then {@code errors} (left out when there
 * are none), then the extension members in the order given (for example {@code holds}, the holds
 * that block an enrolment, or {@code ids}, the records a bulk action could not move).
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
                      @JsonAnySetter Map<String, Object> extensions) {
    /** The extension member naming the holds that block an enrolment. */
    public static final String HOLDS = "holds";
    /** The extension member naming the records a bulk action could not move. */
    public static final String IDS = "ids";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null || extensions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem without field errors or extensions, of the RFC's default type {@code about:blank}. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of(), Map.of());
    }

    /** The extension members, written after the standard ones. */
    @Override
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The texts of the {@link #HOLDS} member (empty when absent). */
    @JsonIgnore
    public List<String> holds() {
        return extensions.get(HOLDS) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The numbers of the {@link #IDS} member (empty when absent). */
    @JsonIgnore
    public List<Long> ids() {
        return extensions.get(IDS) instanceof List<?> list
                ? list.stream().filter(Number.class::isInstance).map(n -> ((Number) n).longValue()).toList()
                : List.of();
    }
}
