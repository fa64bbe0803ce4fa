package th.ac.ums.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import th.ac.ums.server.platform.Metrics;
import th.ac.ums.server.platform.RequestIds;
import th.ac.ums.server.platform.RequestScope;
import th.ac.ums.server.platform.Tracing;

/**
 * Runs around every request: request id, the contract's security headers (and HSTS over the
 * server's own TLS), no-store on API
 * answers, one access-log line and the per-route metrics.
 */
public final class HttpFilter implements Filter {
    static final HeaderName X_REQUEST_ID = HeaderNames.create("X-Request-Id");
    static final String ROUTE_KEY = "ums.route";
    static final String USER_KEY = "ums.user";
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    private final Metrics metrics;
    private final ClientAddress clientAddress;
    private final boolean accessLog;

    public HttpFilter(Metrics metrics, ClientAddress clientAddress, boolean accessLog) {
        this.metrics = metrics;
        this.clientAddress = clientAddress;
        this.accessLog = accessLog;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        String requestId = RequestIds.accept(req.headers().first(X_REQUEST_ID).orElse(null));
        MDC.put(RequestIds.MDC_KEY, requestId);
        res.header(X_REQUEST_ID, requestId);
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header("X-Frame-Options", "DENY");
        res.header("Referrer-Policy", "no-referrer");
        res.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        if (req.isSecure()) {
            // only on the server's own TLS (server.tls.*); behind a proxy the proxy sends it
            res.header("Strict-Transport-Security", "max-age=63072000");
        }
        if (req.path().path().startsWith("/api/")) {
            res.header(HeaderNames.CACHE_CONTROL, "no-store");
        }
        Span span = Tracing.enabled()
                ? Tracing.tracer().spanBuilder(req.prologue().method().text())
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", req.prologue().method().text())
                .setAttribute(Tracing.REQUEST_ID, requestId).startSpan()
                : null;
        try (Scope ignored = span == null ? null : span.makeCurrent()) {
            chain.proceed();
        } finally {
            String route = req.context().get(ROUTE_KEY, String.class).orElse("UNMATCHED");
            int status = res.status().code();
            long nanos = System.nanoTime() - start;
            if (span != null) {
                // named by the route template, never the path (ids in paths would make every span name unique)
                span.updateName(req.prologue().method().text() + " " + route);
                span.setAttribute("http.route", route);
                span.setAttribute("http.response.status_code", status);
                if (status >= 500) {
                    span.setStatus(StatusCode.ERROR);
                }
                span.end();
            }
            metrics.recordRequest(req.prologue().method().text(), route, status, nanos);
            if (accessLog) {
                log(req, res, route, status, nanos);
            }
            MDC.clear();
            RequestScope.clear();
        }
    }

    private void log(RoutingRequest req, RoutingResponse res, String route, int status, long nanos) {
        String user = req.context().get(USER_KEY, String.class).orElse("-");
        ACCESS.info("{} {} {} {}ms bytes={} ip={} user={} route={}",
                req.prologue().method().text(), req.path().path(), status,
                String.format("%.1f", nanos / 1e6), res.bytesWritten(), clientAddress.resolve(req), user, route);
    }
}
