package th.ac.ums.server.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.DbFailures;
import th.ac.ums.server.platform.RedisUnavailable;
import th.ac.ums.server.platform.RequestIds;

/**
 * Every failure becomes problem+json: a rule's {@link Refusal} by its kind, our own
 * {@link ApiException}s as they are, database and Redis outages as 503, Helidon's transport-level errors (bad framing, oversize bodies)
 * through direct handlers, and anything unexpected as a 500 that names only the request id.
 */
public final class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> Problems.send(res, e));
        routing.error(Refusal.class, (req, res, e) -> Problems.send(res, ApiException.of(e)));
        routing.error(RedisUnavailable.class, (req, res, e) -> Problems.send(res,
                ApiException.of(Refusal.unavailable("The session store is not available; try again shortly."))));
        routing.error(Throwable.class, ErrorHandling::unexpected);
    }

    static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        RuntimeException translated = DbFailures.translate(e);
        if (translated instanceof Refusal r) {
            Problems.send(res, ApiException.of(r));
            return;
        }
        if (e instanceof RequestException re && re.status().code() < 500) {
            Problems.send(res, re.status().code() == 400
                    ? ApiException.of(Refusal.badRequest("The request could not be processed."))
                    : new ApiException(re.status().code(), re.status().reasonPhrase(),
                    "The request could not be processed."));
            return;
        }
        LOG.error("unexpected failure on {} {}", req.prologue().method().text(), req.path().path(), e);
        Problems.send(res, new ApiException(500, "Internal error",
                "Something went wrong on our side; quote request id " + RequestIds.current() + " to support."));
    }

    /** Problem+json for errors Helidon answers before routing (malformed requests, oversize bodies). */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, eventType, status, headers, message) -> {
            int code = status.code();
            String detail = code == Status.REQUEST_ENTITY_TOO_LARGE_413.code()
                    ? "The request body is too large."
                    : "The request could not be processed.";
            // every 400 names what is wrong: here the request as a whole (field "")
            List<th.ac.ums.model.validation.FieldError> errors = code == Status.BAD_REQUEST_400.code()
                    ? List.of(new th.ac.ums.model.validation.FieldError("", detail)) : List.of();
            byte[] body = Problems.body(code, status.reasonPhrase(), detail, errors, Map.of());
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .headers(headers)
                    .header(HeaderNames.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff")
                    .header(HeaderNames.CACHE_CONTROL, "no-store")
                    .entity(body)
                    .build();
        };
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }
}
