package th.ac.ums.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.api.Problem;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.platform.Json;

/** Writes RFC 9457 problem documents (the shape is common-model's {@link Problem}). */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ums.ac.th/problems/";

    private Problems() {
    }

    public static void send(ServerResponse res, ApiException e) {
        if (res.isSent()) {
            return;
        }
        e.headers().forEach(res::header);
        res.status(e.status());
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        res.send(body(e.status(), e.title(), e.getMessage(), e.errors(), e.extensions()));
    }

    public static byte[] body(int status, String title, String detail, List<FieldError> errors,
                              Map<String, Object> extensions) {
        return Json.write(new Problem(TYPE_BASE + slug(status), title, status, detail, errors, extensions));
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "not-authenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 426 -> "console-update-required";
            case 428 -> "if-match-required";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            case 505 -> "http-version-not-supported";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }
}
