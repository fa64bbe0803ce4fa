package th.ac.ums.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import th.ac.ums.model.validation.Values;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.QueryParams;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.platform.RequestIds;

/**
 * One API call as a handler sees it: the caller, the client address, the request id, typed
 * access to path and query parameters and the JSON body, and the ways to answer.
 */
public final class Call {
    private final ServerRequest req;
    private final ServerResponse res;
    private final Caller caller;
    private final String clientIp;
    private final long maxBody;

    Call(ServerRequest req, ServerResponse res, Caller caller, String clientIp, long maxBody) {
        this.req = req;
        this.res = res;
        this.caller = caller;
        this.clientIp = clientIp;
        this.maxBody = maxBody;
    }

    /** The authenticated caller; only public routes have none. */
    public Caller caller() {
        if (caller == null) {
            throw Refusal.unauthorized();
        }
        return caller;
    }

    public Optional<Caller> optionalCaller() {
        return Optional.ofNullable(caller);
    }

    /** The most body this route accepts, in bytes. */
    public long maxBody() {
        return maxBody;
    }

    public String clientIp() {
        return clientIp;
    }

    public String requestId() {
        return RequestIds.current();
    }

    public String userAgent() {
        return req.headers().first(HeaderNames.USER_AGENT).map(s -> s.length() > 200 ? s.substring(0, 200) : s)
                .orElse("");
    }

    public ServerRequest request() {
        return req;
    }

    public ServerResponse response() {
        return res;
    }

    public Optional<String> header(String name) {
        return req.headers().first(HeaderNames.create(name));
    }

    /** A numeric path parameter; anything that is not a positive number names no record: 404. */
    public long pathId(String name) {
        return Values.id(req.path().pathParameters().get(name)).orElseThrow(() -> Refusal.notFound("The record"));
    }

    public String pathParam(String name) {
        return req.path().pathParameters().get(name);
    }

    public QueryParams query() {
        return QueryParams.of(req.query());
    }

    /** The JSON body as a tree (content type and size are already checked by the route). */
    public JsonNode jsonTree() {
        return parse(JsonNode.class);
    }

    /** The JSON body bound to a record; unknown fields and wrong types are 400 with field errors. */
    public <T> T json(Class<T> type) {
        return parse(type);
    }

    private <T> T parse(Class<T> type) {
        byte[] bytes = bodyBytes(maxBody);
        if (bytes.length == 0) {
            throw Refusal.badRequest("The request needs a JSON body.");
        }
        try {
            T value = Json.MAPPER.readValue(bytes, type);
            if (value == null) {
                throw Refusal.badRequest("The request body must be a JSON object.");
            }
            PositiveIds.check(value);
            return value;
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e);
        } catch (IOException e) {
            throw Refusal.badRequest("The request body could not be read.");
        }
    }

    /** Reads the body, refusing more than {@code limit} bytes (413) whatever Content-Length said. */
    public byte[] bodyBytes(long limit) {
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw ApiException.tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw Refusal.badRequest("The request body could not be read.");
        }
    }

    public void ok(Object body) {
        send(200, body);
    }

    public void created(Object body) {
        send(201, body);
    }

    public void noContent() {
        res.status(Status.NO_CONTENT_204).send();
    }

    /** Answers a JSON body; a record with a version gets it as ETag (see {@link Versions}). */
    public void send(int status, Object body) {
        Versions.of(body).ifPresent(v -> res.header(HeaderNames.ETAG, Versions.etag(v)));
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(body));
    }

    /** Answers JSON already written (a cached record); its top-level version, if any, becomes the ETag. */
    public void okJson(byte[] body) {
        Versions.of(body).ifPresent(v -> res.header(HeaderNames.ETAG, Versions.etag(v)));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(body);
    }

    /**
     * The version named by If-Match: 428 when missing; the contract's plain version number only
     * (a quoted or weak ETag, a list, {@code *} or a second If-Match header is 400, never guessed at).
     */
    public long ifMatch() {
        java.util.List<String> all = req.headers().all(HeaderNames.IF_MATCH, java.util.List::of);
        if (all.isEmpty()) {
            throw ApiException.ifMatchRequired();
        }
        java.util.Optional<Long> version = all.size() > 1 ? java.util.Optional.empty() : Values.version(all.get(0).trim());
        return version.orElseThrow(() -> Refusal.invalid("If-Match",
                "must be the record's version as a plain number, such as 6"));
    }
}
