package th.ac.ums.client.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import th.ac.ums.client.api.Transport;

/**
 * A fake API for ViewModel tests: answers from handlers registered per method and path (the
 * query string is not part of the match) and records every request it saw.
 */
public final class FakeTransport implements Transport {
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A request as seen, with its body as text. */
    public record Seen(String method, String path, Map<String, String> headers, String body) {
    }

    /** Thrown by a handler to act as an unreachable server. */
    public static final class Down extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Thrown by a handler to fail the way the real transport does (a TLS handshake, a refused address). */
    public static final class Fails extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Fails(IOException cause) {
            super(cause);
        }
    }

    private final Map<String, Function<Seen, Response>> routes = new LinkedHashMap<>();
    private final List<Seen> seen = new ArrayList<>();

    public FakeTransport on(String method, String path, Function<Seen, Response> handler) {
        routes.put(method + " " + path, handler);
        return this;
    }

    public List<Seen> seen() {
        return seen;
    }

    public long count(String method, String pathPrefix) {
        return seen.stream().filter(s -> s.method().equals(method) && s.path().startsWith(pathPrefix)).count();
    }

    @Override
    public synchronized Response send(Request r) throws IOException {
        String path = r.path().replaceFirst("^/api/v1", "");
        Seen s = new Seen(r.method(), path, r.headers(), r.body() == null ? null
                : new String(r.body(), StandardCharsets.UTF_8));
        seen.add(s);
        Function<Seen, Response> h = routes.get(r.method() + " " + path.split("\\?")[0]);
        if (h == null) {
            return json(404, Map.of("type", "about:blank", "title", "Not found", "status", 404, "detail",
                    "no fake route for " + r.method() + " " + path));
        }
        try {
            return h.apply(s);
        } catch (Down e) {
            throw new IOException("connection refused");
        } catch (Fails e) {
            throw (IOException) e.getCause();
        }
    }

    public static Response json(int status, Object body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            return new Response(status, Map.of("content-type", "application/json"), new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response problem(int status, String detail, List<Map<String, String>> errors) {
        return json(status, Map.of("type", "about:blank", "title", "Problem", "status", status, "detail", detail,
                "errors", errors));
    }

    public static Response empty(int status) {
        return new Response(status, Map.of(), new ByteArrayInputStream(new byte[0]));
    }
}
