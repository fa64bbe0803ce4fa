package th.ac.ums.client.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@link Transport} over {@link HttpClient}: gzip is not asked for (answers are small pages). */
public final class HttpTransport implements Transport {
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration REQUEST = Duration.ofSeconds(30);
    /** What the helpdesk sees as the session's client. */
    private static final String USER_AGENT = "UMS-Console/"
            + java.util.Objects.requireNonNullElse(HttpTransport.class.getPackage().getImplementationVersion(), "dev")
            + " (" + System.getProperty("os.name") + "; Java " + Runtime.version().feature() + ")";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Supplier<URI> base;

    public HttpTransport(Supplier<URI> base) {
        this.base = base;
    }

    @Override
    public Response send(Request request) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.get().resolve(request.path().substring(1)))
                .timeout(request.path().contains("/export") || request.path().endsWith("/events")
                        ? Duration.ofHours(2) : REQUEST);
        b.header("User-Agent", USER_AGENT);
        request.headers().forEach(b::header);
        b.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            Map<String, String> headers = new HashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Response(r.statusCode(), headers, r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
