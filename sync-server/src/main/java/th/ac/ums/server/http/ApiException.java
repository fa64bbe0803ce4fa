package th.ac.ums.server.http;

import java.util.List;
import java.util.Map;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;

/**
 * An answer other than success, carried up to the routing error handler and written as
 * RFC 9457 problem+json. The detail is written for people; it never holds SQL or class names.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private final Map<String, Object> extensions;

    public ApiException(int status, String title, String detail, List<FieldError> errors,
                        Map<String, String> headers, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
        this.extensions = Map.copyOf(extensions);
    }

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of(), Map.of());
    }

    /** The answer to a rule's refusal: its kind's status, and the headers and members its facts call for. */
    public static ApiException of(Refusal r) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        Map<String, Object> extensions = new java.util.LinkedHashMap<>(r.facts());
        extensions.remove(Refusal.RETRY_AFTER);
        int status = switch (r.kind()) {
            case INVALID, BAD_REQUEST -> 400;
            case UNAUTHENTICATED -> {
                headers.put("WWW-Authenticate", "Bearer");
                yield 401;
            }
            case WRONG_CREDENTIALS -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> {
                headers.put("ETag", "\"" + r.facts().get(Refusal.CURRENT_VERSION) + "\"");
                yield 412;
            }
            case TOO_MANY -> 429;
            case UNAVAILABLE -> 503;
        };
        if (r.facts().get(Refusal.RETRY_AFTER) != null) {
            headers.put("Retry-After", String.valueOf(r.facts().get(Refusal.RETRY_AFTER)));
        }
        return new ApiException(status, r.title(), r.getMessage(), r.errors(), headers, extensions);
    }

    public static ApiException ifMatchRequired() {
        return new ApiException(428, "Precondition required",
                "Send If-Match with the version of the record you edited.");
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "Payload too large", "The request body is larger than " + limit + " bytes.");
    }

    public static ApiException unsupportedMediaType(String expected) {
        return new ApiException(415, "Unsupported media type", "Send the body as " + expected + ".");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
