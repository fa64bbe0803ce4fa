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

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "Invalid input", "One or more fields are invalid.", errors, Map.of(), Map.of());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "Not authenticated", "Sign in again.",
                List.of(), Map.of("WWW-Authenticate", "Bearer"), Map.of());
    }

    public static ApiException forbidden() {
        return new ApiException(403, "Forbidden", "Your role does not allow this.");
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not found", what + " was not found.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail);
    }

    public static ApiException stale(long currentVersion) {
        return new ApiException(412, "Precondition failed",
                "The record was changed by someone else; reload it and apply your change again.",
                List.of(), Map.of("ETag", "\"" + currentVersion + "\""), Map.of("currentVersion", currentVersion));
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

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        long seconds = Math.max(1, retryAfterSeconds);
        return new ApiException(429, "Too many requests", "Too many attempts; try again in " + seconds + " seconds.",
                List.of(), Map.of("Retry-After", String.valueOf(seconds)), Map.of());
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(503, "Service unavailable", detail,
                List.of(), Map.of("Retry-After", "2"), Map.of());
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
