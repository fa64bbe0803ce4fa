package th.ac.ums.client.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Problem;

/**
 * The one HTTP client of the console: JSON in and out, the bearer token, problem+json turned
 * into {@link ApiException}. It reports two things the shell reacts to: whether the server can
 * be reached (offline banner) and a 401 on an authenticated call (the session ended elsewhere).
 */
public final class ApiClient {
    private static final String BASE = ApiPaths.BASE;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Transport transport;
    private final List<Consumer<Boolean>> reachability = new CopyOnWriteArrayList<>();
    private final List<Runnable> sessionLost = new CopyOnWriteArrayList<>();
    private final List<Consumer<Problem>> updateRequired = new CopyOnWriteArrayList<>();
    private volatile String token;
    private volatile boolean reachable = true;

    public ApiClient(Transport transport) {
        this.transport = transport;
    }

    public ObjectMapper json() {
        return json;
    }

    public void token(String token) {
        this.token = token;
    }

    public boolean signedIn() {
        return token != null;
    }

    public boolean reachable() {
        return reachable;
    }

    public void onReachabilityChange(Consumer<Boolean> listener) {
        reachability.add(listener);
    }

    /** Called with the server's answer when it refuses this console as too old (426), from any call. */
    public void onUpdateRequired(Consumer<Problem> listener) {
        updateRequired.add(listener);
    }

    public void onSessionLost(Runnable listener) {
        sessionLost.add(listener);
    }

    public <T> T get(String path, Class<T> type) {
        return call("GET", path, null, Map.of(), json.constructType(type));
    }

    public <T> T get(String path, JavaType type) {
        return call("GET", path, null, Map.of(), type);
    }

    public <T> T send(String method, String path, Object body, Map<String, String> headers, Class<T> type) {
        return call(method, path, body, headers, type == null ? null : json.constructType(type));
    }

    public <T> T send(String method, String path, Object body, Map<String, String> headers, JavaType type) {
        return call(method, path, body, headers, type);
    }

    /** Sends a body as it is (a CSV file to import) with its content type; the JSON answer as {@code type}. */
    public <T> T upload(String path, byte[] body, String contentType, Class<T> type) {
        return call("POST", path, new Raw(body), Map.of("Content-Type", contentType), json.constructType(type));
    }

    /** A body sent as it is, not as JSON. */
    private record Raw(byte[] bytes) {
    }

    /** A raw streamed answer (CSV export, server-sent events); the caller closes it. */
    public InputStream stream(String path, Map<String, String> extra) {
        Transport.Response r = exchange("GET", path, null, extra);
        if (r.status() >= 300) {
            throw failure(r);
        }
        return r.body();
    }

    /** A binary answer read whole (a PDF document), asked for as {@code accept}; a refusal is an {@link ApiException}. */
    public byte[] bytes(String path, String accept) {
        Transport.Response r = exchange("GET", path, null, Map.of("Accept", accept));
        if (r.status() >= 300) {
            throw failure(r);
        }
        try (InputStream in = r.body()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ApiException.unreachable("The answer was cut off: " + e.getMessage());
        }
    }

    private <T> T call(String method, String path, Object body, Map<String, String> headers, JavaType type) {
        Transport.Response r = exchange(method, path, body, headers);
        if (r.status() >= 300) {
            throw failure(r);
        }
        try (InputStream in = r.body()) {
            byte[] bytes = in.readAllBytes();
            return type == null || bytes.length == 0 ? null : json.readValue(bytes, type);
        } catch (IOException e) {
            throw ApiException.unreachable("The answer was cut off: " + e.getMessage());
        }
    }

    private Transport.Response exchange(String method, String path, Object body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.putIfAbsent("Accept", "application/json");
        String t = token;
        if (t != null) {
            headers.put("Authorization", "Bearer " + t);
        }
        try {
            byte[] bytes = null;
            if (body instanceof Raw raw) {
                bytes = raw.bytes();
            } else if (body != null) {
                bytes = json.writeValueAsBytes(body);
                headers.put("Content-Type", "application/json");
            }
            Transport.Response r = transport.send(new Transport.Request(method, BASE + path, headers, bytes));
            setReachable(r.status() != 503);
            if (r.status() == 401 && t != null && t.equals(token)) {
                sessionLost.forEach(Runnable::run);
            }
            return r;
        } catch (ServerAddress.RefusedException e) {
            throw ApiException.refused(e.refusal());
        } catch (IOException e) {
            setReachable(false);
            if (untrusted(e)) {
                throw ApiException.untrusted("The server's certificate is not trusted here or is not for this address.");
            }
            throw ApiException.unreachable("The server at this address does not answer.");
        }
    }

    /** A TLS handshake that failed on the certificate (unknown CA, expired, another host name). */
    private static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return false;
    }

    private void setReachable(boolean now) {
        if (reachable != now) {
            reachable = now;
            reachability.forEach(l -> l.accept(now));
        }
    }

    private ApiException failure(Transport.Response r) {
        ApiException failure;
        try (InputStream in = r.body()) {
            Problem p = json.readValue(in.readAllBytes(), Problem.class);
            failure = new ApiException(p.status() == 0 ? new Problem(p.type(), p.title(), r.status(), p.detail(),
                    p.errors(), p.extensions()) : p);
        } catch (IOException | RuntimeException e) {
            failure = new ApiException(Problem.of(r.status(), "Request failed", "The server answered " + r.status() + "."));
        }
        if (r.status() == 426) {
            Problem p = failure.problem();
            updateRequired.forEach(l -> l.accept(p));
        }
        return failure;
    }

    /** The console versions the server supports, and what it makes of this one (no sign-in needed). */
    public th.ac.ums.model.Dtos.ClientVersionsDto clientVersions() {
        return get(ApiPaths.CLIENT_VERSIONS, th.ac.ums.model.Dtos.ClientVersionsDto.class);
    }
}
