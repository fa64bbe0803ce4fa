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
import javax.net.ssl.SSLContext;
import th.ac.ums.model.api.ApiPaths;

/**
 * {@link Transport} over {@link HttpClient}: HTTPS with the console's own trust, plain HTTP only
 * where {@link ServerAddress} allows it, redirects never followed; gzip is not asked for (answers
 * are small pages, and uncompressed answers keep BREACH-style length leaks out).
 */
public final class HttpTransport implements Transport {
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration REQUEST = Duration.ofSeconds(30);
    /** What the helpdesk sees as the session's client; its version is what the server's console check reads. */
    private final String userAgent = ConsoleVersion.userAgent();

    private final HttpClient http;
    private final Supplier<String> address;
    private final ServerAddress policy;

    /**
     * @param address the server address now (the sign-in card can change it)
     * @param policy which addresses may be used; a refused one throws before anything is sent
     * @param tls the CAs HTTPS servers must chain to ({@link ConsoleTrust}); host names are verified
     */
    public HttpTransport(Supplier<String> address, ServerAddress policy, SSLContext tls) {
        this.address = address;
        this.policy = policy;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Response send(Request request) throws IOException {
        URI base = policy.require(address.get());
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(request.path().substring(1)))
                .timeout(request.path().contains("/export") || request.path().endsWith(ApiPaths.EVENTS)
                        ? Duration.ofHours(2) : REQUEST);
        b.header("User-Agent", userAgent);
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
