package th.ac.ums.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import th.ac.ums.server.platform.Json;

/** A small HTTP client for tests: JSON in, status + headers + parsed JSON out. */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Duration timeout;

    public Api(String base) {
        this(base, CLIENT, Duration.ofSeconds(30));
    }

    private Api(String base, HttpClient client, Duration timeout) {
        this.base = base;
        this.client = client;
        this.timeout = timeout;
    }

    /** An API over HTTPS that trusts only the given context's certificates (a test CA). */
    public static Api tls(String base, javax.net.ssl.SSLContext trust) {
        return new Api(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(trust).build(),
                Duration.ofSeconds(30));
    }

    public Api bearer(String token) {
        Api copy = copy();
        copy.headers.put("Authorization", "Bearer " + token);
        return copy;
    }

    public Api header(String name, String value) {
        Api copy = copy();
        copy.headers.put(name, value);
        return copy;
    }

    /**
     * The same API waiting longer for each answer than the usual 30 s: for requests whose size is
     * the point (a 10,000-line bank file on two shared cores), not their speed (that is bench/'s).
     */
    public Api patient(Duration wait) {
        Api copy = new Api(base, client, wait);
        copy.headers.putAll(headers);
        return copy;
    }

    private Api copy() {
        Api copy = new Api(base, client, timeout);
        copy.headers.putAll(headers);
        return copy;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, json(body), "application/json");
    }

    public Response deleteWith(String path, Object body) {
        return send("DELETE", path, json(body), "application/json");
    }

    public Response raw(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public Response rawBytes(String method, String path, byte[] body, String contentType) {
        return send(method, path, body, contentType);
    }

    /**
     * Opens a streaming GET (server-sent events) and answers only its status and headers; the
     * body stays unread and the connection is closed, so an endless stream cannot hang a test.
     */
    public Response open(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream").GET();
        headers.forEach(builder::header);
        try {
            HttpResponse<java.io.InputStream> response = client.sendAsync(builder.build(),
                    HttpResponse.BodyHandlers.ofInputStream()).get(30, java.util.concurrent.TimeUnit.SECONDS);
            byte[] body = response.statusCode() == 200 ? new byte[0] : response.body().readAllBytes();
            response.body().close();
            return new Response(response.statusCode(), response.headers(), body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object body) {
        if (body instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return Json.write(body);
    }

    private Response send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
